/** Times each pipeline stage separately at one size: `node scripts/bench.mjs` style, run via esbuild. */
import { accessMatrix, accessModel, renderResourceTs, validateDesign, renderIamJson, renderOutputsJson, bucketPlacements } from '../src/core';
import { generatedDesign } from './designs';
import { measure, ms } from './measure';

const n = Number(process.env.N ?? 1000);
const design = generatedDesign(n);
const storage = design.storages[0]!;
const model = accessModel(storage);
const stages: [string, () => void][] = [
  ['compile', () => accessModel(storage)],
  ['validate', () => validateDesign(design, [model.compiled])],
  ['matrix', () => accessMatrix(design, model)],
  ['iam', () => renderIamJson(design, 0, 'b')],
  ['outputs', () => renderOutputsJson(design, bucketPlacements(design))],
  ['resource.ts', () => renderResourceTs(design)],
];
for (const [name, fn] of stages) console.log(name.padEnd(12), ms(measure(fn, { minRuns: 3, budgetMs: 1000 }).p50));
