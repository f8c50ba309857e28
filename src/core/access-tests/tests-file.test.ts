/**
 * The tests file: valibot and the published JSON Schema (public/access-tests.schema.json, checked
 * with ajv) accept and refuse the same files; errors say line and column.
 */
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTestsFile, serializeTestsFile } from './tests-file';
import type { AccessTest } from '../model/access-test';

const schema = JSON.parse(
  readFileSync(new URL('../../../public/access-tests.schema.json', import.meta.url), 'utf8'),
);
const ajvValidate = new Ajv({ strict: true, allowUnionTypes: true }).compile(schema);

const tests: AccessTest[] = [
  {
    who: 'guest',
    actions: ['write', 'delete'],
    where: '*',
    expect: 'deny',
    name: 'guests never write',
  },
  { who: 'owner', actions: ['read'], where: 'private/{entity_id}/*', expect: 'allow', note: 'n' },
  { who: 'function:resizer', actions: ['delete'], where: '*', except: ['thumbs/'], expect: 'deny' },
  {
    who: 'group:admin',
    identityId: 'us-east-1:a',
    actions: ['list'],
    where: 'x/',
    expect: 'allow',
    storage: 's',
  },
];

describe('tests file', () => {
  it('round trip, valid for the JSON Schema', () => {
    const text = serializeTestsFile(tests);
    expect(ajvValidate(JSON.parse(text))).toBe(true);
    const parsed = parseTestsFile(text);
    expect(parsed.ok && parsed.tests).toEqual(tests);
  });

  it('syntax errors and wrong fields are located', () => {
    expect(parseTestsFile('{\n  "version": 1,\n  "tests": [\n}')).toMatchObject({
      ok: false,
      loc: { line: 4, column: 1 },
    });
    const text = serializeTestsFile(tests).replace('"who": "owner"', '"who": "admin"');
    const line = text.split('\n').findIndex((l) => l.includes('"admin"')) + 1;
    expect(parseTestsFile(text)).toMatchObject({ ok: false, loc: { line, column: 7 } });
    const extra = serializeTestsFile(tests).replace('"note": "n"', '"notes": "n"');
    expect(parseTestsFile(extra)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/notes/),
    });
    expect(parseTestsFile('{"version": 2, "tests": []}')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/version 2/),
      loc: { line: 1, column: 2 },
    });
  });

  it('places a field of a test (for problems found when it runs)', () => {
    const text = serializeTestsFile(tests);
    const parsed = parseTestsFile(text);
    if (!parsed.ok) throw new Error(parsed.error);
    const line = text.split('\n').findIndex((l) => l.includes('"group:admin"')) + 1;
    expect(parsed.place(3, ['who'])).toEqual({ line, column: 7 });
  });

  it('valibot and the JSON Schema agree on near-valid files', () => {
    const field = fc.oneof(
      fc.string(),
      fc.constantFrom(
        'guest',
        'owner',
        'group:',
        'group:a',
        'function:f',
        'authenticated ',
        'allow',
        'deny',
        'read',
        'get',
        'fetch',
      ),
      fc.integer(),
      fc.constant(null),
    );
    const testArb = fc.record(
      {
        who: field,
        actions: fc.oneof(fc.array(field, { maxLength: 3 }), field),
        where: field,
        expect: field,
        name: field,
        identityId: field,
        except: fc.oneof(fc.array(field, { maxLength: 2 }), field),
        extra: field,
      },
      { requiredKeys: [] },
    );
    const fileArb = fc.record(
      {
        $schema: field,
        version: fc.oneof(fc.constantFrom(1, 1, 1, 2, 0, 1.5), field),
        tests: fc.oneof(fc.array(testArb, { maxLength: 3 }), field),
      },
      { requiredKeys: [] },
    );
    let valid = 0;
    fc.assert(
      fc.property(fileArb, (file) => {
        const ours = parseTestsFile(JSON.stringify(file)).ok;
        expect(ours).toBe(ajvValidate(file));
        if (ours) valid++;
      }),
      { numRuns: 2000 },
    );
    expect(valid).toBeGreaterThan(10);
  });
});
