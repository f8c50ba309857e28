import { RULE_ACTIONS, type RuleAction } from '../../core';
import { ACTION_LETTER } from '../design/actions';
import type { Sprite, SpriteOp } from './sprite-ops';

/** How a checkbox chip looks: unticked, ticked, `read` partly ticked (get or list), hovered. */
export type ChipLook = 'off' | 'on' | 'mixed' | 'hover';

/**
 * The five chips of a grid cell as the CSS lays them out (grid.css `.chip`): 13 × 18 px, 1 px
 * apart, with 2 px more before `get` and `write`; a cell's line of chips is 74 px wide.
 */
export const CHIP = {
  width: 13,
  height: 18,
  radius: 3,
  fontSize: 10,
  lineWidth: 74,
  x: { read: 0, get: 16, list: 30, write: 46, delete: 60 } as Record<RuleAction, number>,
} as const;

/** Where each chip's look counts in a sprite row's number: `read` has three looks, the rest two. */
const PLACE: Record<RuleAction, number> = { read: 16, get: 8, list: 4, write: 2, delete: 1 };
/** Rows 0–47: every combination of the five chips' looks; row 48: every chip hovered. */
export const HOVER_ROW = 48;
export const CHIP_ROWS = HOVER_ROW + 1;

/**
 * The sprite row showing a cell's five chips in these looks (`mixed` only for `read`). A cell's
 * chips each show their own part of this row, and a light cell (GrantCell) the whole line: the
 * same pixels, not merely the same look (a canvas rounds a corner's edge a shade differently at
 * another height of the sprite).
 */
export function chipRow(lookOf: (action: RuleAction) => 'off' | 'on' | 'mixed'): number {
  return RULE_ACTIONS.reduce((n, action) => {
    const look = lookOf(action);
    return n + PLACE[action] * (look === 'on' ? 1 : look === 'mixed' ? 2 : 0);
  }, 0);
}

/** The theme's colours for chips (the CSS tokens of the same names). */
export interface ChipColours {
  readonly surface: string;
  readonly borderStrong: string;
  readonly text: string;
  readonly muted: string;
  readonly accent: string;
  readonly accentText: string;
  readonly accentSoft: string;
}

function chipOps(action: RuleAction, look: ChipLook, y: number, c: ChipColours): SpriteOp[] {
  const x = CHIP.x[action];
  const [fill, edge, ink] =
    look === 'on'
      ? [c.accent, c.accent, c.accentText]
      : look === 'mixed'
        ? [c.accentSoft, c.accent, c.accent]
        : look === 'hover'
          ? [c.surface, c.accent, c.text]
          : [c.surface, c.borderStrong, c.muted];
  return [
    // `read` is dashed (the shortcut for two actions) until it is ticked.
    {
      kind: 'box',
      x,
      y,
      w: CHIP.width,
      h: CHIP.height,
      radius: CHIP.radius,
      fill,
      edge,
      dashed: action === 'read' && look !== 'on',
    },
    {
      kind: 'text',
      x: x + CHIP.width / 2,
      y: y + CHIP.height / 2,
      text: ACTION_LETTER[action],
      fill: ink,
      align: 'cap',
    },
  ];
}

const LOOKS: readonly (readonly ('off' | 'on' | 'mixed')[])[] = [
  ['off', 'on', 'mixed'],
  ['off', 'on'],
];

/**
 * The chip sprite: one line of a cell's five chips per row (`chipRow`), every combination of
 * their looks, then the hovered line. Ticking draws no text and mounts no box: a chip shows
 * another row of the same image.
 */
export function chipSprite(c: ChipColours, font: string): Sprite {
  const ops: SpriteOp[] = [];
  for (let row = 0; row < CHIP_ROWS; row++)
    for (const action of RULE_ACTIONS) {
      const looks = LOOKS[action === 'read' ? 0 : 1]!;
      const look: ChipLook =
        row === HOVER_ROW ? 'hover' : looks[Math.floor(row / PLACE[action]) % looks.length]!;
      ops.push(...chipOps(action, look, row * CHIP.height, c));
    }
  return {
    width: CHIP.lineWidth,
    height: CHIP_ROWS * CHIP.height,
    ops,
    font: `700 ${CHIP.fontSize}px ${font}`,
  };
}
