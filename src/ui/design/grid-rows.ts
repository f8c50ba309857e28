import { fixesOf } from '../../core';
import type { GridItem } from './grid-items';
import { GRID_ACTIONS } from './actions';
import type { GridRows } from './useGridFocus';

/** A grid item's `data-row` key: paths by index, findings by their path and place under it. */
export const itemKey = (item: GridItem) =>
  item.kind === 'path' ? `p${item.pathIndex}` : `f${item.pathIndex}-${item.n}`;

/** Row actions after the checkboxes: move up, move down, remove. */
const ROW_ACTIONS = 3;

/** The first item at or after `pathIndex` (items are in path order, each path before its findings). */
function firstAt(items: readonly GridItem[], pathIndex: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.pathIndex < pathIndex) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The rules grid's rows for the keyboard. A path row's columns: 0 the subpaths toggle (only on a
 * path with subpaths), 1 the path name, then each person's checkboxes, then the row's actions; a
 * finding's row has a cell per fix it offers (`fixesOf`), or no cell. Nothing is built per item: an edit of a
 * 2,000-path design recomputes the items, and this is asked only on a key or a focus.
 */
export function gridRowsOf(
  items: readonly GridItem[],
  people: number,
  hasSubpaths: (pathIndex: number) => boolean,
): GridRows {
  const lastOfPath = 1 + GRID_ACTIONS.length * people + ROW_ACTIONS;
  return {
    count: items.length,
    key: (r) => (items[r] ? itemKey(items[r]) : undefined),
    indexOf: (key) => {
      const match = /^([pf])(\d+)(?:-(\d+))?$/.exec(key);
      if (!match) return undefined;
      const at = firstAt(items, Number(match[2])) + (match[1] === 'f' ? 1 + Number(match[3]) : 0);
      return items[at] && itemKey(items[at]) === key ? at : undefined;
    },
    first: (r) => {
      const item = items[r]!;
      return item.kind === 'path' && !hasSubpaths(item.pathIndex) ? 1 : 0;
    },
    last: (r) => {
      const item = items[r]!;
      if (item.kind === 'path') return lastOfPath;
      return fixesOf(item.finding).length - 1;
    },
  };
}
