import { createColumnHelper, tableFeatures } from '@tanstack/react-table';
import { personLabel, type Person } from '../../core';
import type { TreeRow } from '../../state';
import { cellInfo } from './cell-info';
import { PathLabel } from './PathLabel';
import { PersonHeader } from './PersonHeader';

/** No optional features: the matrix needs only the core row model (no sorting or filtering). */
export const matrixFeatures = tableFeatures({});

const helper = createColumnHelper<typeof matrixFeatures, TreeRow>();

export const PATH_COLUMN = 'path';

/** The row header column, then one column per person; column ids are the person keys. */
export function matrixColumns(people: readonly Person[]) {
  return helper.columns([
    helper.display({
      id: PATH_COLUMN,
      header: () => 'Path',
      cell: ({ row }) => <PathLabel tree={row.original} />,
    }),
    ...people.map((person) =>
      helper.display({
        id: person,
        header: () => <PersonHeader person={person} />,
        cell: ({ row }) => cellInfo(row.original, person).text,
      }),
    ),
  ]);
}

export const personOfColumn = (id: string) => id as Person;
export const columnLabel = (id: string) =>
  id === PATH_COLUMN ? 'Path' : personLabel(id as Person);
