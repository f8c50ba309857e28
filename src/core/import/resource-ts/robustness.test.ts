/** The importer never throws and never hangs, whatever it is given. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IMPORT_PROBLEM_CODES, importResourceTs, MAX_SOURCE_BYTES, type ResourceTsImport } from '.';

const VALID = `import { defineStorage, defineFunction } from '@aws-amplify/backend';
const fn = defineFunction({ name: 'fn' });
export const storage = defineStorage({
  name: 'files',
  isDefault: true,
  triggers: { onUpload: fn, onDelete: defineFunction({ entry: './on-delete.ts' }) },
  access: (allow) => ({
    'media/*': [allow.guest.to(['read']), allow.groups(['admin']).to(['read', 'write'])],
    [\`media/{entity_id}/*\`]: [allow.entity('identity').to(['read', 'write', 'delete'])],
    "fns/*": [allow.resource(fn).to(['get'])],
  }),
});
`;

/** Every location lies inside the source and runs forwards. */
function expectSane(result: ResourceTsImport, source: string) {
  const lines = source.split(/\r\n|[\r\n\u2028\u2029]/).length;
  for (const { loc, code, severity, message } of result.problems) {
    expect(Object.keys(IMPORT_PROBLEM_CODES)).toContain(code);
    expect(['error', 'warning']).toContain(severity);
    expect(message.length).toBeGreaterThan(0);
    expect(loc.line).toBeGreaterThanOrEqual(1);
    expect(loc.column).toBeGreaterThanOrEqual(1);
    expect(loc.endLine).toBeLessThanOrEqual(Math.max(1, lines));
    expect(
      loc.endLine > loc.line || (loc.endLine === loc.line && loc.endColumn >= loc.column),
    ).toBe(true);
  }
  expect(result.locations.storages.length).toBe(result.design?.storages.length ?? 0);
  result.design?.storages.forEach((storage, i) => {
    expect(result.locations.storages[i]?.paths.length).toBe(storage.paths.length);
    storage.paths.forEach((path, j) =>
      expect(result.locations.storages[i]?.paths[j]?.rules.length).toBe(path.rules.length),
    );
  });
  if (result.design === null)
    expect(result.problems.some((p) => p.severity === 'error')).toBe(true);
}

describe('size', () => {
  it('refuses a source over 1 MiB with a clear error at 1:1', () => {
    const result = importResourceTs(`${VALID}//${'x'.repeat(MAX_SOURCE_BYTES)}`);
    expect(result.design).toBeNull();
    expect(result.problems).toEqual([
      expect.objectContaining({
        code: 'source-too-large',
        severity: 'error',
        loc: { line: 1, column: 1, endLine: 1, endColumn: 1 },
      }),
    ]);
    expect(result.problems[0]?.message).toMatch(/over the 1 MiB limit/);
  });

  it('counts bytes as a file would (UTF-8), not characters', () => {
    const padding = 'é'.repeat(MAX_SOURCE_BYTES / 2); // half a million characters, one MiB of UTF-8
    expect(importResourceTs(`${VALID}//${padding}`).problems.map((p) => p.code)).toEqual([
      'source-too-large',
    ]);
  });

  it('reads a source just under the limit', () => {
    const source = `${VALID}//${'x'.repeat(MAX_SOURCE_BYTES - VALID.length - 2)}`;
    const result = importResourceTs(source);
    expect(result.problems).toEqual([]);
    expect(result.design?.storages).toHaveLength(1);
  });
});

describe('nesting', () => {
  const inRule = (expression: string) =>
    `export const s = defineStorage({ name: 'a', access: (allow) => ({ 'a/*': [${expression}] }) });`;

  it.each([
    ['arrays', (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`],
    ['parentheses', (n: number) => `${'('.repeat(n)}allow.guest${')'.repeat(n)}.to(['read'])`],
    ['objects', (n: number) => `${'{ a: '.repeat(n)}1${' }'.repeat(n)}`],
    ['as const', (n: number) => `allow.guest.to(['read'])${' as const'.repeat(n)}`],
    ['non-null', (n: number) => `allow.guest${'!'.repeat(n)}.to(['read'])`],
    ['member chain', (n: number) => `allow${'.guest'.repeat(n)}.to(['read'])`],
    ['unclosed', (n: number) => '[('.repeat(n)],
  ])('%s, 10 to 100 000 deep: no throw, a result', (_kind, build) => {
    for (const depth of [10, 1_000, 100_000]) {
      const source = inRule(build(depth));
      const result = importResourceTs(source);
      expectSane(result, source);
    }
  });

  it('reports too-deeply-nested when the parser runs out of stack', () => {
    const result = importResourceTs(inRule(`${'['.repeat(100_000)}${']'.repeat(100_000)}`));
    expect(result.design).toBeNull();
    expect(result.problems.map((p) => p.code)).toEqual(['too-deeply-nested']);
  });

  it('reads a long chain of type wrappers the parser accepts', () => {
    const result = importResourceTs(inRule(`allow.guest${'!'.repeat(100_000)}.to(['read'])`));
    expect(result.problems).toEqual([]);
    expect(result.design?.storages[0]?.paths[0]?.rules).toEqual([
      { principal: { kind: 'guest' }, actions: ['read'] },
    ]);
  });
});

describe('width', () => {
  const inRule = (items: string) =>
    `export const s = defineStorage({ name: 'a', access: (allow) => ({ 'a/*': [${items}] }) });`;

  it('reads hundreds of thousands of items without overflowing', () => {
    const source = inRule(`allow.guest.to([${"'read',".repeat(120_000)}])`);
    const result = importResourceTs(source);
    expect(result.problems).toEqual([]);
    expect(result.design?.storages[0]?.paths[0]?.rules[0]?.actions).toHaveLength(120_000);
  });

  it('lists at most 1000 problems, then says there are more', () => {
    const source = inRule('1,'.repeat(300_000));
    const result = importResourceTs(source);
    expect(result.problems).toHaveLength(1001);
    expect(result.problems.filter((p) => p.code === 'too-many-problems')).toHaveLength(1);
    // Reported where the 1001st `1` is.
    const column = source.indexOf('1,') + 1 + 2 * 1000;
    expect(result.problems[1000]).toMatchObject({
      code: 'too-many-problems',
      loc: { line: 1, column, endColumn: column + 1 },
    });
  });
});

describe('never throws', () => {
  it('reports a non-string argument as an internal error', () => {
    const result = importResourceTs(42 as unknown as string);
    expect(result.design).toBeNull();
    expect(result.problems.map((p) => p.code)).toEqual(['internal-error']);
  });

  it('locates an error whose parser index is NaN by its line and column (found by the property below)', () => {
    // Babel reports `index: NaN` for a NUL right after `arguments`; line 2, column 10 is right.
    const source = 'const a = 1;\narguments\u0000';
    const result = importResourceTs(source);
    expectSane(result, source);
    expect(result.problems[0]).toMatchObject({
      code: 'syntax-error',
      loc: { line: 2, column: 10, endLine: 2, endColumn: 11 },
    });
  });

  it('on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (source) => {
        expectSane(importResourceTs(source), source);
      }),
      { numRuns: 300 },
    );
  });

  it('on a valid file with characters deleted, inserted or replaced', () => {
    const edit = fc.tuple(
      fc.nat(VALID.length),
      fc.nat(8),
      fc.string({ maxLength: 4, unit: fc.constantFrom(...'{}[]()\'"`,.:;!$ \nallowto') }),
    );
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        let source = VALID;
        for (const [at, remove, insert] of edits)
          source = source.slice(0, at) + insert + source.slice(at + remove);
        expectSane(importResourceTs(source), source);
      }),
      { numRuns: 500 },
    );
  });

  it('the unedited file imports cleanly', () => {
    const result = importResourceTs(VALID);
    expect(result.problems).toEqual([]);
    expect(result.design).toEqual({
      storages: [
        {
          name: 'files',
          exportName: 'storage',
          isDefault: true,
          triggers: { onUpload: 'fn', onDelete: 'onDelete' },
          hasAccess: true,
          paths: [
            {
              path: 'media/*',
              rules: [
                { principal: { kind: 'guest' }, actions: ['read'] },
                { principal: { kind: 'groups', groups: ['admin'] }, actions: ['read', 'write'] },
              ],
            },
            {
              path: 'media/{entity_id}/*',
              rules: [
                {
                  principal: { kind: 'entity', entity: 'identity' },
                  actions: ['read', 'write', 'delete'],
                },
              ],
            },
            {
              path: 'fns/*',
              rules: [{ principal: { kind: 'resource', fn: 'fn' }, actions: ['get'] }],
            },
          ],
        },
      ],
      groups: ['admin'],
      functions: ['fn', 'onDelete'],
      // `fn` is a const of this file bound to defineFunction: a file written afresh defines it
      // again rather than importing it from a module that does not exist.
      functionOrigins: {
        fn: { kind: 'inline', name: 'fn' },
        onDelete: { kind: 'inline', entry: './on-delete.ts' },
      },
    });
  });
});
