/**
 * The importers' fast path (a resource.ts or backend.ts in plain JavaScript read by meriyah, see
 * parse-plain-js.ts) must give exactly what babel alone gives: the same design, the same
 * problems worded and located the same, the same locations and spans. Held over the fuzz suite's
 * real sources, resource.ts rendered from random designs, their mutations, and the places where
 * TypeScript and JavaScript read the same text differently.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { renderResourceTs } from '../../src/core';
import * as fast from '../../src/core/import';
import * as fastBackend from '../../src/core/import/backend-ts';
import { parsePlainJs } from '../../src/core/import/resource-ts/parse-plain-js';
import { designArb } from '../exports/designs';
import { fuzzSuite, noThrow, runs } from './harness';
import { mutatedArb } from './mutate';
import { RESOURCE_TS_SEEDS } from './seeds';

fuzzSuite();

// The same importers with the fast path turned off: babel reads every source.
vi.resetModules();
vi.doMock('../../src/core/import/resource-ts/parse-plain-js', () => ({
  parsePlainJs: () => undefined,
}));
const babelOnly = await import('../../src/core/import');
const babelOnlyBackend = await import('../../src/core/import/backend-ts');
vi.doUnmock('../../src/core/import/resource-ts/parse-plain-js');

const FIXTURES = new URL('../../src/core/import/backend-ts/fixtures/', import.meta.url);
const BACKEND_SEEDS = readdirSync(FIXTURES).map((name) =>
  readFileSync(new URL(name, FIXTURES), 'utf8'),
);

function sameResourceImport(source: string): void {
  const expected = babelOnly.importResourceTs(source);
  expect(noThrow(source, () => fast.importResourceTs(source))).toEqual(expected);
  expect(fast.importResourceTsDesign(source)).toEqual(babelOnly.importResourceTsDesign(source));
}

function sameBackendImport(source: string): void {
  expect(noThrow(source, () => fastBackend.importBackendTs(source))).toEqual(
    babelOnlyBackend.importBackendTs(source),
  );
}

/** Sources the fast path takes: a test that never takes it would prove nothing. */
const taken = (sources: readonly string[]) => sources.filter((s) => parsePlainJs(s)).length;

describe('the plain-JavaScript fast path gives what babel gives', () => {
  it('takes the fast path for most real sources and every rendered design', () => {
    expect(taken(RESOURCE_TS_SEEDS)).toBeGreaterThan(RESOURCE_TS_SEEDS.length / 2);
    fc.assert(
      fc.property(designArb, (design) => parsePlainJs(renderResourceTs(design)) !== undefined),
      { numRuns: runs(50) },
    );
  });

  it('every resource.ts seed', () => {
    for (const seed of RESOURCE_TS_SEEDS) sameResourceImport(seed);
  });

  it('resource.ts rendered from random designs', () => {
    fc.assert(
      fc.property(designArb, (design) => sameResourceImport(renderResourceTs(design))),
      { numRuns: runs(100) },
    );
  });

  it('mutated resource.ts sources', () => {
    const seedArb = fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...RESOURCE_TS_SEEDS) },
      { weight: 1, arbitrary: designArb.map(renderResourceTs) },
    );
    fc.assert(fc.property(mutatedArb(seedArb), sameResourceImport), { numRuns: runs(600) });
  });

  it('backend.ts: the guide examples and their mutations', () => {
    for (const seed of BACKEND_SEEDS) sameBackendImport(seed);
    fc.assert(fc.property(mutatedArb(fc.constantFrom(...BACKEND_SEEDS)), sameBackendImport), {
      numRuns: runs(200),
    });
  });

  const storage = (access: string, before = '') =>
    `import { defineStorage } from '@aws-amplify/backend';\n${before}\nexport const storage = defineStorage({\n  name: 'files',\n  access: ${access},\n});\n`;
  const RULES = "(allow) => ({ 'media/*': [allow.guest.to(['read'])] })";

  it.each([
    [
      'a type argument, which JavaScript reads as two comparisons',
      storage(RULES).replace('defineStorage(', 'defineStorage<Options>('),
    ],
    [
      'a generic rule call',
      storage("(allow) => ({ 'media/*': [allow.groups<string>(['admin']).to(['read'])] })"),
    ],
    ['a comparison', storage(RULES, 'const big = 1 < 2;')],
    ['a directive', `'use strict';\n${storage(RULES)}`],
    ['a name declared twice', storage(RULES, 'const a = 1;\nconst a = 2;')],
    ['an export of an undeclared name', `${storage(RULES)}export { missing };\n`],
    ['`as const`', storage(`${RULES} as const`)],
    ['a satisfies', storage(RULES).replace('});\n', '} satisfies object);\n')],
    ['a non-null assertion', storage(RULES, 'const x = y!;')],
    ['a type annotation', storage(RULES, 'const n: string = "a";')],
    ['a type-only import', `import type { Foo } from './foo';\n${storage(RULES)}`],
    ['a class', storage(RULES, 'class A { m() { return defineStorage({ name: "x" }); } }')],
    ['an optional chain', storage(RULES, 'const o = a?.b;')],
    ['a regular expression', storage(RULES, 'const r = /a+/g;')],
    ['a BigInt', storage(RULES, 'const b = 10n;')],
    ['import attributes', `import data from './d.json' with { type: 'json' };\n${storage(RULES)}`],
    ['a getter and a method', storage("(allow) => ({ get 'a/*'() { return []; }, m() {} })")],
    ['a shorthand property', storage('(allow) => ({ rules })', 'const rules = [];')],
    ['a conditional with an arrow', storage(RULES, 'const f = c ? (x) : (y) => y;')],
    [
      'a block-bodied access callback',
      storage("(allow) => { return { 'a/*': [allow.guest.to(['read'])] }; }"),
    ],
    ['a hashbang', `#!/usr/bin/env node\n${storage(RULES)}`],
    ['an HTML comment', `${storage(RULES)}<!-- x -->\n`],
    [
      'numbers, null and booleans as values',
      storage(RULES).replace("name: 'files'", 'name: 1, versioned: null, isDefault: true'),
    ],
  ])('%s', (_what, source) => sameResourceImport(source));
});
