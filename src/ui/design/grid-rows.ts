import type { GridRows } from './useGridFocus';
import type { GridItem } from './grid-items';
import { GRID_ACTIONS } from './actions';

/** A grid item's `data-row` key: paths by index, findings by their path and place under it. */
export const itemKey = (item: GridItem) =>
  item.kind === 'path' ? `p${item.pathIndex}` : `f${item.pathIndex}-${item.n}`;

/** Row actions after the checkboxes: move up, move down, remove. */
const ROW_ACTIONS = 3;

/**
 * The rules grid's rows for the keyboard. A path row's columns: 0 the subpaths toggle (only on a
 * path with subpaths), 1 the path name, then each person's checkboxes, then the row's actions; a
 * finding's row has its fix as its one cell, or no cell.
 */
export function gridRowsOf(
  items: readonly GridItem[],
  people: number,
  hasSubpaths: (pathIndex: number) => boolean,
): GridRows {
  const keys = items.map(itemKey);
  const lastOfPath = 1 + GRID_ACTIONS.length * people + ROW_ACTIONS;
  return {
    keys,
    indexOf: new Map(keys.map((k, i) => [k, i])),
    first: (r) => {
      const item = items[r]!;
      return item.kind === 'path' && !hasSubpaths(item.pathIndex) ? 1 : 0;
    },
    last: (r) => {
      const item = items[r]!;
      if (item.kind === 'path') return lastOfPath;
      return item.finding.fix ? 0 : -1;
    },
  };
}
