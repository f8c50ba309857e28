import { memo } from 'react';
import type { LazyAccessMatrix, MatrixRow, Person } from '../../core';
import type { TreeRow } from '../../state';
import { cellInfo, describeCell } from './cell-info';

interface CellDescriptionsProps {
  rows: readonly TreeRow[];
  matrix: LazyAccessMatrix;
  /** The rendered range of rows (display indices). */
  start: number;
  end: number;
  people: readonly Person[];
  descId: (p: { r: number; c: number }) => string;
  groupNoteId: string;
  /** Rows drawn light while the matrix scrolls: their cells refer to no description yet. */
  light: (r: number) => boolean;
}

/**
 * The cells' descriptions (each action's reason, what a subpath takes away), referenced by
 * aria-describedby. They live outside the table so they never become part of a cell's text.
 */
export const CellDescriptions = memo(function CellDescriptions({
  rows,
  matrix,
  start,
  end,
  people,
  descId,
  groupNoteId,
  light,
}: CellDescriptionsProps) {
  return (
    <div hidden>
      <span id={groupNoteId}>
        Members of a group act through the group&apos;s IAM role only: authenticated and owner rules
        do not apply to them.
      </span>
      {rows
        .slice(start, end)
        .map((tree, i) =>
          light(start + i) ? null : (
            <RowDescriptions
              key={tree.row.pathIndex}
              tree={tree}
              row={matrix.row(tree.row.pathIndex)}
              r={start + i}
              people={people}
              descId={descId}
            />
          ),
        )}
    </div>
  );
});

interface RowDescriptionsProps {
  tree: TreeRow;
  row: MatrixRow;
  r: number;
  people: readonly Person[];
  descId: (p: { r: number; c: number }) => string;
}

/** One row's descriptions; memoized, so scrolling writes only the rows that come into view. */
const RowDescriptions = memo(function RowDescriptions({
  tree,
  row,
  r,
  people,
  descId,
}: RowDescriptionsProps) {
  return people.map((person, c) => {
    const info = cellInfo(row, person);
    const lines = describeCell(tree, info);
    if (info.cell && tree.row.path.endsWith('*'))
      lines.push('Press E to expect this: add tests that pin this cell as it is now.');
    return (
      <span key={person} id={descId({ r, c })}>
        {lines.join(' ')}
      </span>
    );
  });
});
