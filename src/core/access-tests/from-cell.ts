import { personHasCell, personLabel, type Person } from '../access/people';
import type { MatrixRow } from '../access/matrix';
import type { AccessTest } from '../model/access-test';
import { ACCESS_ACTIONS, type Design } from '../model/types';
import { prefixForm } from '../paths/prefix';

/**
 * `Expect this` on a matrix cell: the cell's current answer pinned as tests, one expecting allow
 * for the actions IAM allows and one expecting deny for the rest. A matrix cell describes objects
 * directly in its path, so the test covers every key under the path and leaves out its defined subpaths (they have their own rows);
 * an owner cell means any owner in their own folder, so it names no identity id. Empty where the
 * person has no cell (owner on a path without `{entity_id}`) and on a path without a trailing `*`.
 */
export function testsFromCell(
  design: Design,
  storageIndex: number,
  row: MatrixRow,
  person: Person,
): AccessTest[] {
  const cell = row.cells[person];
  const storage = design.storages[storageIndex];
  // A path without a trailing `*` (Amplify rejects it; check reports it) has a cell about keys
  // that go on from it while `get` on the path itself may differ: no exact test says that, so
  // such a cell gives none rather than one that means something else.
  if (!cell || !storage || !personHasCell(person, row.path) || !row.path.endsWith('*')) return [];
  const mine = prefixForm(row.path);
  const where = row.path;
  const except = [
    ...new Set(
      storage.paths
        .map((p) => p.path)
        .filter((p) => p !== row.path && prefixForm(p).startsWith(mine)),
    ),
  ];
  const on = {
    who: person,
    where,
    ...(except.length > 0 ? { except } : {}),
    ...(design.storages.length > 1 ? { storage: storage.name } : {}),
  };
  const denied = ACCESS_ACTIONS.filter((a) => !cell.decisions[a].allowed);
  const out: AccessTest[] = [];
  if (cell.allowed.length > 0)
    out.push({
      ...on,
      actions: [...cell.allowed],
      expect: 'allow',
      name: `${personLabel(person)} can ${cell.allowed.join(', ')} in ${where}`,
    });
  if (denied.length > 0)
    out.push({
      ...on,
      actions: denied,
      expect: 'deny',
      name: `${personLabel(person)} cannot ${denied.join(', ')} in ${where}`,
    });
  return out;
}
