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
