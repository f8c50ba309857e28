/**
 * The core's whole pipeline (validate + compile + matrix + exports) against the real Amplify code
 * (the same access record through @aws-amplify/backend-storage's path validation and policy
 * orchestration, rendered by CDK) at growing sizes.
 */
import {
  accessMatrix,
  accessModel,
  bucketPlacements,
  renderIamJson,
  renderOutputsJson,
  renderResourceTs,
  validateDesign,
  type Design,
} from '../src/core';
import { runAmplifyStorageAccess, type RefRule } from '../test/reference/amplify-reference';
import { generatedDesign } from './designs';
import { measure } from './measure';

export interface CoreRow {
  paths: number;
  core: { p50: number; p95: number };
  amplify: { p50: number; p95: number };
}

function corePipeline(design: Design): void {
  const model = accessModel(design.storages[0]!);
  const findings = validateDesign(design, [model.compiled]);
  if (findings.some((f) => f.severity === 'error')) throw new Error('bench design must be valid');
  accessMatrix(design, model);
  renderIamJson(design, 0, 'bench-bucket');
  renderOutputsJson(design, bucketPlacements(design));
  renderResourceTs(design);
}

function amplifyPipeline(design: Design): void {
  const storage = design.storages[0]!;
  const paths = storage.paths.map((p) => [p.path, p.rules as RefRule[]] as [string, RefRule[]]);
  const result = runAmplifyStorageAccess({ name: storage.name, paths }, 'bench-bucket');
  if (!result.ok) throw new Error(`Amplify rejected the bench design: ${result.message}`);
}

export function benchCore(sizes: readonly number[]): CoreRow[] {
  return sizes.map((paths) => {
    const design = generatedDesign(paths);
    const budgetMs = paths >= 1000 ? 4000 : 1500;
    return {
      paths,
      core: measure(() => corePipeline(design), { minRuns: 3, budgetMs }),
      amplify: measure(() => amplifyPipeline(design), { minRuns: 3, budgetMs }),
    };
  });
}
