/**
 * The existing-bucket backend.ts means what the other exports say: addOutput carries exactly the
 * storage's amplify_outputs.json entry (same paths, same key order), every role with a policy in
 * the IAM export gets one inline policy whose statements, built by CDK from the generated
 * PolicyStatement props, equal the IAM export's statement for statement, and functions with
 * access get the bucket name as Amplify names it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compileDesign,
  bucketPlacements,
  compileStorage,
  defaultStorageIndex,
  iamExport,
  renderBackendTs,
  storageOutputs,
  type Design,
} from '../../src/core';
import { readBackendTs } from './backend-eval';
import { designArb, validTemplates } from './designs';

function expectSameMeaning(
  design: Design,
  storageIndex: number,
  bucketName: string,
  region: string,
): void {
  const source = renderBackendTs(compileDesign(design), { bucketName, region, storageIndex });
  const read = readBackendTs(source);
  const storage = design.storages[storageIndex]!;
  const compiled = compileStorage(storage);

  // addOutput: this storage as the (only, default) bucket, with the paths Amplify would write.
  const placements = bucketPlacements(
    { ...design, storages: [storage] },
    { [storage.name]: { bucketName, region } },
  );
  const expected = storageOutputs({ ...design, storages: [storage] }, [compiled], placements);
  expect(JSON.stringify(read.output), source).toBe(JSON.stringify({ storage: expected }));

  // Policies: one per role, statements exactly as the IAM export writes them.
  const iam = iamExport(compiled, bucketName);
  const expectedPolicies = new Map<string, unknown>([
    ...(iam.guest ? [['guest', iam.guest.Statement] as const] : []),
    ...(iam.authenticated ? [['authenticated', iam.authenticated.Statement] as const] : []),
    ...Object.entries(iam.groups).map(([g, doc]) => [`group:${g}`, doc.Statement] as const),
    ...Object.entries(iam.functions).map(([f, doc]) => [`function:${f}`, doc.Statement] as const),
  ]);
  expect(new Set(read.policies.keys()), source).toEqual(new Set(expectedPolicies.keys()));
  for (const [role, statements] of expectedPolicies)
    expect(read.policies.get(role)!.statements, `${role}\n${source}`).toEqual(statements);
  expect(new Set([...read.policies.values()].map((p) => p.id)).size).toBe(read.policies.size);

  // Functions with access get <storage>_BUCKET_NAME, when that is a valid variable name.
  const withAccess = Object.keys(iam.functions);
  const key = `${storage.name}_BUCKET_NAME`;
  const expectedEnv = /^[A-Za-z][A-Za-z0-9_]*$/.test(key)
    ? withAccess.map((f) => [f, [key, bucketName]])
    : [];
  expect([...read.environment], source).toEqual(expectedEnv);
}

describe('renderBackendTs (existing bucket)', () => {
  it('templates: every storage', () => {
    for (const { design } of validTemplates()) {
      design.storages.forEach((_, i) =>
        expectSameMeaning(design, i, 'my-existing-bucket', 'eu-west-1'),
      );
    }
  });

  it('random designs, valid or not, every storage', () => {
    fc.assert(
      fc.property(designArb, fc.constantFrom('my-bucket', 'b.c-d'), (design, bucket) => {
        design.storages.forEach((_, i) => expectSameMeaning(design, i, bucket, 'ap-south-1'));
      }),
      { numRuns: 1000 },
    );
  });

  it('picks the default storage when no index is given', () => {
    fc.assert(
      fc.property(designArb, (design) => {
        const index = defaultStorageIndex(design) ?? 0;
        const options = { bucketName: 'my-bucket', region: 'eu-west-1' };
        expect(renderBackendTs(compileDesign(design), options)).toBe(
          renderBackendTs(compileDesign(design), { ...options, storageIndex: index }),
        );
      }),
      { numRuns: 100 },
    );
  });

  it('writes the owner variable so that it stays text: plain in paths and conditions, escaped in template literals', () => {
    const design = validTemplates().find((t) => t.name === 'gen1')!.design;
    const source = renderBackendTs(compileDesign(design), { bucketName: 'b', region: 'eu-west-1' });
    expect(source).toContain(`'private/\${cognito-identity.amazonaws.com:sub}/*': {`);
    expect(source).toContain(
      '`${customBucket.bucketArn}/private/\\${cognito-identity.amazonaws.com:sub}/*`',
    );
    expect(source).not.toContain('@ts-expect-error');
  });

  it('rejects a storage index that does not exist', () => {
    const design = validTemplates()[0]!.design;
    expect(() =>
      renderBackendTs(compileDesign(design), { bucketName: 'b', region: 'r', storageIndex: 5 }),
    ).toThrow(RangeError);
  });
});
