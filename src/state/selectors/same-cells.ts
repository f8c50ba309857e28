import type { AccessAction, MatrixRow, Person } from '../../core';

const sameActions = (a: readonly AccessAction[], b: readonly AccessAction[]) =>
  a.length === b.length && a.every((action, i) => action === b[i]);

/**
 * Whether two computed matrix rows show the same to these people: the same path and, for each
 * person, the same allowed and taken-away actions (or no cell in both). Every edit makes a new
 * lazy matrix and so new row objects; a view memoized on this re-renders only where a cell
 * really changed (the rules grid's effect row: one path of the window per tick).
 */
export function sameCells(
  before: MatrixRow | undefined,
  after: MatrixRow | undefined,
  people: readonly Person[],
): boolean {
  if (before === after) return true;
  if (!before || !after || before.path !== after.path) return false;
  return people.every((person) => {
    const a = before.cells[person];
    const b = after.cells[person];
    if (!a || !b) return a === b;
    return sameActions(a.allowed, b.allowed) && sameActions(a.overridden, b.overridden);
  });
}
