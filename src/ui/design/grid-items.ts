import { pathIdOf, type Finding, type PathEntry, type Storage } from '../../core';
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
  const paths = storage?.paths ?? [];
  // Plain loops: a closure per path (every, some, forEach) was most of what this allocated.
  for (let pathIndex = 0; pathIndex < paths.length; pathIndex++) {
    const entry = paths[pathIndex]!;
    // Findings may come from a slightly older (deferred) design: they are looked up by the
    // path's stable id, so a move or removal never shows a finding under the wrong row, even for
    // a frame; and only while the path still reads as the finding says (not just renamed). Most
    // paths have none, and most findings read as their path: no filtered copy then (the list is
    // rebuilt on every change of findings, 2,000 paths at a time).
    const found = findings.byPath(storageIndex, pathIdOf(entry));
    const here = readsAs(found, entry.path) ? found : found.filter((f) => readsAs([f], entry.path));
    if (shown && !shown(pathIndex, here)) continue;
    let errors = false;
    for (let n = 0; n < here.length; n++) errors ||= here[n]!.severity === 'error';
    items.push(pathItem(entry, pathIndex, errors));
    for (let n = 0; n < here.length; n++) items.push(findingItem(here[n]!, pathIndex, n));
  }
  return items;
}

/** Whether every one of `findings` is about `path` as it reads now (or about no path text). */
function readsAs(findings: readonly Finding[], path: string): boolean {
  for (let i = 0; i < findings.length; i++) {
    const at = findings[i]!.path;
    if (at !== undefined && at !== path) return false;
  }
  return true;
}

// The items of the list before, where they are the same: the validation worker hands on the
// very finding objects an edit left alone, and most paths keep their entry object, so a tick
// makes new items only for what changed (3,000 items per tick were 0.3 MB of garbage).
const pathItems = new WeakMap<PathEntry, GridItem & { kind: 'path' }>();
const findingItems = new WeakMap<Finding, GridItem & { kind: 'finding' }>();

function pathItem(entry: PathEntry, pathIndex: number, errors: boolean): GridItem {
  let item = pathItems.get(entry);
  if (!item || item.pathIndex !== pathIndex || item.errors !== errors)
    pathItems.set(entry, (item = { kind: 'path', pathIndex, errors }));
  return item;
}

function findingItem(finding: Finding, pathIndex: number, n: number): GridItem {
  let item = findingItems.get(finding);
  if (!item || item.pathIndex !== pathIndex || item.n !== n)
    findingItems.set(finding, (item = { kind: 'finding', pathIndex, finding, n }));
  return item;
}

export const itemHeight = (item: GridItem) =>
  item.kind === 'path' ? PATH_ROW_HEIGHT : FINDING_ROW_HEIGHT;
