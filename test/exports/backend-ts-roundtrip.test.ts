/**
 * backend.ts round trip: what renderBackendTs writes for an existing bucket, read back with
 * importBackendTs, has no problem, stands for a design that compiles to the same `paths` and the
 * same guest/authenticated/group policies, gives the same server matrix (its inline policies
 * decided by the IAM engine, functions included) as the design, and its `paths` and policies
 * differ only where Amplify's own storage does (group members offered what `authenticated` has).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  accessMatrix,
  accessModel,
  compileDesign,
  compileStorage,
  expandActions,
  matrixPeople,
  namesUsed,
  renderBackendTs,
  type CompiledStorage,
  type Design,
} from '../../src/core';
import { backendTsViews, designViews } from '../../src/core/client-view';
import { designFromBackendTs, importBackendTs } from '../../src/core/import/backend-ts';
import { validDesignArb, validTemplates } from './designs';

const meaning = (compiled: CompiledStorage) =>
  compiled.policies
    .filter((p) => !p.role.startsWith('function:'))
    .map((p) => ({
      role: p.role,
      statements: p.statements
        .map((s) => JSON.stringify([s.effect, s.action, s.prefixes.map((x) => x.prefix).sort()]))
        .sort(),
    }))
    .sort((a, b) => a.role.localeCompare(b.role));

const cells = (m: ReturnType<typeof accessMatrix>) =>
  m.rows.map((r) => [
    r.path,
    Object.fromEntries(Object.entries(r.cells).map(([p, c]) => [p, c!.allowed])),
  ]);

const differenceKeys = (list: readonly { code: string; person?: string; prefix?: string }[]) =>
  list.map((d) => `${d.code} ${d.person ?? ''} ${d.prefix ?? ''}`).sort();

function roundTrip(design: Design, storageIndex: number): void {
  const source = renderBackendTs(compileDesign(design), {
    bucketName: 'my-bucket.1',
    region: 'eu-west-1',
    storageIndex,
  });
  const imported = importBackendTs(source);
  expect(imported.problems, source).toEqual([]);
  const storage = design.storages[storageIndex]!;
  const original = compileStorage(storage);

  // The same design, as far as `paths` and the role policies say.
  const back = designFromBackendTs(imported);
  expect(back.problems, source).toEqual([]);
  const again = compileStorage(back.design!.storages[0]!);
  expect(back.design!.storages[0]!.name).toBe(storage.name);
  expect(back.design!.storages[0]!.hasAccess).toBe(storage.hasAccess);
  expect(JSON.stringify(again.outputsPaths), source).toBe(JSON.stringify(original.outputsPaths));
  const grantsNothing = storage.paths.some((p) =>
    p.rules.some(
      (r) =>
        expandActions(r.actions).length === 0 ||
        (r.principal.kind === 'groups' && r.principal.groups.length === 0),
    ),
  );
  if (!grantsNothing) expect(meaning(again), source).toEqual(meaning(original));

  // The same server matrix: the imported policies, decided by the engine, on the design's paths.
  const [views] = backendTsViews(imported);
  const people = matrixPeople(design, storage);
  const expected = accessMatrix(design, accessModel(storage), { people });
  const got = accessMatrix(
    design,
    { storage, compiled: views!.model.compiled, index: views!.model.index },
    { people },
  );
  expect(cells(got), source).toEqual(cells(expected));

  // `paths` and policies disagree only where Amplify's own storage does (for the groups the file
  // knows: a declared group no rule names is in auth/resource.ts, not in backend.ts).
  const named = new Set(namesUsed({ ...design, storages: [storage] }).groups);
  const known = { ...design, groups: design.groups.filter((g) => named.has(g)) };
  expect(differenceKeys(views!.differences), source).toEqual(
    differenceKeys(designViews(known, storageIndex).differences),
  );
}

describe('backend.ts round trip', () => {
  it('every valid template', () => {
    for (const { design } of validTemplates())
      design.storages.forEach((_, i) => roundTrip(design, i));
  });

  it('1,000 random valid designs (awkward group, function and storage names)', () => {
    fc.assert(
      fc.property(validDesignArb, fc.nat(), (design, n) =>
        roundTrip(design, n % design.storages.length),
      ),
      { numRuns: 1000 },
    );
  });
});
