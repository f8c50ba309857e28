import {
  ACCESS_ACTIONS,
  personHasCell,
  type AccessAction,
  type MatrixCell,
  type MatrixRow,
  type Person,
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

/** The explanation screen readers get (aria-describedby) and the tooltip shows, as plain sentences. */
export function describeCell(tree: TreeRow, info: CellInfo): string[] {
  const lines: string[] = [];
  if (info.noFolder)
    lines.push(
      'This path has no {entity_id} folder, so nobody owns anything in it: a signed-in user has the access of the authenticated column (or of their group).',
    );
  const taken = info.cell?.overridden ?? [];
  if (taken.length > 0 && tree.parentPath) {
    lines.push(
      `Taken away by this subpath: ${taken.join(', ')} (allowed on the parent ${tree.parentPath}).`,
    );
  }
  for (const { actions, reason } of reasonsOf(info)) lines.push(`${actions.join(', ')}: ${reason}`);
  return lines;
}

/** Actions that share a decision and its reason, said once (e.g. `get, list: Denied: ...`). */
export interface SharedReason {
  readonly actions: readonly AccessAction[];
  readonly allowed: boolean;
  readonly reason: string;
}

/** The cell's decisions, grouped so a reason shared by several actions appears once. */
export function reasonsOf(info: CellInfo): SharedReason[] {
  const groups = new Map<string, { actions: AccessAction[]; allowed: boolean; reason: string }>();
  for (const action of ACCESS_ACTIONS) {
    const d = info.cell?.decisions[action];
    if (!d) continue;
    const key = `${d.allowed}\n${d.reason}`;
    const group = groups.get(key);
    if (group) group.actions.push(action);
    else groups.set(key, { actions: [action], allowed: d.allowed, reason: d.reason });
  }
  return [...groups.values()];
}

export const isOverridden = (info: CellInfo, action: AccessAction) =>
  info.cell?.overridden.includes(action) ?? false;
