import { compileStorage } from '../compile/compile';
import type { CompiledStorage } from '../compile/types';
import { ACCESS_ACTIONS, type AccessAction, type Design, type Storage } from '../model/types';
import { ENTITY_TOKEN } from '../paths/tokens';
import { definedPrefixes } from '../paths/defined-prefixes';
import { allowedInFolder, decideAmong, type Decision } from './decide';
import {
  matrixPeople,
  OTHER_ID,
  OWNER_ID,
  personHasCell,
  personRole,
  type PeopleOptions,
  type Person,
} from './people';
import { PolicyIndex, type IndexedPattern } from './policy-index';

export interface MatrixCell {
  /** Allowed actions in get, list, write, delete order. */
  readonly allowed: readonly AccessAction[];
  /** IAM's decision for each action, with its explanation. */
  readonly decisions: Readonly<Record<AccessAction, Decision>>;
  /** Actions this person has on the parent path that this subpath takes away (deny by default or no grant). */
  readonly overridden: readonly AccessAction[];
}

/** A row without its cells: which path, and the defined parent of a subpath. */
export interface MatrixRowHead {
  readonly pathIndex: number;
  readonly path: string;
  /** The row of the defined parent path, when this path is a subpath. */
  readonly parentIndex?: number;
}

export interface MatrixRow extends MatrixRowHead {
  /** Present for every person that has a cell on the row (`personHasCell`): not owner without `{entity_id}`. */
  readonly cells: Readonly<Partial<Record<Person, MatrixCell>>>;
}

export interface AccessMatrix {
  readonly people: readonly Person[];
  readonly rows: readonly MatrixRow[];
}

/** A cell without IAM's decisions: what is allowed and what the subpath takes away. */
export type AllowedCell = Pick<MatrixCell, 'allowed' | 'overridden'>;

/** `accessMatrix` without the decisions: what a printed matrix shows (the CLI's). */
export interface AllowedMatrix {
  readonly people: readonly Person[];
  readonly rows: readonly (MatrixRowHead & {
    readonly cells: Readonly<Partial<Record<Person, AllowedCell>>>;
  })[];
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
  /**
   * `matrixRowHeads` of exactly this storage's paths (and `extraPaths`), when the caller already
   * has them: they depend on the path list only, so an edit of rules can reuse them.
   */
  readonly heads?: readonly MatrixRowHead[];
}

/**
 * A matrix whose rows are computed when first asked for and then kept. A screen shows a few dozen
 * of thousands of rows, so the editor asks only for those; each row costs people × 4 decisions
 * (plus its parent's, for what the subpath takes away). Tied to one compiled model: a new model
 * (an edit) needs a new lazy matrix.
 */
export interface LazyAccessMatrix {
  readonly people: readonly Person[];
  /** Every row, in path order, without cells. */
  readonly heads: readonly MatrixRowHead[];
  /** The row at `pathIndex` with its cells (computed once). */
  row(pathIndex: number): MatrixRow;
}

/**
 * The rows of a matrix without cells, for these defined paths (then `extraPaths`, which have no
 * parent): one trie walk per path, so O(total path length).
 */
export function matrixRowHeads(
  defined: readonly string[],
  extraPaths: readonly string[] = [],
): MatrixRowHead[] {
  const parents = definedPrefixes(defined);
  const firstIndex = new Map<string, number>();
  defined.forEach((p, i) => firstIndex.has(p) || firstIndex.set(p, i));
  const heads: MatrixRowHead[] = defined.map((path, pathIndex) => {
    const parentPath = parents.get(path)?.[0];
    const parentIndex = parentPath === undefined ? undefined : firstIndex.get(parentPath);
    return parentIndex === undefined ? { pathIndex, path } : { pathIndex, path, parentIndex };
  });
  extraPaths.forEach((path, i) => heads.push({ pathIndex: defined.length + i, path }));
  return heads;
}

export function lazyAccessMatrix(
  design: Design,
  model: AccessModel,
  options: MatrixOptions = {},
): LazyAccessMatrix {
  const { people, heads } = columnsAndRows(design, model, options);
  return new MatrixRows(model, people, heads, cellFor);
}

/** The matrix's people and row heads: the ones given, else every person and defined path. */
function columnsAndRows(
  design: Design,
  { storage }: AccessModel,
  options: MatrixOptions,
): { people: readonly Person[]; heads: readonly MatrixRowHead[] } {
  return {
    people: options.people ?? matrixPeople(design, storage, options),
    heads:
      options.heads ??
      matrixRowHeads(
        storage.paths.map((p) => p.path),
        options.extraPaths,
      ),
  };
}

/** Only the rows at these path indices (e.g. the ones on screen), in the order asked. */
export function accessMatrixRows(
  design: Design,
  model: AccessModel,
  pathIndices: readonly number[],
  options: MatrixOptions = {},
): MatrixRow[] {
  const lazy = lazyAccessMatrix(design, model, options);
  return pathIndices.map((i) => lazy.row(i));
}

/** Every row: what the CLI prints and a diff compares. */
export function accessMatrix(
  design: Design,
  model: AccessModel,
  options: MatrixOptions = {},
): AccessMatrix {
  const lazy = lazyAccessMatrix(design, model, options);
  return { people: lazy.people, rows: lazy.heads.map((h) => lazy.row(h.pathIndex)) };
}

/**
 * Every row's allowed and taken-away actions, as `accessMatrix` has them, without a decision
 * (and its explanation) per person and action: for a 2,000-path design that is about 50,000
 * objects fewer for a cold CLI run to allocate and collect.
 */
export function accessMatrixAllowed(
  design: Design,
  model: AccessModel,
  options: MatrixOptions = {},
): AllowedMatrix {
  const { people, heads } = columnsAndRows(design, model, options);
  const rows = new MatrixRows(model, people, heads, allowedCellFor);
  const all = heads.map((h) => rows.row(h.pathIndex));
  scratch.length = 0; // let go of this model's patterns (each cell left its candidates there)
  return { people, rows: all };
}

/** A cell before its row is asked for; the row fills in `overridden` once, then hands it out. */
type Raw<Cell extends AllowedCell> = { -readonly [K in keyof Cell]: Cell[K] };
type RawCells<Cell extends AllowedCell> = Partial<Record<Person, Raw<Cell>>>;
/** The IAM role a person acts through and the identity id IAM sees (`personRole`). */
type Caller = ReturnType<typeof personRole>;
type CellMaker<Cell extends AllowedCell> = (
  model: AccessModel,
  caller: Caller,
  keys: RequestKeys,
) => Raw<Cell>;
type RowOf<Cell extends AllowedCell> = MatrixRowHead & {
  readonly cells: Readonly<Partial<Record<Person, Cell>>>;
};

const NOTHING: readonly AccessAction[] = Object.freeze([]);

class MatrixRows<Cell extends AllowedCell = MatrixCell> {
  private readonly witnesses: WitnessKeys;
  private readonly raw: (RawCells<Cell> | undefined)[];
  private readonly rows: (RowOf<Cell> | undefined)[];
  /** `personRole` of each person, in column order: worked out once, not once per cell. */
  private readonly callers: readonly Caller[];

  constructor(
    private readonly model: AccessModel,
    readonly people: readonly Person[],
    readonly heads: readonly MatrixRowHead[],
    private readonly makeCell: CellMaker<Cell>,
  ) {
    this.witnesses = new WitnessKeys(heads);
    this.callers = people.map(personRole);
    this.raw = new Array(heads.length);
    this.rows = new Array(heads.length);
  }

  row(pathIndex: number): RowOf<Cell> {
    const done = this.rows[pathIndex];
    if (done) return done;
    const head = this.heads[pathIndex];
    if (!head) throw new RangeError(`No matrix row at path index ${pathIndex}`);
    const parent = head.parentIndex === undefined ? undefined : this.rawCells(head.parentIndex);
    const cells = this.rawCells(pathIndex);
    if (parent) {
      for (let i = 0; i < this.people.length; i++) {
        const person = this.people[i]!;
        const cell = cells[person];
        const above = parent[person];
        if (cell && above) cell.overridden = above.allowed.filter((a) => !cell.allowed.includes(a));
      }
    }
    const row: RowOf<Cell> =
      head.parentIndex === undefined
        ? { pathIndex, path: head.path, cells }
        : { pathIndex, path: head.path, parentIndex: head.parentIndex, cells };
    this.rows[pathIndex] = row;
    return row;
  }

  private rawCells(pathIndex: number): RawCells<Cell> {
    let cells = this.raw[pathIndex];
    if (cells) return cells;
    const { path } = this.heads[pathIndex]!;
    const owned = path.includes(ENTITY_TOKEN);
    // The keys asked about: one set for everybody, another for the owner in their own folder.
    const others = requestKeys(path, OTHER_ID, this.witnesses);
    const own = owned ? requestKeys(path, OWNER_ID, this.witnesses) : others;
    cells = {};
    // Indexed: a cold CLI run asks for every row in V8's baseline tiers, where each step of an
    // iterator allocates its result.
    for (let i = 0; i < this.people.length; i++) {
      const person = this.people[i]!;
      if (!personHasCell(person, path)) continue;
      cells[person] = this.makeCell(
        this.model,
        this.callers[i]!,
        person === 'owner' ? own : others,
      );
    }
    this.raw[pathIndex] = cells;
    return cells;
  }
}

/** The keys a row asks about, for everybody or for the owner in their own folder. */
class RequestKeys {
  private label: string | undefined;
  constructor(
    /** What a list request names: the folder's prefix. */
    readonly folderKey: string,
    /** An object directly in the folder. */
    readonly objectKey: string,
  ) {}

  /** How an explanation names `objectKey`: written when a decision is (the CLI's matrix makes none). */
  get objectLabel(): string {
    return (this.label ??= `an object directly in ${JSON.stringify(this.folderKey)}`);
  }
}

function requestKeys(path: string, identityId: string, witnesses: WitnessKeys): RequestKeys {
  const folder = path.replaceAll(ENTITY_TOKEN, identityId);
  return new RequestKeys(folderPrefix(folder), witnesses.objectKey(folder));
}

function cellFor(
  model: AccessModel,
  { role, identityId }: Caller,
  keys: RequestKeys,
): Raw<MatrixCell> {
  const { folderKey, objectKey, objectLabel } = keys;
  const decisions = {} as Record<AccessAction, Decision>;
  // Two lookups per cell (the object's key, the folder's prefix) serve all four actions.
  const onObject = model.index.candidates(role, objectKey);
  const onFolder = model.index.candidates(role, folderKey);
  const allowed: AccessAction[] = [];
  for (const action of ACCESS_ACTIONS) {
    const decision =
      action === 'list'
        ? decideAmong(onFolder, model.index, model.storage, {
            role,
            action,
            key: folderKey,
            identityId,
          })
        : decideAmong(onObject, model.index, model.storage, {
            role,
            action,
            key: objectKey,
            keyLabel: objectLabel,
            identityId,
          });
    decisions[action] = decision;
    if (decision.allowed) allowed.push(action);
  }
  return { allowed, decisions, overridden: NOTHING };
}

/** One array for every cell's candidates: the matrix is computed synchronously, a cell at a time. */
const scratch: IndexedPattern[] = [];

/** `cellFor`'s allowed actions (in get, list, write, delete order), without the decisions. */
function allowedCellFor(
  model: AccessModel,
  caller: Caller,
  { folderKey, objectKey }: RequestKeys,
): Raw<AllowedCell> {
  // Written from index 0 and read up to `count`: emptying the array (length 0) would free its
  // store, to be allocated again by the next cell.
  const count = model.index.collectCandidates(caller.role, objectKey, scratch, 0);
  const allowed = allowedInFolder(scratch, objectKey, folderKey, caller, count);
  return { allowed, overridden: NOTHING };
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
  constructor(rows: readonly MatrixRowHead[]) {
    // Only characters from U+E000 up can be in the way (rare): the rest need no set.
    const used = new Set<number>();
    for (const { path } of rows) {
      for (let i = 0; i < path.length; i++) {
        const c = path.charCodeAt(i);
        if (c >= 0xe000) used.add(c);
      }
    }
    let code = 0xe000;
    while (used.has(code)) code++;
    this.leaf = String.fromCharCode(code);
  }

  objectKey(folder: string): string {
    return `${folderPrefix(folder)}${this.leaf}`;
  }
}
