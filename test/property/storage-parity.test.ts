/**
 * Storage-level rules against Amplify's real code: the resource-name validator and the
 * one-default-among-several check (StorageOutputsAspect on real AmplifyStorage constructs).
 */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { defaultStorageIndex, validateDesign, type Design } from '../../src/core';
import {
  runAmplifyDefaultStorageCheck,
  runAmplifyResourceNameValidator,
} from '../reference/amplify-reference';

const nameArb = fc.oneof(
  fc.constantFrom(
    'myProjectFiles',
    'files',
    'a',
    'my files',
    'my-files_2',
    '1files',
    '-x',
    'ünï',
    'a.b',
    '',
    ' a',
    'a$',
  ),
  fc.string({ maxLength: 8 }),
);

const designWith = (storages: { name: string; isDefault?: boolean }[]): Design => ({
  storages: storages.map((s) => ({ ...s, hasAccess: false, paths: [] })),
  groups: [],
  functions: [],
});

test("storage names: the core rejects exactly what Amplify's resource-name validator rejects", () => {
  fc.assert(
    fc.property(nameArb, (name) => {
      const amplify = runAmplifyResourceNameValidator(name);
      const core = validateDesign(designWith([{ name }])).some(
        (f) => f.code === 'storage-name-invalid',
      );
      expect(core, JSON.stringify(name)).toBe(!amplify.ok);
    }),
    { numRuns: 500 },
  );
});

test('several storages: the same default, or the same error, as Amplify', () => {
  const storagesArb = fc.uniqueArray(
    fc.record({
      name: fc.constantFrom('alpha', 'beta', 'gamma', 'delta'),
      isDefault: fc.option(fc.boolean(), { nil: undefined }),
    }),
    { minLength: 1, maxLength: 4, selector: (s) => s.name },
  );
  fc.assert(
    fc.property(storagesArb, (storages) => {
      const amplify = runAmplifyDefaultStorageCheck(storages);
      const design = designWith(storages);
      const codes = validateDesign(design).map((f) => f.code);
      const coreError =
        codes.includes('storage-multiple-default') || codes.includes('storage-no-default');
      expect(coreError, JSON.stringify(storages)).toBe(!amplify.ok);
      if (amplify.ok)
        expect(design.storages[defaultStorageIndex(design)!]!.name).toBe(amplify.defaultName);
    }),
    { numRuns: 150 },
  );
});
