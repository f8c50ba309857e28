import { compileStorage } from '../compile/compile';
import type { CompiledStorage } from '../compile/types';
import { ACCESS_ACTIONS, type AccessAction, type Design, type Storage } from '../model/types';
import { ENTITY_TOKEN } from '../paths/tokens';
import { definedPrefixes } from '../validate/path-rules';
import { decide, type Decision } from './decide';
import { matrixPeople, OTHER_ID, OWNER_ID, personRole, type PeopleOptions, type Person } from './people';
import { PolicyIndex } from './policy-index';

export interface MatrixCell {
  /** Allowed actions in get, list, write, delete order. */
  readonly allowed: readonly AccessAction[];
  /** IAM's decision for each action, with its explanation. */
  readonly decisions: Readonly<Record<AccessAction, Decision>>;
  /** Actions this person has on the parent path that this subpath takes away (deny by default or no grant). */
  readonly overridden: readonly AccessAction[];
}

export interface MatrixRow {
  readonly pathIndex: number;
  readonly path: string;
  /** The row of the defined parent path, when this path is a subpath. */
  readonly parentIndex?: number;
  /** Present for every person; `owner` only on rows with `{entity_id}`. */
  readonly cells: Readonly<Partial<Record<Person, MatrixCell>>>;
}

export interface AccessMatrix {
  readonly people: readonly Person[];
  readonly rows: readonly MatrixRow[];
}

/** The compiled storage with its lookup index: build once per storage and share it. */
export interface AccessModel {
  readonly storage: Storage;
  readonly compiled: CompiledStorage;
  readonly index: PolicyIndex;
}

export function accessModel(storage: Storage): AccessModel {
  const compiled = compileStorage(storage);
  return { storage, compiled, index: new PolicyIndex(compiled) };
}

/**
 * The effective access matrix (spec §5), asked of IAM through the compiled policies: for each
 * defined path and person, which actions succeed on an object directly in that path (not inside a
 * deeper defined path) and whether listing that path's folder succeeds.
 */
export interface MatrixOptions extends PeopleOptions {
  /** Use exactly these columns (e.g. the union of two designs' people, for a diff). */
  readonly people?: readonly Person[];
  /**
   * Also ask about paths this storage does not define (e.g. another design's), appended as rows
   * with `pathIndex` counting on from the defined ones. They answer "what would this storage's
   * policies allow on objects in that folder".
   */
  readonly extraPaths?: readonly string[];
}

export function accessMatrix(design: Design, model: AccessModel, options: MatrixOptions = {}): AccessMatrix {
  const { storage } = model;
  const people = options.people ?? matrixPeople(design, storage, options);
  const defined = storage.paths.map((p) => p.path);
  const paths = [...defined, ...(options.extraPaths ?? [])];
  const parents = definedPrefixes(defined);
  const firstIndex = new Map<string, number>();
  defined.forEach((p, i) => firstIndex.has(p) || firstIndex.set(p, i));
  const witnesses = new WitnessKeys(paths);

  const rows = paths.map((path, pathIndex): RawRow => {
    const parentPath = pathIndex < defined.length ? parents.get(path)?.[0] : undefined;
    const parentIndex = parentPath === undefined ? undefined : firstIndex.get(parentPath);
    const cells: Partial<Record<Person, RawCell>> = {};
    for (const person of people) {
      if (person === 'owner' && !path.includes(ENTITY_TOKEN)) continue;
      cells[person] = cellFor(model, path, person, witnesses);
    }
    return { pathIndex, path, ...(parentIndex === undefined ? {} : { parentIndex }), cells };
  });
  return { people, rows: rows.map((row) => withOverrides(row, rows)) };
}

type RawCell = Omit<MatrixCell, 'overridden'>;
type RawRow = Omit<MatrixRow, 'cells'> & { readonly cells: Readonly<Partial<Record<Person, RawCell>>> };

function cellFor(model: AccessModel, path: string, person: Person, witnesses: WitnessKeys): RawCell {
  const { role, identityId } = personRole(person);
  const folder = path.replaceAll(ENTITY_TOKEN, person === 'owner' ? OWNER_ID : OTHER_ID);
  const decisions = {} as Record<AccessAction, Decision>;
  const folderKey = folderPrefix(folder);
  const objectKey = witnesses.objectKey(folder);
  const objectLabel = `an object directly in ${JSON.stringify(folderKey)}`;
  for (const action of ACCESS_ACTIONS) {
    const request =
      action === 'list'
        ? { role, action, key: folderKey, identityId }
        : { role, action, key: objectKey, keyLabel: objectLabel, identityId };
    decisions[action] = decide(model.index, model.storage, request);
  }
  return { allowed: ACCESS_ACTIONS.filter((a) => decisions[a].allowed), decisions };
}

function withOverrides(row: RawRow, rows: readonly RawRow[]): MatrixRow {
  if (row.parentIndex === undefined) return { ...row, cells: mapCells(row.cells, () => []) };
  const parent = rows[row.parentIndex];
  return {
    ...row,
    cells: mapCells(row.cells, (person, cell) => {
      const above = parent?.cells[person];
      return above ? above.allowed.filter((a) => !cell.allowed.includes(a)) : [];
    }),
  };
}

function mapCells(
  cells: RawRow['cells'],
  overridden: (person: Person, cell: RawCell) => readonly AccessAction[],
): Partial<Record<Person, MatrixCell>> {
  const out: Partial<Record<Person, MatrixCell>> = {};
  for (const [person, cell] of Object.entries(cells) as [Person, RawCell][]) {
    out[person] = { allowed: cell.allowed, decisions: cell.decisions, overridden: overridden(person, cell) };
  }
  return out;
}

/** `media/*` → `media/`: the folder a list request names. */
function folderPrefix(path: string): string {
  return path.endsWith('*') ? path.slice(0, -1) : path;
}

/**
 * Object keys to ask IAM about. The leaf is one private-use character that no defined path
 * contains and that is not "/": a key `folder + leaf` is then directly in the folder and inside no
 * deeper defined path (those need more characters and a "/"), even one written with IAM's `?`.
 */
class WitnessKeys {
  private readonly leaf: string;
  constructor(paths: readonly string[]) {
    const used = new Set<number>();
    for (const p of paths) for (let i = 0; i < p.length; i++) used.add(p.charCodeAt(i));
    let code = 0xe000;
    while (used.has(code)) code++;
    this.leaf = String.fromCharCode(code);
  }

  objectKey(folder: string): string {
    return `${folderPrefix(folder)}${this.leaf}`;
  }
}
