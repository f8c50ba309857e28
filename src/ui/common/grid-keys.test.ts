import { describe, expect, it } from 'vitest';
import { columnIn, nextCell, type CellPos, type GridShape } from './grid-keys';

/** A grid of rows given as [first, last] columns (last < first: a row without cells). */
const shapeOf = (rows: [number, number][], page = 2): GridShape => ({
  rows: rows.length,
  first: (r) => rows[r]![0],
  last: (r) => rows[r]![1],
  page,
});

// Like the rules grid: path rows of columns 1..8 (0 is a collapse toggle on row 2 only), a
// finding with a fix (one control) under row 0, a finding without one (no cells) under row 2.
const rules = shapeOf([
  [1, 8],
  [0, 0],
  [0, 8],
  [0, -1],
  [1, 8],
  [1, 8],
]);

const move = (key: string, at: CellPos, shape = rules, ctrl = false) =>
  nextCell(key, ctrl, at, shape);

describe('nextCell', () => {
  it('moves left and right within the row and stops at its ends', () => {
    expect(move('ArrowRight', { r: 0, c: 3 })).toEqual({ r: 0, c: 4 });
    expect(move('ArrowLeft', { r: 0, c: 3 })).toEqual({ r: 0, c: 2 });
    expect(move('ArrowLeft', { r: 0, c: 1 })).toEqual({ r: 0, c: 1 });
    expect(move('ArrowRight', { r: 0, c: 8 })).toEqual({ r: 0, c: 8 });
    // The toggle column exists only where the row has one.
    expect(move('ArrowLeft', { r: 2, c: 1 })).toEqual({ r: 2, c: 0 });
  });

  it('moves up and down keeping the wanted column through narrower rows, skipping rows without cells', () => {
    const down = move('ArrowDown', { r: 0, c: 5 });
    expect(down).toEqual({ r: 1, c: 5 });
    expect(columnIn(rules, down!.r, down!.c)).toBe(0);
    expect(move('ArrowDown', down!)).toEqual({ r: 2, c: 5 });
    expect(move('ArrowDown', { r: 2, c: 5 })).toEqual({ r: 4, c: 5 });
    expect(move('ArrowUp', { r: 4, c: 5 })).toEqual({ r: 2, c: 5 });
  });

  it('left and right start from the column the row really has', () => {
    // Wanted column 5 on the one-control finding row: Right stays there, Left too.
    expect(move('ArrowRight', { r: 1, c: 5 })).toEqual({ r: 1, c: 0 });
    // Wanted column 0 on a row without a toggle starts at column 1.
    expect(move('ArrowRight', { r: 0, c: 0 })).toEqual({ r: 0, c: 2 });
  });

  it('stays at the first and last row', () => {
    expect(move('ArrowUp', { r: 0, c: 3 })).toEqual({ r: 0, c: 3 });
    expect(move('ArrowDown', { r: 5, c: 3 })).toEqual({ r: 5, c: 3 });
  });

  it('Home and End go to the ends of the row; with Ctrl to the first and last row', () => {
    expect(move('Home', { r: 4, c: 5 })).toEqual({ r: 4, c: 1 });
    expect(move('End', { r: 4, c: 5 })).toEqual({ r: 4, c: 8 });
    expect(move('Home', { r: 2, c: 5 })).toEqual({ r: 2, c: 0 });
    expect(move('Home', { r: 4, c: 5 }, rules, true)).toEqual({ r: 0, c: 1 });
    expect(move('End', { r: 0, c: 2 }, rules, true)).toEqual({ r: 5, c: 8 });
  });

  it('PageUp and PageDown move by a page of rows and stop at the edges', () => {
    expect(move('PageDown', { r: 0, c: 3 })).toEqual({ r: 2, c: 3 });
    // Row 3 has no cells: the page lands on the nearest row before it.
    expect(move('PageDown', { r: 1, c: 3 })).toEqual({ r: 2, c: 3 });
    expect(move('PageDown', { r: 4, c: 3 })).toEqual({ r: 5, c: 3 });
    expect(move('PageUp', { r: 5, c: 3 })).toEqual({ r: 4, c: 3 });
    expect(move('PageUp', { r: 2, c: 3 })).toEqual({ r: 0, c: 3 });
    const big = shapeOf(
      Array.from({ length: 100 }, () => [0, 3] as [number, number]),
      10,
    );
    expect(move('PageDown', { r: 95, c: 1 }, big)).toEqual({ r: 99, c: 1 });
    expect(move('PageDown', { r: 40, c: 1 }, big)).toEqual({ r: 50, c: 1 });
  });

  it('leaves every other key alone', () => {
    for (const key of [' ', 'Enter', 'Tab', 'a', 'Escape', 'F2'])
      expect(move(key, { r: 0, c: 3 })).toBeUndefined();
  });
});
