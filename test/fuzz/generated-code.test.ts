/**
 * Generated code is data-safe: no path, group, function, storage or bucket name — however hostile
 * (quotes, backticks, `${`, backslashes, comment markers, line terminators, lone surrogates,
 * "'); alert(1); ('") — can leave the string literal or comment it is written into. Each
 * TypeScript export is parsed with Babel and must have exactly the statements, comments and
 * shape of the same export for a benign twin design (same structure, harmless names), no
 * identifier outside its own vocabulary and the names it binds, and the names back as exact
 * string values. JSON exports parse back to the same values. Names Amplify would reject are
 * error findings, not silently escaped output.
 */
import { parse } from '@babel/parser';
import type * as t from '@babel/types';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compileDesign,
  amplifyOutputs,
  bucketArn,
  bucketPlacements,
  bucketPolicy,
  compileStorage,
  iamExport,
  isIdentifier,
  namesUsed,
  renderAuthHint,
  renderBackendTs,
  renderBucketPolicy,
  renderIamJson,
  renderOutputsJson,
  renderResourceTs,
  RESOURCE_NAME,
  validateDesign,
  type Design,
  type Principal,
  type Rule,
  type Storage,
} from '../../src/core';
import { GROUP_NAME } from '../../src/core/validate/storage-rules';
import { fuzzSuite, runs, timed } from './harness';

fuzzSuite();

const HOSTILE = [
  "'",
  '"',
  '`',
  '${x}',
  '\\',
  '\n',
  '\r',
  '\u2028',
  '\u2029',
  '*/',
  '/*',
  '//',
  '<!--',
  '-->',
  '</script>',
  '\ud800',
  '\udc00',
  '\u0000',
  '\u202e',
  '\u0301',
  '}',
  '{',
  ')',
  '(',
  ']',
  ';',
  ',',
  ' as ',
  ':',
  "'); alert(1); ('",
  '`; alert(1); `',
  '\n}); alert(1); ({',
  '*/ alert(1) /*',
  '"}); alert(1); //',
  'eval',
  'import',
  'default',
  '__proto__',
  'constructor',
  'allow',
  'backend',
  'auth',
  'x',
  'a-b',
  'é',
];
const hostileArb = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .array(fc.constantFrom(...HOSTILE), { minLength: 1, maxLength: 4 })
      .map((a) => a.join('')),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 10 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom('resizer', 'admin', 'media', 'files', 'myProjectFiles', 'fn2'),
  },
);
const actionsArb = fc.oneof(
  fc.subarray(['read', 'write', 'delete'], { minLength: 1 }),
  fc.subarray(['get', 'list', 'write', 'delete'], { minLength: 1 }),
);

function designArb(): fc.Arbitrary<Design> {
  const principal: fc.Arbitrary<Principal> = fc.oneof(
    fc.constant<Principal>({ kind: 'guest' }),
    fc.constant<Principal>({ kind: 'authenticated' }),
    fc.constant<Principal>({ kind: 'entity', entity: 'identity' }),
    fc
      .array(hostileArb, { minLength: 1, maxLength: 2 })
      .map((groups): Principal => ({ kind: 'groups', groups })),
    hostileArb.map((fn): Principal => ({ kind: 'resource', fn })),
  );
  const rule: fc.Arbitrary<Rule> = fc.record({ principal, actions: actionsArb });
  const path = fc
    .tuple(hostileArb, fc.constantFrom('/*', '/{entity_id}/*', '/x/*', '*'))
    .map(([p, end]) => p + end);
  const storage: fc.Arbitrary<Storage> = fc.record(
    {
      name: hostileArb,
      exportName: hostileArb,
      isDefault: fc.boolean(),
      triggers: fc.record({ onUpload: hostileArb, onDelete: hostileArb }, { requiredKeys: [] }),
      hasAccess: fc.constant(true),
      paths: fc.uniqueArray(fc.record({ path, rules: fc.array(rule, { maxLength: 3 }) }), {
        maxLength: 4,
        selector: (p) => p.path,
      }),
    },
    { requiredKeys: ['name', 'hasAccess', 'paths'] },
  );
  return fc
    .tuple(
      fc.array(storage, { minLength: 1, maxLength: 2 }),
      fc.array(hostileArb, { maxLength: 2 }),
      fc.array(hostileArb, { maxLength: 2 }),
    )
    .map(([storages, extraGroups, extraFunctions]) => {
      const used = namesUsed({ storages, groups: [], functions: [] });
      return {
        storages,
        groups: [...new Set([...used.groups, ...extraGroups])],
        functions: [...new Set([...used.functions, ...extraFunctions])],
      };
    });
}

/**
 * The same design with every name replaced by a harmless one of the same kind: what decides the
 * shape of the output (whether a name is an identifier, a valid environment-variable stem, one of
 * the names the files bind themselves) is kept; quotes, markers and terminators are gone.
 */
function twinOf(design: Design): Design {
  const maps = new Map<string, Map<string, string>>();
  const rename = (kind: string, name: string, make: (i: number) => string) => {
    const map = maps.get(kind) ?? new Map<string, string>();
    maps.set(kind, map);
    if (!map.has(name)) map.set(name, make(map.size));
    return map.get(name)!;
  };
  const fn = (name: string) =>
    rename('fn', name, (i) => (isIdentifier(name) ? name : `bad fn ${i}`));
  const group = (name: string) =>
    rename('group', name, (i) => (name === '__proto__' ? name : `g${i}`));
  const storageName = (name: string) =>
    rename('storage', name, (i) => {
      if (/^[A-Za-z][A-Za-z0-9_]*$/.test(`${name}_BUCKET_NAME`)) return name; // an environment variable: kept, it is harmless
      return `bad storage ${i}`;
    });
  const principal = (p: Principal): Principal =>
    p.kind === 'groups'
      ? { ...p, groups: p.groups.map(group) }
      : p.kind === 'resource'
        ? { ...p, fn: fn(p.fn) }
        : p;
  return {
    storages: design.storages.map((s) => ({
      ...s,
      name: storageName(s.name),
      ...(s.exportName === undefined
        ? {}
        : {
            exportName:
              isIdentifier(s.exportName) || s.exportName === 'default'
                ? s.exportName
                : 'bad export',
          }),
      ...(s.triggers
        ? { triggers: Object.fromEntries(Object.entries(s.triggers).map(([e, f]) => [e, fn(f!)])) }
        : {}),
      paths: s.paths.map((p) => ({
        path: p.path,
        rules: p.rules.map((r) => ({ ...r, principal: principal(r.principal) })),
      })),
    })),
    groups: design.groups.map(group),
    functions: design.functions.map(fn),
  };
}

const PARSE = { sourceType: 'module' as const, plugins: ['typescript' as const] };

function parseTs(source: string): t.File {
  try {
    return parse(source, PARSE) as t.File;
  } catch (error) {
    throw new Error(`generated code does not parse: ${(error as Error).message}\n${source}`, {
      cause: error,
    });
  }
}

interface Facts {
  /** Node types in document order, with names and values left out: the code's shape. */
  shape: string[];
  strings: string[];
  /** Identifiers that refer to something (not property names, not object keys). */
  references: Set<string>;
  /** Identifiers a declaration or import binds. */
  bindings: Set<string>;
  comments: number;
}

const LEAF_KEYS = new Set([
  'loc',
  'start',
  'end',
  'extra',
  'range',
  'leadingComments',
  'trailingComments',
  'innerComments',
  'comments',
  'errors',
  'tokens',
]);

function factsOf(file: t.File): Facts {
  const facts: Facts = {
    shape: [],
    strings: [],
    references: new Set(),
    bindings: new Set(),
    comments: file.comments?.length ?? 0,
  };
  const visit = (node: t.Node, role: 'ref' | 'prop' | 'bind') => {
    // A key written bare or quoted is one thing; so is `__proto__` written computed.
    const keyLike =
      role === 'prop' && (node.type === 'Identifier' || node.type === 'StringLiteral');
    facts.shape.push(keyLike ? 'Key' : node.type);
    if (node.type === 'StringLiteral') facts.strings.push(node.value);
    if (node.type === 'TemplateElement') facts.strings.push(node.value.cooked ?? '');
    if (node.type === 'Identifier')
      (role === 'bind'
        ? facts.bindings
        : role === 'ref'
          ? facts.references
          : new Set<string>()
      ).add(node.name);
    for (const [key, value] of Object.entries(node)) {
      if (LEAF_KEYS.has(key) || key === 'computed') continue;
      const childRole = roleOf(node, key);
      const children = Array.isArray(value) ? value : [value];
      for (const child of children)
        if (child && typeof child === 'object' && typeof child.type === 'string')
          visit(child as t.Node, childRole);
    }
  };
  visit(file.program, 'ref');
  return facts;
}

function roleOf(parent: t.Node, key: string): 'ref' | 'prop' | 'bind' {
  if (
    (parent.type === 'MemberExpression' || parent.type === 'OptionalMemberExpression') &&
    key === 'property' &&
    !parent.computed
  )
    return 'prop';
  if ((parent.type === 'ObjectProperty' || parent.type === 'ObjectMethod') && key === 'key')
    return 'prop';
  if (parent.type === 'ImportSpecifier' && key === 'imported') return 'prop';
  if (
    (parent.type === 'ImportSpecifier' || parent.type === 'ImportDefaultSpecifier') &&
    key === 'local'
  )
    return 'bind';
  if (parent.type === 'VariableDeclarator' && key === 'id') return 'bind';
  if (
    (parent.type === 'ArrowFunctionExpression' || parent.type === 'FunctionExpression') &&
    key === 'params'
  )
    return 'bind';
  return 'ref';
}

/** No lone surrogate (String#isWellFormed, which this project's ES2023 lib does not declare). */
const wellFormed = (text: string) =>
  !/[\ud800-\udfff]/.test(text.replace(/[\ud800-\udbff][\udc00-\udfff]/g, ''));

/** Globals and library names the generated files may use without binding them. */
const GLOBALS = new Set(['Error', 'undefined']);

function expectSafe(label: string, source: string, twinSource: string): Facts {
  expect(
    wellFormed(source),
    `${label}: no lone surrogate left raw (a UTF-8 file cannot hold it)`,
  ).toBe(true);
  const facts = factsOf(parseTs(source));
  const twin = factsOf(parseTs(twinSource));
  expect(facts.shape, `${label}: the same code as for harmless names\n${source}`).toEqual(
    twin.shape,
  );
  expect(facts.comments, `${label}: the same comments\n${source}`).toBe(twin.comments);
  for (const name of facts.references) {
    expect(
      facts.bindings.has(name) || GLOBALS.has(name),
      `${label}: free identifier ${JSON.stringify(name)}\n${source}`,
    ).toBe(true);
  }
  return facts;
}

const sorted = (values: Iterable<string>) => [...values].sort();

describe('generated code is data-safe', () => {
  it('resource.ts, auth hint and backend.ts hold the names as data, and nothing else', () => {
    fc.assert(
      fc.property(designArb(), hostileArb, hostileArb, (design, bucketName, region) => {
        const twin = twinOf(design);
        timed('generated code', design, () => {
          // resource.ts: every path as a key, every storage name and group as a string.
          const resource = expectSafe(
            'resource.ts',
            renderResourceTs(design),
            renderResourceTs(twin),
          );
          for (const s of design.storages) {
            expect(resource.strings).toContain(s.name);
            for (const p of s.paths) expect(resource.strings).toContain(p.path);
          }
          for (const g of namesUsed(design).groups) expect(resource.strings).toContain(g);

          // auth hint: exactly the declared groups.
          const auth = expectSafe('auth hint', renderAuthHint(design), renderAuthHint(twin));
          expect(sorted(auth.strings.filter((s) => s !== '@aws-amplify/backend'))).toEqual(
            sorted(design.groups),
          );

          // backend.ts for each storage: bucket, region, name and the outputs paths as data.
          design.storages.forEach((storage, storageIndex) => {
            const options = { bucketName, region, storageIndex };
            const backend = expectSafe(
              `backend.ts #${storageIndex}`,
              renderBackendTs(compileDesign(design), options),
              renderBackendTs(compileDesign(twin), {
                bucketName: 'bucket',
                region: 'region',
                storageIndex,
              }),
            );
            expect(backend.strings).toContain(bucketArn(bucketName));
            expect(backend.strings).toContain(region);
            expect(backend.strings).toContain(storage.name);
            for (const prefix of Object.keys(compileStorage(storage).outputsPaths ?? {}))
              expect(backend.strings).toContain(prefix);
          });
        });
      }),
      { numRuns: runs(150) },
    );
  });

  it('JSON exports parse back to exactly the values', () => {
    fc.assert(
      fc.property(designArb(), hostileArb, (design, bucketName) => {
        design.storages.forEach((storage, i) => {
          const text = renderIamJson(compileDesign(design), i, bucketName);
          expect(wellFormed(text)).toBe(true);
          expect(JSON.parse(text)).toEqual(
            JSON.parse(JSON.stringify(iamExport(compileStorage(storage), bucketName))),
          );
          const policy = renderBucketPolicy(compileDesign(design), { bucketName, storageIndex: i });
          expect(JSON.parse(policy)).toEqual(
            bucketPolicy(compileDesign(design), { bucketName, storageIndex: i }),
          );
        });
        const placements = bucketPlacements(
          design,
          Object.fromEntries(design.storages.map((s) => [s.name, { bucketName }])),
        );
        const outputs = renderOutputsJson(compileDesign(design), placements);
        expect(wellFormed(outputs)).toBe(true);
        expect(JSON.parse(outputs)).toEqual(
          JSON.parse(
            JSON.stringify(amplifyOutputs(design, design.storages.map(compileStorage), placements)),
          ),
        );
      }),
      { numRuns: runs(300) },
    );
  });

  it('names Amplify would reject are error findings', () => {
    fc.assert(
      fc.property(designArb(), (design) => {
        const codes = new Set(
          validateDesign(design)
            .filter((f) => f.severity === 'error')
            .map((f) => `${f.code}`),
        );
        const used = namesUsed(design);
        if (design.storages.some((s) => !RESOURCE_NAME.test(s.name)))
          expect(codes).toContain('storage-name-invalid');
        if ([...design.groups, ...used.groups].some((g) => !GROUP_NAME.test(g)))
          expect(codes).toContain('group-name-invalid');
        if ([...design.functions, ...used.functions].some((f) => !isIdentifier(f)))
          expect(codes).toContain('function-name-invalid');
      }),
      { numRuns: runs(300) },
    );
  });
});
