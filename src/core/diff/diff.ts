import { accessMatrix, accessModel } from '../access/matrix';
import { personLabel, type Person } from '../access/people';
import { ACCESS_ACTIONS, type AccessAction, type Design } from '../model/types';

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
  const names = [...new Set([...before.storages.map((s) => s.name), ...after.storages.map((s) => s.name)])];
  for (const name of names) {
    const oldCells = cellsOf(before, name);
    const newCells = cellsOf(after, name);
    const paths = [...new Set([...oldCells.keys(), ...newCells.keys()])];
    for (const path of paths) {
      const was = oldCells.get(path);
      const now = newCells.get(path);
      const pathStatus = was && now ? 'both' : now ? 'added' : 'removed';
      const people = [...new Set([...(was?.keys() ?? []), ...(now?.keys() ?? [])])];
      for (const person of people) {
        const a = new Set(was?.get(person) ?? []);
        const b = new Set(now?.get(person) ?? []);
        const gained = ACCESS_ACTIONS.filter((x) => b.has(x) && !a.has(x));
        const lost = ACCESS_ACTIONS.filter((x) => a.has(x) && !b.has(x));
        if (gained.length || lost.length) changes.push({ storage: name, path, person, gained, lost, pathStatus });
      }
    }
  }
  return { changes, gained: changes.some((c) => c.gained.length > 0), lost: changes.some((c) => c.lost.length > 0) };
}

/** path → person → allowed actions, for the storage with this name (first one if repeated). */
function cellsOf(design: Design, name: string): Map<string, Map<Person, readonly AccessAction[]>> {
  const storage = design.storages.find((s) => s.name === name);
  const out = new Map<string, Map<Person, readonly AccessAction[]>>();
  if (!storage) return out;
  const matrix = accessMatrix(design, accessModel(storage), { includeDeclaredFunctions: true });
  for (const row of matrix.rows) {
    if (out.has(row.path)) continue;
    const cells = new Map<Person, readonly AccessAction[]>();
    for (const person of matrix.people) {
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
