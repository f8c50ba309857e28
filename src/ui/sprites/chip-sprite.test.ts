import { describe, expect, it } from 'vitest';
import { RULE_ACTIONS, type RuleAction } from '../../core';
import { CHIP, CHIP_ROWS, chipRow, chipSprite, HOVER_ROW } from './chip-sprite';
import type { SpriteOp } from './sprite-ops';

const colours = {
  surface: '#fff',
  borderStrong: '#b3bac5',
  text: '#1b2230',
  muted: '#596273',
  accent: '#1f55c4',
  accentText: '#fff',
  accentSoft: '#e4ecfb',
};
type Look = 'off' | 'on' | 'mixed';
const boxes = (ops: readonly SpriteOp[]) =>
  ops.filter((op): op is Extract<SpriteOp, { kind: 'box' }> => op.kind === 'box');
const texts = (ops: readonly SpriteOp[]) =>
  ops.filter((op): op is Extract<SpriteOp, { kind: 'text' }> => op.kind === 'text');

/** Every combination of looks a cell can show: read off, on or mixed; the others off or on. */
function* cells(): Generator<Record<RuleAction, Look>> {
  for (const read of ['off', 'on', 'mixed'] as const)
    for (let bits = 0; bits < 16; bits++)
      yield {
        read,
        get: bits & 8 ? 'on' : 'off',
        list: bits & 4 ? 'on' : 'off',
        write: bits & 2 ? 'on' : 'off',
        delete: bits & 1 ? 'on' : 'off',
      };
}

describe('chip sprite', () => {
  const sprite = chipSprite(colours, 'system-ui');

  it('gives every combination of a cell’s five chips its own row, before the hover row', () => {
    const rows = [...cells()].map((look) => chipRow((a) => look[a]));
    expect(new Set(rows).size).toBe(48);
    expect(Math.min(...rows)).toBe(0);
    expect(Math.max(...rows)).toBe(HOVER_ROW - 1);
    // The CSS shows the sprite 49 rows of 18 px, 74 px wide.
    expect(CHIP_ROWS).toBe(49);
    expect([sprite.width, sprite.height]).toEqual([74, 49 * 18]);
  });

  it('draws each row in the looks it stands for, each chip where the CSS lays it out', () => {
    for (const look of cells()) {
      const top = chipRow((a) => look[a]) * CHIP.height;
      const row = boxes(sprite.ops).filter((b) => b.y === top);
      expect(row.map((b) => b.x)).toEqual([0, 16, 30, 46, 60]);
      RULE_ACTIONS.forEach((action, i) => {
        const box = row[i]!;
        const want = {
          off: [colours.surface, colours.borderStrong],
          on: [colours.accent, colours.accent],
          mixed: [colours.accentSoft, colours.accent],
        }[look[action]];
        expect([box.fill, box.edge]).toEqual(want);
        // Only read is dashed (the shortcut for two actions), and only until it is ticked.
        expect(box.dashed).toBe(action === 'read' && look[action] !== 'on');
      });
      const letters = texts(sprite.ops).filter((t) => t.y === top + CHIP.height / 2);
      expect(letters.map((t) => t.text).join('')).toBe('RGLWD');
      expect(letters.map((t) => t.x)).toEqual([6.5, 22.5, 36.5, 52.5, 66.5]);
    }
  });

  it('draws the hover row as unticked chips with the accent edge and the text colour', () => {
    const top = HOVER_ROW * CHIP.height;
    const row = boxes(sprite.ops).filter((b) => b.y === top);
    expect(row.map((b) => [b.fill, b.edge])).toEqual(
      RULE_ACTIONS.map(() => [colours.surface, colours.accent]),
    );
    const letters = texts(sprite.ops).filter((t) => t.y === top + CHIP.height / 2);
    expect(letters.map((t) => t.fill)).toEqual(RULE_ACTIONS.map(() => colours.text));
  });

  it('keeps every shape inside the sprite', () => {
    for (const b of boxes(sprite.ops)) {
      expect(b.x + b.w).toBeLessThanOrEqual(sprite.width);
      expect(b.y + b.h).toBeLessThanOrEqual(sprite.height);
    }
  });
});
