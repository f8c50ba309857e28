import { pathIdOf, type Finding, type Storage } from '../../core';
import type { FindingIndex } from '../../state';

/** A line of the design grid: a path, or one finding shown under its path. */
export type GridItem =
  | { readonly kind: 'path'; readonly pathIndex: number; readonly errors: boolean }
  | {
      readonly kind: 'finding';
      readonly pathIndex: number;
      readonly finding: Finding;
      readonly n: number;
    };

/** Fixed heights when windowed (findings are clamped to one line there). */
export const PATH_ROW_HEIGHT = 40;
export const FINDING_ROW_HEIGHT = 30;

/** Which paths the grid shows (a filter); all when absent. */
export type PathShown = (pathIndex: number, findings: readonly Finding[]) => boolean;

export function gridItemsOf(
  storage: Storage | undefined,
  storageIndex: number,
  findings: FindingIndex,
  shown?: PathShown,
): GridItem[] {
  const items: GridItem[] = [];
  storage?.paths.forEach((entry, pathIndex) => {
    // Findings may come from a slightly older (deferred) design: they are looked up by the path's
    // stable id, so a move or removal never shows a finding under the wrong row, even for a frame;
    // and only while the path still reads as the finding says (not just renamed). Most paths
    // have none: no filtered copy of an empty list for them (the list is rebuilt on every
    // change of findings, 2,000 paths at a time).
    const found = findings.byPath(storageIndex, pathIdOf(entry));
    const here =
      found.length === 0
        ? found
        : found.filter((f) => f.path === undefined || f.path === entry.path);
    if (shown && !shown(pathIndex, here)) return;
    items.push({ kind: 'path', pathIndex, errors: here.some((f) => f.severity === 'error') });
    here.forEach((finding, n) => items.push({ kind: 'finding', pathIndex, finding, n }));
  });
  return items;
}

export const itemHeight = (item: GridItem) =>
  item.kind === 'path' ? PATH_ROW_HEIGHT : FINDING_ROW_HEIGHT;
