import { createColumnHelper, tableFeatures } from '@tanstack/react-table';
import { personLabel, type Person } from '../../core';
import type { TreeRow } from '../../state';
import { PersonHeader } from './PersonHeader';

/** No optional features: the matrix needs only the core row model (no sorting or filtering). */
export const matrixFeatures = tableFeatures({});

const helper = createColumnHelper<typeof matrixFeatures, TreeRow>();

export const PATH_COLUMN = 'path';

/**
 * The row header column, then one column per person; column ids are the person keys. Cells are
 * drawn by MatrixRowView: person cells from the lazy matrix (only rendered rows are computed; a
 * cell renderer here would have to change with every edit, and a new renderer remounts the
 * content of every cell), path cells with PathLabel (light while the matrix scrolls).
 */
export function matrixColumns(people: readonly Person[]) {
  return helper.columns([
    helper.display({
      id: PATH_COLUMN,
      header: () => 'Path',
    }),
    ...people.map((person) =>
      helper.display({
        id: person,
        header: () => <PersonHeader person={person} />,
      }),
    ),
  ]);
}

export const personOfColumn = (id: string) => id as Person;
export const columnLabel = (id: string) =>
  id === PATH_COLUMN ? 'Path' : personLabel(id as Person);
