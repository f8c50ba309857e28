/**
 * One thing to draw on a sprite, in CSS pixels. A sprite is a bitmap holding every look of a
 * small, frequent control (a badge, a checkbox chip) one under another, so the page shows each
 * as a single element with one background layer: no text and no child boxes to lay out when a
 * scroll mounts a dozen rows of them (issue 11).
 */
export type SpriteOp =
  /** A filled rectangle. */
  | { readonly kind: 'rect'; x: number; y: number; w: number; h: number; fill: string }
  /** Text centred on (x, y): `middle` centres the em box, `cap` a capital letter's height. */
  | {
      readonly kind: 'text';
      x: number;
      y: number;
      text: string;
      fill: string;
      align?: 'middle' | 'cap';
    }
  /** A rounded box with a 1 px edge inside it (as a CSS border), dashed or solid. */
  | {
      readonly kind: 'box';
      x: number;
      y: number;
      w: number;
      h: number;
      radius: number;
      fill: string;
      edge: string;
      dashed: boolean;
    };

/** A sprite's size in CSS pixels, what it draws, and the font its text uses. */
export interface Sprite {
  readonly width: number;
  readonly height: number;
  readonly ops: readonly SpriteOp[];
  /** A CSS font shorthand, e.g. `700 10px system-ui`. */
  readonly font: string;
}
