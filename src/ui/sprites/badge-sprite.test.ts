import { describe, expect, it } from 'vitest';
import {
  BADGE_STATES,
  badgeIndex,
  badgeSpriteOps,
  GRID_BADGE,
  MATRIX_BADGE,
  spriteSize,
  type SlotState,
} from './badge-sprite';
import type { SpriteOp } from './sprite-ops';

const colours = { allow: '#146c2e', allowSoft: '#e5f4ea', deny: '#b4231a', muted: '#596273' };
const states: SlotState[] = ['deny', 'allow', 'taken'];
const texts = (ops: SpriteOp[]) =>
  ops.filter((op): op is Extract<SpriteOp, { kind: 'text' }> => op.kind === 'text');

describe('badge sprite', () => {
  it('gives every combination of the four slots its own row', () => {
    const seen = new Set<number>();
    for (const g of states)
      for (const l of states)
        for (const w of states)
          for (const d of states) {
            const of = { get: g, list: l, write: w, delete: d };
            seen.add(badgeIndex((a) => of[a]));
          }
    expect(seen.size).toBe(BADGE_STATES);
    expect(Math.min(...seen)).toBe(0);
    expect(Math.max(...seen)).toBe(BADGE_STATES - 1);
    // The CSS shows the sprite 81 rows tall.
    expect(BADGE_STATES).toBe(81);
  });

  it('draws in each row the letters of the allowed and taken slots where they are', () => {
    const ops = badgeSpriteOps(MATRIX_BADGE, colours);
    // get allowed, list taken, write and delete denied.
    const of: Record<string, SlotState> = { get: 'allow', list: 'taken' };
    const top = badgeIndex((a) => of[a] ?? 'deny') * MATRIX_BADGE.height;
    const inRow = texts(ops).filter(({ y }) => y > top && y < top + MATRIX_BADGE.height);
    expect(inRow.map((t) => [t.text, t.fill, t.x])).toEqual([
      ['G', colours.allow, 7],
      ['L', colours.deny, 23],
      ['·', colours.muted, 39],
      ['·', colours.muted, 55],
    ]);
    // Every shape lies inside the sprite.
    const { width, height } = spriteSize(MATRIX_BADGE);
    for (const op of ops) {
      expect(op.x).toBeGreaterThanOrEqual(0);
      expect(op.y).toBeGreaterThanOrEqual(0);
      if (op.kind === 'rect') {
        expect(op.x + op.w).toBeLessThanOrEqual(width);
        expect(op.y + op.h).toBeLessThanOrEqual(height);
      }
    }
  });

  it('leaves denied slots empty in the grid, and puts W and D past its gap', () => {
    const ops = badgeSpriteOps(GRID_BADGE, colours);
    expect(texts(ops).filter(({ y }) => y < GRID_BADGE.height)).toHaveLength(0);
    const allAllowed = badgeIndex(() => 'allow') * GRID_BADGE.height;
    const row = texts(ops).filter(({ y }) => y > allAllowed && y < allAllowed + GRID_BADGE.height);
    expect(row.map((t) => [t.text, t.x])).toEqual([
      ['G', 6.5],
      ['L', 20.5],
      ['W', 36.5],
      ['D', 50.5],
    ]);
  });
});
