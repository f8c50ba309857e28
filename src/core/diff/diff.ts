import { accessMatrix, accessModel } from '../access/matrix';
import { matrixPeople, personLabel, type Person } from '../access/people';
import { ACCESS_ACTIONS, type AccessAction, type Design, type Storage } from '../model/types';

/** One person's change of access on one path between two designs. */
export interface AccessChange {
  readonly storage: string;
  readonly path: string;
  readonly person: Person;
  readonly gained: readonly AccessAction[];
  readonly lost: readonly AccessAction[];
  /** The path exists only in the old or only in the new design. */
  readonly pathStatus: 'both' | 'added' | 'removed';
}

export interface DesignDiff {
  readonly changes: readonly AccessChange[];
  readonly gained: boolean;
  readonly lost: boolean;
}

/**
 * What each person can do differently, per storage (matched by name) and path (matched as
 * written), comparing the two effective matrices: the question a reviewer asks of a change.
 */
export function diffDesigns(before: Design, after: Design): DesignDiff {
  const changes: AccessChange[] = [];
  const names = [
    ...new Set([...before.storages.map((s) => s.name), ...after.storages.map((s) => s.name)]),
  ];
  for (const name of names) {
    const oldStorage = before.storages.find((s) => s.name === name);
    const newStorage = after.storages.find((s) => s.name === name);
    const oldPaths = oldStorage?.paths.map((p) => p.path) ?? [];
    const newPaths = newStorage?.paths.map((p) => p.path) ?? [];
    const paths = [...new Set([...oldPaths, ...newPaths])];
    const people = [...new Set([...peopleOf(before, oldStorage), ...peopleOf(after, newStorage)])];
    // Each side answers for every path of both designs: a removed subpath hands its objects back
    // to the parent's rules, which is access gained or lost even though the row disappears.
    const was = cellsFor(before, oldStorage, paths, people);
    const now = cellsFor(after, newStorage, paths, people);
    const oldSet = new Set(oldPaths);
    const newSet = new Set(newPaths);
    for (const path of paths) {
      const pathStatus =
        oldSet.has(path) && newSet.has(path) ? 'both' : newSet.has(path) ? 'added' : 'removed';
      for (const person of people) {
        const a = new Set(was.get(path)?.get(person) ?? []);
        const b = new Set(now.get(path)?.get(person) ?? []);
        const gained = ACCESS_ACTIONS.filter((x) => b.has(x) && !a.has(x));
        const lost = ACCESS_ACTIONS.filter((x) => a.has(x) && !b.has(x));
        if (gained.length || lost.length)
          changes.push({ storage: name, path, person, gained, lost, pathStatus });
      }
    }
  }
  return {
    changes,
    gained: changes.some((c) => c.gained.length > 0),
    lost: changes.some((c) => c.lost.length > 0),
  };
}

const peopleOf = (design: Design, storage: Storage | undefined): Person[] =>
  storage ? matrixPeople(design, storage, { includeDeclaredFunctions: true }) : [];

/** path → person → allowed actions under one design's policies, for any list of paths. */
function cellsFor(
  design: Design,
  storage: Storage | undefined,
  paths: readonly string[],
  people: readonly Person[],
): Map<string, Map<Person, readonly AccessAction[]>> {
  const out = new Map<string, Map<Person, readonly AccessAction[]>>();
  if (!storage) return out;
  const defined = new Set(storage.paths.map((p) => p.path));
  const extraPaths = paths.filter((p) => !defined.has(p));
  const matrix = accessMatrix(design, accessModel(storage), { people, extraPaths });
  for (const row of matrix.rows) {
    if (out.has(row.path)) continue;
    const cells = new Map<Person, readonly AccessAction[]>();
    for (const person of people) {
      const cell = row.cells[person];
      if (cell) cells.set(person, cell.allowed);
    }
    out.set(row.path, cells);
  }
  return out;
}

/** One line per change, e.g. `+ guest write on media/* (storage files)`. */
export function describeChange(change: AccessChange): string {
  const parts = [
    ...(change.gained.length ? [`+${change.gained.join(' +')}`] : []),
    ...(change.lost.length ? [`-${change.lost.join(' -')}`] : []),
  ];
  const status = change.pathStatus === 'both' ? '' : ` (path ${change.pathStatus})`;
  return `${personLabel(change.person)} on ${change.path}: ${parts.join(' ')}${status}`;
}
