import { FlexRender, type Header } from '@tanstack/react-table';
import type { Person } from '../../core';
import type { TreeRow } from '../../state';
import { PATH_COLUMN, type matrixFeatures } from './columns';

interface MatrixHeadProps {
  headers: readonly Header<typeof matrixFeatures, TreeRow, unknown>[];
  people: readonly Person[];
  /** Described by on group headers: why members get no authenticated or owner access. */
  groupNoteId: string;
}

const isGroup = (id: string) => id.startsWith('group:');

/** Columns (widths from CSS) and bands, then one header per column; person headers keep their plain names. */
export function MatrixHead({ headers, people, groupNoteId }: MatrixHeadProps) {
  return (
    <>
      <colgroup>
        <col className="path-col" />
        {people.map((p) => (
          <col key={p} className={`person-col${isGroup(p) ? ' banded' : ''}`} />
        ))}
      </colgroup>
      <thead>
        <tr aria-rowindex={1}>
          {headers.map((header) => {
            const id = header.column.id;
            return (
              <th
                key={header.id}
                scope="col"
                className={
                  id === PATH_COLUMN
                    ? 'matrix-path-head'
                    : `person-col${isGroup(id) ? ' banded' : ''}`
                }
                aria-describedby={isGroup(id) ? groupNoteId : undefined}
              >
                <FlexRender header={header} />
              </th>
            );
          })}
        </tr>
      </thead>
    </>
  );
}
