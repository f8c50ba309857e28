/**
 * amplify_outputs.json round trip: importing what renderOutputsJson wrote gives a design that
 * compiles to the same `paths` for every storage, in the same order, with the same default
 * bucket and placements, and the same IAM policies for every role that is not a function's.
 * A `{}` entry (a path whose rules are all allow.resource) comes back with a placeholder function
 * rule, named in `lost`, so that the path still exists with the same effect on other roles
 * (unless rules that grant nothing make that ambiguous, which `lost` says too).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compileDesign,
  compileStorage,
  defaultStorageIndex,
  expandActions,
  importOutputsJson,
  renderOutputsJson,
  validateDesign,
  type BucketPlacement,
  type CompiledStorage,
  type Design,
} from '../../src/core';
import { validDesignArb, validTemplates } from './designs';

/** Policies of the roles amplify_outputs.json speaks for (functions are not in it). */
const nonFunctionPolicies = (compiled: CompiledStorage) =>
  compiled.policies.filter((p) => !p.role.startsWith('function:'));
/**
 * What the policies grant and deny, as sets: IAM does not care about statement order, which
 * follows rule order (and the order of rules that one path gets from two entries is not in the
 * file). Rule references are left out: they point into each design's own path list.
 */
const statementMeaning = (compiled: CompiledStorage) =>
  nonFunctionPolicies(compiled)
    .map((p) => ({
      role: p.role,
      statements: p.statements
        .map((s) =>
          JSON.stringify([
            s.effect,
            s.action,
            s.prefixes.map((x) => [x.prefix, x.parent ?? null]).sort(),
          ]),
        )
        .sort(),
    }))
    .sort((a, b) => a.role.localeCompare(b.role));

function roundTrip(design: Design, placements: BucketPlacement[]): void {
  const text = renderOutputsJson(compileDesign(design), placements);
  const imported = importOutputsJson(text);
  expect(imported.problems, text).toEqual([]);
  const back = imported.design!;
  expect(
    validateDesign(back).filter((f) => f.severity === 'error'),
    text,
  ).toEqual([]);
  expect(back.storages.map((s) => s.name)).toEqual(design.storages.map((s) => s.name));
  expect(imported.placements).toEqual(placements);
  if (design.storages.length > 1)
    expect(defaultStorageIndex(back)).toBe(defaultStorageIndex(design));
  design.storages.forEach((storage, i) => {
    const original = compileStorage(storage);
    const again = compileStorage(back.storages[i]!);
    expect(back.storages[i]!.hasAccess).toBe(storage.hasAccess);
    expect(JSON.stringify(again.outputsPaths), text).toBe(JSON.stringify(original.outputsPaths));
    for (const [prefix, access] of Object.entries(original.outputsPaths ?? {})) {
      if (Object.keys(access).length === 0)
        expect(imported.lost.join('\n')).toContain(JSON.stringify(prefix));
    }
    // A rule that grants nothing (allow.groups([]), an empty action list) makes the file ambiguous
    // about function rules beside it, which decide whether the path is a subpath for IAM (lost says so).
    const grantsNothing = storage.paths.some((p) =>
      p.rules.some(
        (r) =>
          expandActions(r.actions).length === 0 ||
          (r.principal.kind === 'groups' && r.principal.groups.length === 0),
      ),
    );
    if (!grantsNothing) expect(statementMeaning(again), text).toEqual(statementMeaning(original));
  });
}

/** Distinct bucket names, so the default bucket at the top names one storage. */
const placementsFor = (design: Design): BucketPlacement[] =>
  design.storages.map((_, i) => ({
    bucketName: `bucket-${i}`,
    region: i % 2 ? 'eu-west-1' : 'us-east-1',
  }));

describe('amplify_outputs.json round trip', () => {
  it('every valid template', () => {
    for (const { design } of validTemplates()) roundTrip(design, placementsFor(design));
  });

  it('thousands of random valid designs: same paths, default bucket and non-function policies', () => {
    fc.assert(
      fc.property(validDesignArb, (design) => roundTrip(design, placementsFor(design))),
      { numRuns: 2000 },
    );
  });
});
