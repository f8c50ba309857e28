import { ACCESS_ACTIONS, type AccessAction } from '../../core';
import type { Sprite, SpriteOp } from './sprite-ops';

/** What a badge slot shows: allowed (a filled badge), taken away by a subpath (struck), denied. */
export type SlotState = 'deny' | 'allow' | 'taken';
const STATES: readonly SlotState[] = ['deny', 'allow', 'taken'];
const LETTER: Record<AccessAction, string> = { get: 'G', list: 'L', write: 'W', delete: 'D' };

/** Every combination of the four slots' states: 3 ^ 4. */
export const BADGE_STATES = STATES.length ** ACCESS_ACTIONS.length;

/**
 * The row of a badge in the sprite: the slots' states as a number in base 3, get first. Each row
 * of the sprite draws one combination, so a badge is one element showing one row of one image.
 */
export function badgeIndex(stateOf: (action: AccessAction) => SlotState): number {
  return ACCESS_ACTIONS.reduce(
    (n, action) => n * STATES.length + STATES.indexOf(stateOf(action)),
    0,
  );
}

/**
 * The sprite row of a badge showing what IAM allows on a path (`allowed`) and what a subpath
 * takes away there (`taken`); any other action is denied. AccessBadges and a light matrix cell
 * (its own `::before`) both draw this row.
 */
export function badgeAt(allowed: readonly string[], taken: readonly string[]): number {
  return badgeIndex((a) => (allowed.includes(a) ? 'allow' : taken.includes(a) ? 'taken' : 'deny'));
}

/** The theme's colours for badges (the CSS tokens of the same names). */
export interface BadgeColours {
  readonly allow: string;
  readonly allowSoft: string;
  readonly deny: string;
  readonly muted: string;
}

/** The size of one badge's four slots; the grid draws them smaller, under its checkboxes. */
export interface BadgeGeometry {
  /** A slot's width and height, the distance from one slot to the next, extra space before W. */
  readonly slot: number;
  readonly height: number;
  readonly pitch: number;
  readonly gapW: number;
  readonly fontSize: number;
  /** A denied slot shows a muted dot (the matrix) or nothing (the grid's quiet effect row). */
  readonly denyDot: boolean;
}

/** The sprite's size in CSS pixels: one badge wide, a badge per combination tall. */
export const spriteSize = (g: BadgeGeometry) => ({
  width: 4 * g.pitch + g.gapW,
  height: BADGE_STATES * g.height,
});

function slotOps(
  action: AccessAction,
  state: SlotState,
  x: number,
  y: number,
  g: BadgeGeometry,
  c: BadgeColours,
): SpriteOp[] {
  const mid = { x: x + g.slot / 2, y: y + g.height / 2 };
  const glyph = (fill: string, text: string): SpriteOp => ({ kind: 'text', ...mid, text, fill });
  if (state === 'allow')
    // The edge as two overlapping rectangles (its corners cut by a pixel), the fill inside.
    return [
      { kind: 'rect', x, y: y + 1, w: g.slot, h: g.height - 2, fill: c.allow },
      { kind: 'rect', x: x + 1, y, w: g.slot - 2, h: g.height, fill: c.allow },
      { kind: 'rect', x: x + 1, y: y + 1, w: g.slot - 2, h: g.height - 2, fill: c.allowSoft },
      glyph(c.allow, LETTER[action]),
    ];
  if (state === 'taken')
    return [
      glyph(c.deny, LETTER[action]),
      { kind: 'rect', x: mid.x - 4, y: mid.y - 0.75, w: 8, h: 1.5, fill: c.deny },
    ];
  return g.denyDot ? [glyph(c.muted, '·')] : [];
}

/**
 * What the badge sprite draws: the badges of every combination of slot states, one under
 * another (row `badgeIndex`), so each badge on the page is a single element with one background
 * layer, no text and no pseudo-element (scrolling 2,000 paths mounts about a dozen rows of six
 * badges every frame).
 */
export function badgeSpriteOps(g: BadgeGeometry, c: BadgeColours): SpriteOp[] {
  const ops: SpriteOp[] = [];
  for (let n = 0; n < BADGE_STATES; n++)
    ACCESS_ACTIONS.forEach((action, i) => {
      const place = STATES.length ** (ACCESS_ACTIONS.length - 1 - i);
      const state = STATES[Math.floor(n / place) % STATES.length]!;
      const x = i * g.pitch + (i >= 2 ? g.gapW : 0);
      ops.push(...slotOps(action, state, x, n * g.height, g, c));
    });
  return ops;
}

/** The matrix's badges, and the grid's smaller ones under its checkboxes (sizes as in the CSS). */
export const MATRIX_BADGE: BadgeGeometry = {
  slot: 14,
  height: 16,
  pitch: 16,
  gapW: 0,
  fontSize: 10,
  denyDot: true,
};
export const GRID_BADGE: BadgeGeometry = {
  slot: 13,
  height: 12,
  pitch: 14,
  gapW: 2,
  fontSize: 9,
  denyDot: false,
};

/** The badge sprite of one size, in the theme's colours and monospace font. */
export function badgeSprite(g: BadgeGeometry, c: BadgeColours, mono: string): Sprite {
  return { ...spriteSize(g), ops: badgeSpriteOps(g, c), font: `700 ${g.fontSize}px ${mono}` };
}
