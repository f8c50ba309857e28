/**
 * Where a key moves the focus in a grid with one tab stop (the WAI-ARIA grid pattern's roving
 * tabindex), as a pure function of the key and the grid's shape, so both tables (the rules grid
 * and the matrix) move alike and the moves are unit-tested without a browser.
 */

export interface CellPos {
  readonly r: number;
  /**
   * The column. In a move's result this is the wanted column: rows may be narrower (a finding's
   * row has one control), and going down through them and back keeps the column, as a text editor
   * keeps the caret's column through short lines.
   */
  readonly c: number;
}

export interface GridShape {
  readonly rows: number;
  /** The first and last column of row `r`; a row with `last < first` has no cells and is skipped. */
  first(r: number): number;
  last(r: number): number;
  /** Rows in a page, for PageUp and PageDown. */
  readonly page: number;
}

const hasCells = (shape: GridShape, r: number) => shape.last(r) >= shape.first(r);

/** The column of row `r` the wanted column `c` lands on. */
export const columnIn = (shape: GridShape, r: number, c: number) =>
  Math.max(shape.first(r), Math.min(c, shape.last(r)));

/** The nearest row with cells from `r` going by `step` (±1), or undefined past the edge. */
function rowFrom(shape: GridShape, r: number, step: 1 | -1): number | undefined {
  for (let i = r; i >= 0 && i < shape.rows; i += step) if (hasCells(shape, i)) return i;
  return undefined;
}

/**
 * The cell a key moves to from `at`: arrows by one cell, Home/End to the row's first/last cell,
 * Ctrl+Home/End to the first cell of the first row / last cell of the last row, PageUp/PageDown by
 * `page` rows (stopping at the first/last row). Undefined for any other key (let it through);
 * a key that cannot move further returns `at`'s own cell (the key is still the grid's).
 */
export function nextCell(
  key: string,
  ctrl: boolean,
  at: CellPos,
  shape: GridShape,
): CellPos | undefined {
  const here = { r: at.r, c: columnIn(shape, at.r, at.c) };
  const vertical = (target: number, step: 1 | -1) => {
    const r = rowFrom(shape, target, step) ?? rowFrom(shape, target, step === 1 ? -1 : 1) ?? at.r;
    return { r, c: at.c };
  };
  const firstRow = () => rowFrom(shape, 0, 1) ?? at.r;
  const lastRow = () => rowFrom(shape, shape.rows - 1, -1) ?? at.r;
  switch (key) {
    case 'ArrowLeft':
      return { r: here.r, c: Math.max(shape.first(here.r), here.c - 1) };
    case 'ArrowRight':
      return { r: here.r, c: Math.min(shape.last(here.r), here.c + 1) };
    case 'ArrowUp':
      return rowFrom(shape, at.r - 1, -1) === undefined ? here : vertical(at.r - 1, -1);
    case 'ArrowDown':
      return rowFrom(shape, at.r + 1, 1) === undefined ? here : vertical(at.r + 1, 1);
    case 'PageUp':
      return vertical(Math.max(0, at.r - shape.page), 1);
    case 'PageDown':
      return vertical(Math.min(shape.rows - 1, at.r + shape.page), -1);
    case 'Home': {
      const r = ctrl ? firstRow() : here.r;
      return { r, c: shape.first(r) };
    }
    case 'End': {
      const r = ctrl ? lastRow() : here.r;
      return { r, c: shape.last(r) };
    }
    default:
      return undefined;
  }
}
