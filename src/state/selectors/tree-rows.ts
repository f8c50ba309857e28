import type { MatrixRowHead } from '../../core';
import { memoOn } from './memo';

/** A matrix row in display order, with its depth under its defined parent path. */
export interface TreeRow {
  /** The row's path and parent; its cells come from the matrix (`matrix.row(row.pathIndex)`). */
  readonly row: MatrixRowHead;
  readonly depth: number;
  /** The parent's path text, when this is a subpath (shown dimmed, so the subpath part stands out). */
  readonly parentPath?: string;
}

/**
 * Matrix rows as a tree: each top-level path in design order, followed by its subpaths. Rows
 * whose parent chain loops or is missing (only in invalid designs) stay at the top level.
 * Built from the rows' heads only, so it survives edits that change no path.
 */
export const treeRowsOf = memoOn((heads: readonly MatrixRowHead[]): readonly TreeRow[] => {
  const byIndex = new Map(heads.map((r) => [r.pathIndex, r]));
  const children = new Map<number, MatrixRowHead[]>();
  const roots: MatrixRowHead[] = [];
  for (const row of heads) {
    const parent = row.parentIndex === undefined ? undefined : byIndex.get(row.parentIndex);
    if (parent && parent !== row)
      (
        children.get(parent.pathIndex) ?? children.set(parent.pathIndex, []).get(parent.pathIndex)!
      ).push(row);
    else roots.push(row);
  }
  const out: TreeRow[] = [];
  const seen = new Set<number>();
  const visit = (row: MatrixRowHead, depth: number, parentPath?: string) => {
    if (seen.has(row.pathIndex)) return;
    seen.add(row.pathIndex);
    out.push({ row, depth, ...(parentPath === undefined ? {} : { parentPath }) });
    for (const child of children.get(row.pathIndex) ?? []) visit(child, depth + 1, row.path);
  };
  roots.forEach((r) => visit(r, 0));
  // Rows only reachable through a cycle: show them rather than lose them.
  heads.forEach((r) => visit(r, 0));
  return out;
});

/**
 * How many rows sit under each row of the tree (all its subpaths, at any depth), by path index;
 * rows without subpaths are absent. In tree order a row's subpaths are the rows right after it
 * that are deeper, so one backward pass with a stack of open rows counts them all.
 */
export const subpathCountsOf = memoOn((rows: readonly TreeRow[]): ReadonlyMap<number, number> => {
  const counts = new Map<number, number>();
  const open: { pathIndex: number; depth: number; at: number }[] = [];
  const close = (end: number) => {
    const row = open.pop()!;
    if (end - row.at > 1) counts.set(row.pathIndex, end - row.at - 1);
  };
  rows.forEach((tree, at) => {
    while (open.length > 0 && open.at(-1)!.depth >= tree.depth) close(at);
    open.push({ pathIndex: tree.row.pathIndex, depth: tree.depth, at });
  });
  while (open.length > 0) close(rows.length);
  return counts;
});

/** The path indices under collapsed rows (their subpaths at any depth), in tree order. */
export function hiddenByCollapse(
  rows: readonly TreeRow[],
  collapsed: (pathIndex: number) => boolean,
): Set<number> {
  const hidden = new Set<number>();
  let under = -1; // depth of the collapsed row whose subpaths are being skipped, or -1
  for (const tree of rows) {
    if (under >= 0 && tree.depth > under) hidden.add(tree.row.pathIndex);
    else {
      under = collapsed(tree.row.pathIndex) ? tree.depth : -1;
    }
  }
  return hidden;
}

/** The path indices of a row's ancestors (its parent first), following `parentIndex`. */
export function ancestorsOf(heads: readonly MatrixRowHead[], pathIndex: number): number[] {
  const out: number[] = [];
  const seen = new Set([pathIndex]);
  for (let p = heads[pathIndex]?.parentIndex; p !== undefined && !seen.has(p);) {
    out.push(p);
    seen.add(p);
    p = heads[p]?.parentIndex;
  }
  return out;
}
