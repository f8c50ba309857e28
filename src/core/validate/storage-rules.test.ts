/**
 * Storage-level findings (spec §2 rule 9, resource names, trigger functions) and the names of
 * groups and functions, checked against storage_outputs_aspect.js and Amplify's resource-name rule
 * /^[a-zA-Z][a-zA-Z0-9-_ ]*$/. Also checks that the four validate test files together cover the
 * whole finding catalog.
 */
import { afterAll, describe, expect, it } from 'vitest';
import {
  allow,
  applyEdits,
  designFromAccess,
  FINDINGS,
  RESOURCE_NAME,
  validateDesign,
  type Design,
  type Finding,
  type FindingCode,
  type Storage,
} from '..';

const CODES = [
  'storage-name-invalid',
  'storage-name-duplicate',
  'storage-multiple-default',
  'storage-no-default',
  'storage-undeclared-trigger-function',
  'function-name-invalid',
  'group-name-invalid',
  'function-entry-name-invalid',
  'storage-bucket-variable-clash',
] as const satisfies readonly FindingCode[];
const isStorageFamily = (c: string) =>
  c.startsWith('storage-') || c.startsWith('function-') || c.startsWith('group-');

const produced = new Set<FindingCode>();
const cleared = new Set<FindingCode>();

const storage = (name: string, extra: Partial<Storage> = {}): Storage => ({
  name,
  hasAccess: true,
  paths: [{ path: 'media/*', rules: [allow.guest.to(['read'])] }],
  ...extra,
});
const design = (
  storages: Storage[],
  names: { groups?: string[]; functions?: string[] } = {},
): Design => ({
  storages,
  groups: names.groups ?? [],
  functions: names.functions ?? [],
});

const findings = (d: Design, code: FindingCode): Finding[] =>
  validateDesign(d).filter((f) => f.code === code);

function expectFinding(
  d: Design,
  code: FindingCode,
  target: { storageIndex?: number; name?: string },
): Finding {
  const found = findings(d, code);
  expect(found.length, code).toBe(1);
  const f = found[0]!;
  expect(f.severity).toBe(FINDINGS[code].severity);
  expect(f.severity).toBe('error');
  if ('storageIndex' in target) expect(f.storageIndex).toBe(target.storageIndex);
  if (target.name !== undefined) {
    expect(f.name).toBe(target.name);
    expect(f.message).toContain(target.name);
  }
  expect(f.pathIndex).toBeUndefined();
  produced.add(code);
  return f;
}

function expectNo(d: Design, code: FindingCode): void {
  expect(findings(d, code)).toEqual([]);
  cleared.add(code);
}

function expectFixRemoves(d: Design, f: Finding): Design {
  expect(f.fix, `${f.code} offers a fix`).toBeDefined();
  const after = applyEdits(d, f.fix!.edits);
  expect(findings(after, f.code)).toEqual([]);
  return after;
}

afterAll(() => {
  expect([...CODES].sort()).toEqual(Object.keys(FINDINGS).filter(isStorageFamily).sort());
  for (const code of CODES) {
    expect(produced.has(code), `${code} produced by some case`).toBe(true);
    expect(cleared.has(code), `${code} absent from a close valid case`).toBe(true);
  }
});

describe('the catalog', () => {
  it('is covered by the four validate test files: path-*, rule-*, storage/function/group-*, warn-* + role-empty-policy', () => {
    const families = [
      (c: string) => c.startsWith('path-'),
      (c: string) => c.startsWith('rule-'),
      isStorageFamily,
      (c: string) => c.startsWith('warn-') || c === 'role-empty-policy',
    ];
    for (const code of Object.keys(FINDINGS)) {
      expect(
        families.filter((inFamily) => inFamily(code)).length,
        `${code} belongs to exactly one test file`,
      ).toBe(1);
    }
  });
  it('warn-* codes are warnings or notes (Amplify accepts them); every other code is an error', () => {
    for (const [code, { severity }] of Object.entries(FINDINGS)) {
      if (code.startsWith('warn-')) expect(['warning', 'note']).toContain(severity);
      else expect(severity).toBe('error');
    }
  });
});

describe('resource names (InvalidResourceNameError)', () => {
  it.each(['1files', 'my.files', 'files!', '', ' files', '_files'])(
    '%j is not a valid storage name; the fix renames it',
    (name) => {
      const d = design([storage(name)]);
      const f = expectFinding(d, 'storage-name-invalid', { storageIndex: 0 });
      expect(f.message).toContain(JSON.stringify(name));
      const after = expectFixRemoves(d, f);
      expect(RESOURCE_NAME.test(after.storages[0]!.name)).toBe(true);
    },
  );
  it.each(['myProjectFiles', 'my files-2_x', 'A'])('%j is valid', (name) => {
    expectNo(design([storage(name)]), 'storage-name-invalid');
  });
  it('two storages with one name clash, reported on the second', () => {
    const d = design([storage('files', { isDefault: true }), storage('other'), storage('files')]);
    expectFinding(d, 'storage-name-duplicate', { storageIndex: 2 });
  });
  it('distinct names are fine', () => {
    expectNo(
      design([storage('files', { isDefault: true }), storage('Files')]),
      'storage-name-duplicate',
    );
  });
});

describe('default storage (rule 9)', () => {
  it('two isDefault storages: MultipleDefaultStorageError; the fix keeps the first', () => {
    const d = design([
      storage('a', { isDefault: true }),
      storage('b'),
      storage('c', { isDefault: true }),
    ]);
    const f = expectFinding(d, 'storage-multiple-default', { storageIndex: 2 });
    const after = expectFixRemoves(d, f);
    expect(after.storages.map((s) => s.isDefault === true)).toEqual([true, false, false]);
    expect(findings(after, 'storage-no-default')).toEqual([]);
  });
  it('several storages and none default: NoDefaultStorageError; the fix makes the first the default', () => {
    const d = design([storage('a'), storage('b')]);
    const f = expectFinding(d, 'storage-no-default', {});
    const after = expectFixRemoves(d, f);
    expect(after.storages.map((s) => s.isDefault === true)).toEqual([true, false]);
    expect(validateDesign(after).filter((g) => g.severity === 'error')).toEqual([]);
  });
  it('exactly one default among several is fine', () => {
    const d = design([storage('a'), storage('b', { isDefault: true })]);
    expectNo(d, 'storage-multiple-default');
    expectNo(d, 'storage-no-default');
  });
  it('a single storage needs no isDefault', () => {
    expectNo(design([storage('a')]), 'storage-no-default');
    expectNo(design([storage('a', { isDefault: true })]), 'storage-multiple-default');
  });
});

describe('trigger functions', () => {
  it('a trigger naming an undeclared function is flagged; the fix declares it', () => {
    const d = design([storage('files', { triggers: { onUpload: 'resize' } })], {
      functions: ['other'],
    });
    const f = expectFinding(d, 'storage-undeclared-trigger-function', {
      storageIndex: 0,
      name: 'resize',
    });
    const after = expectFixRemoves(d, f);
    expect(after.functions).toEqual(['other', 'resize']);
  });
  it('declared trigger functions are fine', () => {
    expectNo(
      design([storage('files', { triggers: { onUpload: 'resize', onDelete: 'cleanup' } })], {
        functions: ['resize', 'cleanup'],
      }),
      'storage-undeclared-trigger-function',
    );
  });
});

describe('group and function names', () => {
  it('a function name that is not an identifier cannot be imported in resource.ts', () => {
    expectFinding(design([storage('files')], { functions: ['my-fn'] }), 'function-name-invalid', {
      name: 'my-fn',
    });
    expectFinding(
      designFromAccess({ 'media/*': [allow.resource('class').to(['read'])] }),
      'function-name-invalid',
      { name: 'class' },
    );
  });
  it('identifiers are fine', () => {
    expectNo(
      design([storage('files')], { functions: ['myFn', '_fn2', '$x'] }),
      'function-name-invalid',
    );
  });
  it('a group name with a space (or empty) is not a Cognito group name', () => {
    expectFinding(design([storage('files')], { groups: ['my admins'] }), 'group-name-invalid', {
      name: 'my admins',
    });
    expectFinding(
      designFromAccess({ 'media/*': [allow.groups(['']).to(['read'])] }),
      'group-name-invalid',
      { name: '' },
    );
  });
  it('ordinary group names are fine', () => {
    expectNo(
      design([storage('files')], { groups: ['admin', 'auditors-EU', 'übergruppe', 'a.b_c'] }),
      'group-name-invalid',
    );
  });
});

describe('functions as storages use them (function-rules.ts)', () => {
  it('two storages with access whose names give one bucket-name variable clash', () => {
    const d = design([storage('myFiles', { isDefault: true }), storage('my-files')]);
    const f = expectFinding(d, 'storage-bucket-variable-clash', { storageIndex: 1 });
    expect(f.message).toContain('MY_FILES_BUCKET_NAME');
    expectNo(
      design([storage('myFiles', { isDefault: true }), storage('my-files', { hasAccess: false })]),
      'storage-bucket-variable-clash',
    );
    expectNo(
      design([storage('myFiles', { isDefault: true }), storage('my-files-2')]),
      'storage-bucket-variable-clash',
    );
  });
  it("an inline function named after an entry file Amplify's name check refuses", () => {
    const inline = (entry: string): Design => ({
      ...design([storage('files', { triggers: { onUpload: 'fn' } })], { functions: ['fn'] }),
      functionOrigins: { fn: { kind: 'inline', entry } },
    });
    expectFinding(inline('./2-resize.ts'), 'function-entry-name-invalid', { name: 'fn' });
    expectFinding(inline('./on.upload.handler.ts'), 'function-entry-name-invalid', { name: 'fn' });
    expectNo(inline('./on-upload-handler.ts'), 'function-entry-name-invalid');
    // An explicit name is what Amplify checks then.
    const named: Design = {
      ...inline('./2-resize.ts'),
      functionOrigins: { fn: { kind: 'inline', entry: './2-resize.ts', name: 'resize' } },
    };
    expectNo(named, 'function-entry-name-invalid');
  });
});

describe('findings are design-wide or per storage', () => {
  it('a valid two-storage design has no finding at all', () => {
    const d = design(
      [storage('files', { isDefault: true }), storage('logs', { triggers: { onDelete: 'audit' } })],
      { functions: ['audit'] },
    );
    expect(validateDesign(d)).toEqual([]);
  });
});
