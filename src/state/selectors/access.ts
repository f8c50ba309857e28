import {
  accessModelAfter,
  lazyAccessMatrix,
  matrixPeople,
  matrixRowHeads,
  validateDesign,
  type AccessModel,
  type Design,
  type Finding,
  type LazyAccessMatrix,
  type MatrixRowHead,
  type Person,
  type Storage,
} from '../../core';
import { memoOn, memoOn2, memoRecent, memoRecent2, RecentMap } from './memo';
import { stableArrays } from './stable';

/**
 * The model last compiled at each storage index. A storage's new model is compiled after it
 * (`accessModelAfter`): the roles an edit did not change keep their policies and index tries.
 * Any earlier model gives the same result (reuse is only of what is equal), so this needs no
 * tie to the design history (undo, imports, another storage at the index all stay correct).
 */
let lastModels: readonly AccessModel[] = [];

/**
 * Each storage's model while something holds it: the recent designs' `modelsOf` (see
 * `memoRecent`), a matrix, a test run. Held weakly, so the storages of the undo history do not
 * keep their compiled policies and index tries alive.
 */
const models = new WeakMap<Storage, WeakRef<AccessModel>>();

function modelAfter(storage: Storage, previous: AccessModel | undefined): AccessModel {
  let model = models.get(storage)?.deref();
  if (!model) models.set(storage, new WeakRef((model = accessModelAfter(storage, previous))));
  return model;
}

/** Compiled policies + index per storage object: an edit in one storage leaves the others compiled. */
export const modelOf = (storage: Storage): AccessModel => modelAfter(storage, undefined);

export const modelsOf = memoRecent((design: Design): readonly AccessModel[] => {
  const compiled = design.storages.map((storage, i) => modelAfter(storage, lastModels[i]));
  lastModels = compiled;
  return compiled;
});

const stablePaths = stableArrays<string>();
const stablePeople = stableArrays<Person>();
const headsOfPaths = memoOn((paths: readonly string[]) => matrixRowHeads(paths));

/**
 * The matrix rows without cells (path, parent). They depend on the path list only, so ticking a
 * checkbox keeps the very same array: the tree rows and the table's row model built on it stay.
 */
export const rowHeadsOf = memoOn2(
  (design: Design, storageIndex: number): readonly MatrixRowHead[] => {
    const storage = design.storages[storageIndex];
    if (!storage) return [];
    const paths = storage.paths.map((p) => p.path);
    return headsOfPaths(stablePaths(String(storageIndex), paths));
  },
);

/** Lazy matrices per compiled model, reused while the columns and rows are the same. */
const lazyByModel = new WeakMap<AccessModel, LazyAccessMatrix>();

/**
 * The effective access matrix of one storage, with every declared function as a column. Lazy:
 * the matrix panel is windowed and computes only the rows it shows (then keeps them), so an edit
 * costs one screen of decisions, not paths × people × 4. Tied to the storage's compiled model, so
 * an edit elsewhere (another storage) keeps the rows already computed.
 */
export const matrixOf = memoRecent2(
  (design: Design, storageIndex: number): LazyAccessMatrix | undefined => {
    const model = modelsOf(design)[storageIndex];
    if (!model) return undefined;
    const people = stablePeople(
      String(storageIndex),
      matrixPeople(design, model.storage, { includeDeclaredFunctions: true }),
    );
    const heads = rowHeadsOf(design, storageIndex);
    const known = lazyByModel.get(model);
    if (known && known.people === people && known.heads === heads) return known;
    const lazy = lazyAccessMatrix(design, model, { people, heads });
    lazyByModel.set(model, lazy);
    return lazy;
  },
);

/** The recent designs' findings (older designs in the undo history are validated again). */
const findingsByDesign = new RecentMap<Design, readonly Finding[]>();

/**
 * Every finding of the design, reusing the compiled storages; or, when the validation worker has
 * already answered for this very design, its findings (see `knownFindings`).
 */
export function findingsOf(design: Design): readonly Finding[] {
  let findings = findingsByDesign.get(design);
  if (!findings) {
    findings = validateDesign(
      design,
      modelsOf(design).map((m) => m.compiled),
    );
    findingsByDesign.set(design, findings);
  }
  return findings;
}

/** Whether `findingsOf(design)` is known without validating. */
export const hasFindings = (design: Design): boolean => findingsByDesign.has(design);

/**
 * The findings of `design` worked out elsewhere (src/state/worker: the same `validateDesign` on a
 * copy of this design, whose path entries adopted this one's ids), so `findingsOf` does not
 * validate again on the main thread.
 */
export function knownFindings(design: Design, findings: readonly Finding[]): void {
  if (!findingsByDesign.has(design)) findingsByDesign.set(design, findings);
}
