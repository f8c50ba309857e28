import { memo } from 'react';
import type { Person } from '../../core';
import type { TreeRow } from '../../state';
import { cellInfo, describeCell } from './cell-info';

interface CellDescriptionsProps {
  rows: readonly TreeRow[];
  /** The rendered range of rows (display indices). */
  start: number;
  end: number;
  people: readonly Person[];
  descId: (p: { r: number; c: number }) => string;
  groupNoteId: string;
}

/**
 * The cells' descriptions (each action's reason, what a subpath takes away), referenced by
 * aria-describedby. They live outside the table so they never become part of a cell's text.
 */
export const CellDescriptions = memo(function CellDescriptions({
  rows,
  start,
  end,
  people,
  descId,
  groupNoteId,
}: CellDescriptionsProps) {
  return (
    <div hidden>
      <span id={groupNoteId}>
        Members of a group act through the group&apos;s IAM role only: authenticated and owner rules
        do not apply to them.
      </span>
      {rows.slice(start, end).map((tree, i) =>
        people.map((person, c) => (
          <span key={`${tree.row.pathIndex}:${person}`} id={descId({ r: start + i, c })}>
            {describeCell(tree, cellInfo(tree, person)).join(' ')}
          </span>
        )),
      )}
    </div>
  );
});
