/**
 * The core's whole pipeline (validate + compile + matrix + exports) against the real Amplify code
 * (the same access record through @aws-amplify/backend-storage's path validation and policy
 * orchestration, rendered by CDK) at growing sizes.
 *
 * The two sides do not do the same work, so two core figures are given: the whole pipeline the
 * tool runs (it also computes every finding, the effective matrix and resource.ts, which Amplify
 * never does), and "like Amplify": validation + compilation + the IAM and outputs JSON, the part
 * Amplify does too. Amplify's side includes building the CDK App/Stack/Bucket and CDK's policy
 * rendering (`stack.resolve`), and the reference harness's JSON round-trip of its result.
 */
import {
  compileDesign,
  accessMatrix,
  accessMatrixRows,
  accessModel,
  amplifyOutputs,
  bucketPlacements,
  compileStorage,
  iamExport,
  matrixRowHeads,
  renderIamJson,
  renderOutputsJson,
  renderResourceTs,
  toJsonText,
  validateDesign,
  type Design,
} from '../src/core';
import { runAmplifyStorageAccess, type RefRule } from '../test/reference/amplify-reference';
import { generatedDesign } from './designs';
import { mainThreadMean, measure, type Timing } from './measure';

export interface CoreRow {
  readonly paths: number;
  readonly core: Timing;
  readonly likeAmplify: Timing;
  readonly amplify: Timing;
}

function corePipeline(design: Design): void {
  const model = accessModel(design.storages[0]!);
  const findings = validateDesign(design, [model.compiled]);
  if (findings.some((f) => f.severity === 'error')) throw new Error('bench design must be valid');
  accessMatrix(design, model);
  renderIamJson(compileDesign(design), 0, 'bench-bucket');
  renderOutputsJson(compileDesign(design), bucketPlacements(design));
  renderResourceTs(design);
}

/** What Amplify's side does too: check the paths, compile, write the policies and the outputs. */
function coreLikeAmplify(design: Design): void {
  const compiled = compileStorage(design.storages[0]!);
  validateDesign(design, [compiled]);
  toJsonText(iamExport(compiled, 'bench-bucket'));
  toJsonText(amplifyOutputs(design, [compiled], bucketPlacements(design)));
}

function amplifyPipeline(design: Design): void {
  const storage = design.storages[0]!;
  const paths = storage.paths.map((p) => [p.path, p.rules as RefRule[]] as [string, RefRule[]]);
  const result = runAmplifyStorageAccess({ name: storage.name, paths }, 'bench-bucket');
  if (!result.ok) throw new Error(`Amplify rejected the bench design: ${result.message}`);
}

const budget = (paths: number) => ({ minRuns: 5, budgetMs: paths >= 1000 ? 4000 : 1500 });

export function benchCore(sizes: readonly number[]): CoreRow[] {
  return sizes.map((paths) => {
    const design = generatedDesign(paths);
    return {
      paths,
      core: measure(() => corePipeline(design), budget(paths)),
      likeAmplify: measure(() => coreLikeAmplify(design), budget(paths)),
      amplify: measure(() => amplifyPipeline(design), budget(paths)),
    };
  });
}

/**
 * Amplify's own code in-process on a generated design, its modules already loaded (the CLI rows'
 * yardstick: what the tool costs cold against what Amplify costs warm on the same definition).
 */
export function benchAmplify(paths: number): Timing {
  const design = generatedDesign(paths);
  return measure(() => amplifyPipeline(design), { minRuns: 3, budgetMs: 3000 });
}

export interface StageTiming extends Timing {
  /** Mean main-thread CPU ms per run (Linux), without V8's background GC threads. */
  readonly mainThread: number | undefined;
}

export interface StageRow {
  readonly paths: number;
  readonly stages: Readonly<Record<string, StageTiming>>;
}

/** Rows the app's matrix panel computes for one screen (it is windowed). */
export const VISIBLE_ROWS = 40;

/** Each stage on its own, to see which one grows faster than the number of paths. */
export function benchStages(sizes: readonly number[]): StageRow[] {
  return sizes.map((paths) => {
    const design = generatedDesign(paths);
    const storage = design.storages[0]!;
    const model = accessModel(storage);
    const heads = matrixRowHeads(storage.paths.map((p) => p.path));
    // One screen from the middle of the list.
    const first = Math.max(0, Math.floor(paths / 2) - VISIBLE_ROWS / 2);
    const visible = Array.from(
      { length: Math.min(VISIBLE_ROWS, paths - first) },
      (_, i) => first + i,
    );
    const stages: Record<string, () => void> = {
      compile: () => accessModel(storage),
      validate: () => validateDesign(design, [model.compiled]),
      'matrix (all rows)': () => accessMatrix(design, model),
      // As the editor asks after an edit of rules: row heads (paths, parents) reused.
      [`matrix (${VISIBLE_ROWS} rows)`]: () => accessMatrixRows(design, model, visible, { heads }),
      'IAM JSON': () => renderIamJson(compileDesign(design), 0, 'bench-bucket'),
      'outputs JSON': () => renderOutputsJson(compileDesign(design), bucketPlacements(design)),
      'resource.ts': () => renderResourceTs(design),
    };
    return {
      paths,
      stages: Object.fromEntries(
        Object.entries(stages).map(([name, fn]) => [
          name,
          { ...measure(fn, budget(paths)), mainThread: mainThreadMean(fn) },
        ]),
      ),
    };
  });
}

export interface LinearityRow {
  readonly stage: string;
  /** Main-thread ms for one storage of all the paths. */
  readonly whole: number;
  /** Main-thread ms for the same paths as five storages of a fifth each. */
  readonly parts: number;
}

/**
 * The same work at two sizes: one storage of `paths` paths against five storages of a fifth of
 * them each (the very same paths and rules). Linear work costs the same both ways; anything that
 * grows faster shows as whole / parts well above 1.
 */
export function benchLinearity(paths: number): LinearityRow[] | undefined {
  const design = generatedDesign(paths);
  const whole = design.storages[0]!;
  const fifth = Math.ceil(paths / 5);
  const parts = [0, 1, 2, 3, 4].map((k) => ({
    ...whole,
    paths: whole.paths.slice(k * fifth, (k + 1) * fifth),
  }));
  const partDesigns = parts.map((s): Design => ({ ...design, storages: [s] }));
  const wholeModel = accessModel(whole);
  const partModels = parts.map(accessModel);
  const stages: [string, () => void, () => void][] = [
    ['compile', () => accessModel(whole), () => parts.forEach(accessModel)],
    [
      'validate',
      () => validateDesign(design, [wholeModel.compiled]),
      () => partDesigns.forEach((d, i) => validateDesign(d, [partModels[i]!.compiled])),
    ],
    [
      'matrix (all rows)',
      () => accessMatrix(design, wholeModel),
      () => partDesigns.forEach((d, i) => accessMatrix(d, partModels[i]!)),
    ],
  ];
  const rows: LinearityRow[] = [];
  for (const [stage, one, five] of stages) {
    const a = mainThreadMean(one);
    const b = mainThreadMean(five);
    if (a === undefined || b === undefined) return undefined;
    rows.push({ stage, whole: a, parts: b });
  }
  return rows;
}
