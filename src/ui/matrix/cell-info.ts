import {
  personHasCell,
  sharedReasons,
  type AccessAction,
  type MatrixCell,
  type MatrixRow,
  type Person,
  type SharedReason,
} from '../../core';
import type { TreeRow } from '../../state';

/** What a matrix cell shows, and why. */
export interface CellInfo {
  readonly cell: MatrixCell | undefined;
  /** The text of the cell: the allowed actions, `none`, or a dash where the person has no cell. */
  readonly text: string;
  /** Owner column on a path without `{entity_id}`: nobody owns a folder there (core `personHasCell`). */
  readonly noFolder: boolean;
}

/** One cell of a computed row (`matrix.row(pathIndex)`); empty where core says there is none. */
export function cellInfo(row: MatrixRow, person: Person): CellInfo {
  const noFolder = !personHasCell(person, row.path);
  const cell = row.cells[person];
  const text = noFolder ? '—' : cell && cell.allowed.length > 0 ? cell.allowed.join(' ') : 'none';
  return { cell, text, noFolder };
}

/** Why the owner column has no cell on a path without `{entity_id}`, in the people's own words. */
export const NO_FOLDER =
  'No {entity_id} folder on this path, so there is no owner here: the authenticated column (or a group column) says what a user has.';

/** The explanation screen readers get (aria-describedby) and the tooltip shows, as plain sentences. */
export function describeCell(tree: TreeRow, info: CellInfo): string[] {
  const lines: string[] = [];
  if (info.noFolder) lines.push(NO_FOLDER);
  const taken = info.cell?.overridden ?? [];
  if (taken.length > 0 && tree.parentPath) {
    lines.push(
      `Taken away by this subpath: ${taken.join(', ')} (allowed on the parent ${tree.parentPath}).`,
    );
  }
  for (const { actions, reason } of reasonsOf(info)) lines.push(`${actions.join(', ')}: ${reason}`);
  return lines;
}

/** The cell's decisions grouped by cause (core `sharedReasons`): a shared reason is said once. */
export const reasonsOf = (info: CellInfo): SharedReason[] =>
  info.cell ? sharedReasons(info.cell.decisions) : [];

export const isOverridden = (info: CellInfo, action: AccessAction) =>
  info.cell?.overridden.includes(action) ?? false;
