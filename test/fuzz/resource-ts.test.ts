/**
 * Fuzzing the resource.ts importer: real sources (the docs' examples and the importer's own test
 * cases, plus resource.ts rendered from random designs) cut, spliced, unbalanced and salted with
 * odd Unicode; token soup; every kind of quoting; sources over the 1 MiB cap and just under it;
 * 100 000-deep nesting of every kind. Each case must give a design or located errors, within the
 * time budget, and any design it gives must be usable by the rest of the app.
 */
import { parse } from '@babel/parser';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderResourceTs } from '../../src/core';
import {
  importResourceTs,
  importResourceTsDesign,
  MAX_SOURCE_BYTES,
  type ResourceTsImport,
} from '../../src/core/import';
import { countingSyntaxErrors } from '../../src/core/import/resource-ts/parse-budget';
import { designArb } from '../exports/designs';
import { expectLocatedProblems, expectUsable, RESOURCE_CODES } from './checks';
import { fuzzSuite, LARGE_CASE_BUDGET_MS, noThrow, runs, timed } from './harness';
import { mutatedArb, ODD_UNICODE } from './mutate';
import { RESOURCE_TS_SEEDS } from './seeds';

fuzzSuite();

function check(source: string, suite = 'resource.ts', budgetMs?: number): ResourceTsImport {
  const result = timed(
    suite,
    source,
    () => noThrow(source, () => importResourceTs(source)),
    budgetMs,
  );
  expectLocatedProblems(result.problems, source, RESOURCE_CODES);
  expect(result.locations.storages.length).toBe(result.design?.storages.length ?? 0);
  if (result.design === null)
    expect(result.problems.some((p) => p.severity === 'error')).toBe(true);
  else noThrow(result.design, () => expectUsable(result.design!));
  // The import without locations and spans (the CLI's matrix and exports) must give the same
  // design and the same problems, located the same: no reader may decide on a location.
  expect(importResourceTsDesign(source)).toEqual({
    design: result.design,
    problems: result.problems,
  });
  return result;
}

const seedArb = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...RESOURCE_TS_SEEDS) },
  { weight: 1, arbitrary: designArb.map(renderResourceTs) },
);

describe('resource.ts fuzzing', () => {
  it('has real seeds to start from', () => {
    expect(RESOURCE_TS_SEEDS.length).toBeGreaterThan(50);
  });

  it('every seed as it is: a design or located errors, the same without locations', () => {
    for (const seed of RESOURCE_TS_SEEDS) check(seed);
  });

  it('mutated real sources: a design or located errors, never a throw or a hang', () => {
    fc.assert(
      fc.property(mutatedArb(seedArb), (source) => void check(source)),
      { numRuns: runs(800) },
    );
  });

  it('token soup and arbitrary text', () => {
    const token = fc.oneof(
      fc.constantFrom(
        'defineStorage',
        '(',
        ')',
        '{',
        '}',
        '[',
        ']',
        ',',
        ':',
        '=>',
        'allow',
        '.',
        'guest',
        'authenticated',
        'groups',
        'group',
        'entity',
        'resource',
        'to',
        "'read'",
        "'write'",
        "'a/*'",
        '`b/{entity_id}/*`',
        '"c/*"',
        'name',
        'access',
        'triggers',
        'isDefault',
        'true',
        'export',
        'const',
        'default',
        'storage',
        '=',
        'import',
        'from',
        "'@aws-amplify/backend'",
        'defineFunction',
        'as',
        'const',
        '!',
        '...',
        'return',
        ';',
        '\n',
        ' ',
        '`${x}`',
        '//',
        '/*',
        '*/',
        'satisfies',
        '<',
        '>',
        'function',
        'async',
        'new',
        '?.',
        '??',
      ),
      fc.constantFrom(...ODD_UNICODE),
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(token, { maxLength: 80 }).map((t) => t.join(' ')),
          fc.string({ unit: 'binary', maxLength: 400 }),
        ),
        (source) => void check(source),
      ),
      { numRuns: runs(600) },
    );
  });

  it('every kind of quoting reads the same design', () => {
    const clean = RESOURCE_TS_SEEDS.flatMap((source) => {
      const result = importResourceTs(source);
      return result.design && result.problems.every((p) => p.severity !== 'error')
        ? [{ source, design: result.design }]
        : [];
    });
    expect(clean.length).toBeGreaterThan(20);
    fc.assert(
      fc.property(
        fc.constantFrom(...clean),
        fc.constantFrom("'", '"', '`'),
        ({ source, design }, quote) => {
          const requoted = requote(source, quote);
          const result = check(requoted);
          expect(
            result.problems.filter((p) => p.severity === 'error'),
            requoted,
          ).toEqual([]);
          expect(result.design, requoted).toEqual(design);
        },
      ),
      { numRuns: runs(100) },
    );
  });
});

/**
 * Every string literal (and substitution-free template) rewritten with `quote`, escaped as needed.
 * A template cannot stand as a plain object key, so keys become computed (`[\`a/*\`]`) then.
 */
function requote(source: string, quote: string): string {
  const ast = parse(source, { sourceType: 'module', plugins: ['typescript'], errorRecovery: true });
  const spans: { start: number; end: number; value: string; key: boolean }[] = [];
  const stack: [unknown, boolean][] = [[ast.program, false]];
  while (stack.length > 0) {
    const [node, isKey] = stack.pop()!;
    if (Array.isArray(node)) {
      for (const item of node) stack.push([item, false]);
      continue;
    }
    if (typeof node !== 'object' || node === null) continue;
    const n = node as Record<string, unknown> & { type?: string; start: number; end: number };
    // Module specifiers keep their quotes: a template is not allowed there.
    if (n.type === 'ImportDeclaration' || n.type === 'ExportAllDeclaration') continue;
    if (n.type === 'StringLiteral')
      spans.push({ start: n.start, end: n.end, value: n.value as string, key: isKey });
    else if (n.type === 'TemplateLiteral' && (n.expressions as unknown[]).length === 0) {
      const cooked = (n.quasis as { value: { cooked: string } }[])[0]!.value.cooked;
      spans.push({ start: n.start, end: n.end, value: cooked, key: isKey });
    } else {
      const plainKey = (n.type === 'ObjectProperty' || n.type === 'ObjectMethod') && !n.computed;
      for (const [key, value] of Object.entries(n)) {
        if (key === 'source' && n.type === 'ExportNamedDeclaration') continue;
        if (key !== 'loc' && typeof value === 'object')
          stack.push([value, plainKey && key === 'key']);
      }
    }
  }
  spans.sort((a, b) => b.start - a.start);
  let out = source;
  for (const { start, end, value, key } of spans) {
    const text = literal(value, quote);
    out = out.slice(0, start) + (key && quote === '`' ? `[${text}]` : text) + out.slice(end);
  }
  return out;
}

function literal(value: string, quote: string): string {
  const body = [...value]
    .map((ch) => {
      if (ch === '\\') return '\\\\';
      if (ch === quote) return `\\${ch}`;
      if (quote === '`' && ch === '$') return '\\$';
      if (ch === '\n') return '\\n';
      if (ch === '\r') return '\\r';
      if (ch === '\u2028' || ch === '\u2029') return `\\u${ch.charCodeAt(0).toString(16)}`;
      return ch;
    })
    .join('');
  return quote + body + quote;
}

describe('the parser error budget', () => {
  it('counts SyntaxErrors made with or without `new` (minified babel drops it), then restores the global', () => {
    const Native = SyntaxError;
    const budget = { limit: 2, created: 0 };
    const made = countingSyntaxErrors(budget, () => {
      const call = (SyntaxError as unknown as (m: string) => SyntaxError)('called');
      const built = new SyntaxError('built');
      return [call, built];
    });
    expect(made.map((e) => [e instanceof Native, e.name, e.message])).toEqual([
      [true, 'SyntaxError', 'called'],
      [true, 'SyntaxError', 'built'],
    ]);
    expect(budget.created).toBe(2);
    expect(() => countingSyntaxErrors(budget, () => new SyntaxError('one too many'))).toThrow(
      /budget spent/,
    );
    expect(SyntaxError).toBe(Native);
  });
});

describe('size', () => {
  const head =
    "import { defineStorage } from '@aws-amplify/backend';\nexport const storage = defineStorage({\n  name: 'files',\n  access: (allow) => ({\n";
  const tail = '  }),\n});\n';
  const rule = (i: number) =>
    `    'p${i}/*': [allow.guest.to(['read']), allow.groups(['g${i % 7}']).to(['get'])],\n`;
  const fill = (target: number, piece: (i: number) => string) => {
    let body = '';
    for (let i = 0; ; i++) {
      const next = piece(i);
      if (head.length + body.length + next.length + tail.length > target) return head + body + tail;
      body += next;
    }
  };
  const variants: [string, (target: number) => string][] = [
    ['many paths', (n) => fill(n, rule)],
    [
      'one long comment',
      (n) => `${head}${tail}//${'x'.repeat(Math.max(0, n - head.length - tail.length - 2))}`,
    ],
    [
      'one long path',
      (n) =>
        `${head}    '${'a'.repeat(Math.max(0, n - head.length - tail.length - 40))}/*': [],\n${tail}`,
    ],
    ['many syntax errors', (n) => fill(n, () => '    ,,][)(\n')],
    ['many lines', (n) => fill(n, () => '\n')],
    ['many unclosed strings', (n) => fill(n, () => "'\n")],
    [
      'many missing commas',
      (n) =>
        fill(
          n,
          (i) => `    'p${i}/*': [allow.guest.to(['read']) allow.authenticated.to(['read'])]\n`,
        ),
    ],
    [
      'multi-byte text',
      (n) =>
        `${head}${tail}//${'日'.repeat(Math.max(0, Math.floor((n - head.length - tail.length) / 3) - 1))}`,
    ],
  ];

  it.each(variants)('%s, just under the 1 MiB cap: read within the budget', (_name, build) => {
    const source = build(MAX_SOURCE_BYTES - 64);
    expect(new TextEncoder().encode(source).length).toBeLessThanOrEqual(MAX_SOURCE_BYTES);
    check(source, 'resource.ts size', LARGE_CASE_BUDGET_MS);
  });

  it.each(variants)('%s, over the 1 MiB cap: refused at 1:1', (_name, build) => {
    const source = build(MAX_SOURCE_BYTES + 64);
    const result = check(source, 'resource.ts size');
    expect(result.design).toBeNull();
    expect(result.problems.map((p) => p.code)).toEqual(['source-too-large']);
    expect(result.problems[0]!.loc).toMatchObject({ line: 1, column: 1 });
  });

  it('far over the cap (64 MiB) is refused as fast', () => {
    const source = 'x'.repeat(64 * MAX_SOURCE_BYTES);
    expect(check(source, 'resource.ts size').problems.map((p) => p.code)).toEqual([
      'source-too-large',
    ]);
  });
});

describe('nesting', () => {
  const N = 100_000;
  const inRule = (e: string) =>
    `export const s = defineStorage({ name: 'a', access: (allow) => ({ 'a/*': [${e}] }) });`;
  const inKey = (e: string) =>
    `export const s = defineStorage({ name: 'a', access: (allow) => ({ [${e}]: [] }) });`;
  const inName = (e: string) => `export const s = defineStorage({ name: ${e} });`;
  const topLevel = (e: string) => `${e}\nexport const s = defineStorage({ name: 'a' });`;
  const shapes: [string, string][] = [
    ['parentheses', `${'('.repeat(N)}1${')'.repeat(N)}`],
    ['arrays', `${'['.repeat(N)}${']'.repeat(N)}`],
    ['objects', `${'{a:'.repeat(N)}1${'}'.repeat(N)}`],
    ['calls', `${'f('.repeat(N)}${')'.repeat(N)}`],
    ['templates', `${'`${'.repeat(N)}1${'}`'.repeat(N)}`],
    ['arrow functions', `${'() => '.repeat(N)}1`],
    ['unary', `${'!'.repeat(N)}1`],
    ['binary', `${'1 + '.repeat(N)}1`],
    ['conditional', `${'a ? b : '.repeat(N)}c`],
    ['type arguments', `f${'<A'.repeat(N)}${'>'.repeat(N)}()`],
    ['unclosed parentheses', '('.repeat(N)],
    ['unclosed brackets', '[{('.repeat(N)],
    ['unclosed templates', '`${'.repeat(N)],
    ['closers only', ')]}'.repeat(N)],
    // Each makes babel try alternatives: exponential or quadratic work before the error budget.
    ['unclosed generic calls', 'f<a>('.repeat(N)],
    ['unclosed comparisons and calls', 'a < b > ('.repeat(N)],
    ['unclosed generic templates', 'a<b>`${'.repeat(N)],
    ['unclosed optional generic calls', 'a?.<b>('.repeat(N)],
    ['unclosed type assertions', '<T>('.repeat(N)],
    ['labels', 'a:'.repeat(N)],
    ['labelled blocks', `${'{a:'.repeat(N)}1${'}'.repeat(N)}`],
  ];
  const places: [string, (e: string) => string][] = [
    ['in a rule', inRule],
    ['as a computed key', inKey],
    ['as the name', inName],
    ['at the top level', topLevel],
  ];

  it.each(shapes)(
    '100 000-deep %s, wherever it stands: a result within the budget',
    (_shape, expression) => {
      for (const [, place] of places) check(place(expression), 'resource.ts nesting');
    },
  );

  // The smallest sources that used to hang: a few hundred bytes, seconds to minutes of parsing.
  // (Labels only exist at statement level; elsewhere the same text is a plain syntax error.)
  const anywhere = places.map(([, place]) => place);
  it.each([
    ['20 unclosed generic calls', 'f<a>('.repeat(20), anywhere],
    ['20 unclosed `a < b > (`', 'a < b > ('.repeat(20), anywhere],
    ['20 unclosed type assertions', '<T>('.repeat(20), anywhere],
    ['1 000 repeated labels', 'a:'.repeat(1000), [topLevel]],
    ['300 labelled blocks', `${'{a:'.repeat(300)}1${'}'.repeat(300)}`, [topLevel]],
  ])('%s: refused with a located error within the budget', (_name, expression, where) => {
    for (const place of where) {
      const result = check(place(expression), 'resource.ts nesting');
      expect(result.design).toBeNull();
      const problem = result.problems.find((p) => p.code === 'too-complex');
      expect(problem, JSON.stringify(result.problems.slice(0, 3))).toBeDefined();
      expect(problem!.message).toMatch(/too complex/);
    }
  });
});
