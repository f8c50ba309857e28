/**
 * Each problem the importer reports, with its exact place: `at` is [line, column, endLine, endColumn]
 * (1-based, end exclusive) and `text` is what that span highlights in the source.
 */
import { describe, expect, it } from 'vitest';
import type { SourceLocation } from '../../text/positions';
import { importResourceTs, type ImportProblem } from '.';

/** The source text a location covers (lines split as babel does). */
function textAt(source: string, loc: SourceLocation): string {
  const lines = source.split(/\r\n|[\r\n\u2028\u2029]/);
  if (loc.line === loc.endLine)
    return (lines[loc.line - 1] ?? '').slice(loc.column - 1, loc.endColumn - 1);
  const middle = lines.slice(loc.line, loc.endLine - 1);
  return [
    (lines[loc.line - 1] ?? '').slice(loc.column - 1),
    ...middle,
    (lines[loc.endLine - 1] ?? '').slice(0, loc.endColumn - 1),
  ].join('\n');
}

interface Case {
  title: string;
  source: string;
  code: string;
  severity?: 'error' | 'warning';
  at: [number, number, number, number];
  text: string;
  /** A part of the message (what and why), when worth pinning. */
  message?: string;
}

const loc = ([line, column, endLine, endColumn]: Case['at']): SourceLocation => ({
  line,
  column,
  endLine,
  endColumn,
});

function expectOnly(result: { problems: ImportProblem[] }, c: Case) {
  expect(result.problems.map((p) => p.code)).toEqual([c.code]);
  const [problem] = result.problems;
  expect(problem?.severity).toBe(c.severity ?? 'error');
  expect(problem?.loc).toEqual(loc(c.at));
  expect(textAt(c.source, loc(c.at))).toBe(c.text);
  if (c.message) expect(problem?.message).toContain(c.message);
}

/** A storage whose access record holds `body` (line 4 onwards). */
const inAccess = (body: string) => `export const storage = defineStorage({
  name: 'files',
  access: (allow) => ({
${body}
  }),
});`;

/** A storage with `line` as its third line, after `name`. */
const inOptions = (line: string) => `export const storage = defineStorage({
  name: 'files',
${line}
});`;

describe('access record', () => {
  const cases: Case[] = [
    {
      title: 'template key with a substitution',
      source: inAccess("    [`${base}/*`]: [allow.guest.to(['read'])],"),
      code: 'invalid-path-key',
      at: [4, 6, 4, 17],
      text: '`${base}/*`',
      message:
        'Expected a string literal as the storage path key, found a template literal with a substitution `${base}/*`',
    },
    {
      title: 'numeric key',
      source: inAccess('    1: [],'),
      code: 'invalid-path-key',
      at: [4, 5, 4, 6],
      text: '1',
      message: 'found a number `1`',
    },
    {
      title: 'computed identifier key',
      source: inAccess('    [key]: [],'),
      code: 'invalid-path-key',
      at: [4, 6, 4, 9],
      text: 'key',
      message: 'found a computed key [`key`]',
    },
    {
      title: 'computed expression key',
      source: inAccess("    ['a' + '/*']: [],"),
      code: 'invalid-path-key',
      at: [4, 6, 4, 16],
      text: "'a' + '/*'",
    },
    {
      title: 'spread in the record',
      source: inAccess('    ...shared,'),
      code: 'invalid-path-key',
      at: [4, 5, 4, 14],
      text: '...shared',
    },
    {
      title: 'rules held in a variable',
      source: inAccess("    'a/*': rules,"),
      code: 'invalid-rules',
      at: [4, 12, 4, 17],
      text: 'rules',
      message: "for 'a/*', found the identifier `rules`",
    },
    {
      title: 'empty slot in the rules',
      source: inAccess(
        "    'a/*': [allow.guest.to(['read']), , allow.authenticated.to(['read'])],",
      ),
      code: 'invalid-rules',
      at: [4, 12, 4, 74],
      text: "[allow.guest.to(['read']), , allow.authenticated.to(['read'])]",
    },
  ];
  it.each(cases)('$title → $code', (c) => expectOnly(importResourceTs(c.source), c));

  it('keeps the other rules of a path with an empty slot', () => {
    const { design } = importResourceTs(cases[6]?.source ?? '');
    expect(design?.storages[0]?.paths[0]?.rules.map((r) => r.principal.kind)).toEqual([
      'guest',
      'authenticated',
    ]);
  });

  it('drops a path whose key cannot be read but still reports the errors in its rules', () => {
    const result = importResourceTs(
      inAccess("    [`${base}/*`]: [allow.guest.to([READ])],\n    'b/*': [],"),
    );
    expect(result.design?.storages[0]?.paths).toEqual([{ path: 'b/*', rules: [] }]);
    expect(result.locations.storages[0]?.paths.map((p) => p.key.line)).toEqual([5]);
    expect(result.problems.map((p) => [p.code, p.loc.line, p.loc.column])).toEqual([
      ['invalid-path-key', 4, 6],
      ['invalid-action', 4, 37],
    ]);
  });
});

describe('rules', () => {
  const rule = (text: string) => inAccess(`    'a/*': [${text}],`);
  const cases: Case[] = [
    {
      title: 'allow.guest without .to',
      source: rule('allow.guest'),
      code: 'invalid-rule',
      at: [4, 13, 4, 24],
      text: 'allow.guest',
      message: 'without `.to([...])`',
    },
    {
      title: 'allow.groups([...]) without .to',
      source: rule("allow.groups(['a'])"),
      code: 'invalid-rule',
      at: [4, 13, 4, 32],
      text: "allow.groups(['a'])",
    },
    {
      title: 'a rule held in a variable',
      source: rule('readRule'),
      code: 'invalid-rule',
      at: [4, 13, 4, 21],
      text: 'readRule',
      message: 'not variables',
    },
    {
      title: 'a spread of rules',
      source: rule('...rules'),
      code: 'invalid-rule',
      at: [4, 13, 4, 21],
      text: '...rules',
    },
    {
      title: '.too instead of .to',
      source: rule("allow.guest.too(['read'])"),
      code: 'invalid-rule',
      at: [4, 13, 4, 38],
      text: "allow.guest.too(['read'])",
    },
    {
      title: 'a call of an unknown builder',
      source: rule("makeRule('read')"),
      code: 'invalid-rule',
      at: [4, 13, 4, 29],
      text: "makeRule('read')",
    },
    {
      title: 'unknown principal',
      source: rule("allow.admins.to(['read'])"),
      code: 'invalid-principal',
      at: [4, 13, 4, 25],
      text: 'allow.admins',
    },
    {
      title: 'principal on another object than the parameter',
      source: rule("user.guest.to(['read'])"),
      code: 'invalid-principal',
      at: [4, 13, 4, 17],
      text: 'user',
      message: "the access callback's parameter is `allow`",
    },
    {
      title: 'groups given a string',
      source: rule("allow.groups('admin').to(['read'])"),
      code: 'invalid-principal',
      at: [4, 26, 4, 33],
      text: "'admin'",
    },
    {
      title: 'a group held in a variable',
      source: rule("allow.groups([role]).to(['read'])"),
      code: 'invalid-principal',
      at: [4, 27, 4, 31],
      text: 'role',
    },
    {
      title: 'entity without argument',
      source: rule("allow.entity().to(['read'])"),
      code: 'invalid-principal',
      at: [4, 13, 4, 27],
      text: 'allow.entity()',
    },
    {
      title: 'legacy group given a variable',
      source: rule("allow.group(name).to(['read'])"),
      code: 'invalid-principal',
      at: [4, 25, 4, 29],
      text: 'name',
    },
    {
      title: 'guest called',
      source: rule("allow.guest().to(['read'])"),
      code: 'invalid-principal',
      at: [4, 13, 4, 26],
      text: 'allow.guest()',
      message: 'not a function',
    },
    {
      title: 'groups not called',
      source: rule("allow.groups.to(['read'])"),
      code: 'invalid-principal',
      at: [4, 13, 4, 25],
      text: 'allow.groups',
      message: 'must be called',
    },
    {
      title: 'resource given a string',
      source: rule("allow.resource('fn').to(['read'])"),
      code: 'invalid-function',
      at: [4, 28, 4, 32],
      text: "'fn'",
    },
    {
      title: 'resource given a property',
      source: rule("allow.resource(fns.resize).to(['read'])"),
      code: 'invalid-function',
      at: [4, 28, 4, 38],
      text: 'fns.resize',
    },
    {
      title: 'actions held in a variable',
      source: rule('allow.guest.to(actions)'),
      code: 'invalid-actions',
      at: [4, 28, 4, 35],
      text: 'actions',
      message: 'found the identifier `actions`',
    },
    {
      title: 'no actions',
      source: rule('allow.guest.to()'),
      code: 'invalid-actions',
      at: [4, 13, 4, 29],
      text: 'allow.guest.to()',
    },
    {
      title: 'two action arrays',
      source: rule("allow.guest.to(['read'], ['write'])"),
      code: 'invalid-actions',
      at: [4, 38, 4, 47],
      text: "['write']",
    },
    {
      title: 'an action held in a variable',
      source: rule('allow.guest.to([READ])'),
      code: 'invalid-action',
      at: [4, 29, 4, 33],
      text: 'READ',
    },
    {
      title: 'a spread of actions',
      source: rule("allow.guest.to(['read', ...more])"),
      code: 'invalid-action',
      at: [4, 37, 4, 44],
      text: '...more',
    },
    {
      title: 'an action with a substitution',
      source: rule('allow.guest.to([`${x}`])'),
      code: 'invalid-action',
      at: [4, 29, 4, 35],
      text: '`${x}`',
      message: 'found a template literal with a substitution `${x}`',
    },
  ];
  it.each(cases)('$title → $code', (c) => expectOnly(importResourceTs(c.source), c));

  it('a bad action is reported and the rule kept with the others', () => {
    const { design } = importResourceTs(rule("allow.guest.to(['read', READ, 'write'])"));
    expect(design?.storages[0]?.paths[0]?.rules).toEqual([
      { principal: { kind: 'guest' }, actions: ['read', 'write'] },
    ]);
  });

  it('the parameter may have another name, and then `allow` is an error', () => {
    const source =
      "export const s = defineStorage({ name: 'a', access: (a) => ({ 'a/*': [allow.guest.to(['read'])] }) });";
    expectOnly(importResourceTs(source), {
      title: '',
      source,
      code: 'invalid-principal',
      at: [1, 71, 1, 76],
      text: 'allow',
      message: '`a`',
    });
  });

  it('a callback without parameter cannot name principals', () => {
    const source =
      "export const s = defineStorage({ name: 'a', access: () => ({ 'a/*': [allow.guest.to(['read'])] }) });";
    expectOnly(importResourceTs(source), {
      title: '',
      source,
      code: 'invalid-principal',
      at: [1, 70, 1, 75],
      text: 'allow',
      message: 'declares no parameter',
    });
  });
});

describe('options', () => {
  const cases: Case[] = [
    {
      title: 'unknown option',
      source: inOptions("  nmae: 'x',"),
      code: 'unknown-option',
      at: [3, 3, 3, 7],
      text: 'nmae',
      message: '`nmae`',
    },
    {
      title: 'spread option',
      source: inOptions('  ...base,'),
      code: 'invalid-option-key',
      at: [3, 3, 3, 10],
      text: '...base',
    },
    {
      title: 'computed option key',
      source: inOptions('  [key]: 1,'),
      code: 'invalid-option-key',
      at: [3, 4, 3, 7],
      text: 'key',
    },
    {
      title: 'numeric option key',
      source: inOptions('  1: true,'),
      code: 'invalid-option-key',
      at: [3, 3, 3, 4],
      text: '1',
    },
    {
      title: 'name given twice',
      source: inOptions("  name: 'again',"),
      code: 'duplicate-option',
      at: [3, 3, 3, 7],
      text: 'name',
    },
    {
      title: 'isDefault not a boolean',
      source: inOptions("  isDefault: 'yes',"),
      code: 'invalid-boolean',
      at: [3, 14, 3, 19],
      text: "'yes'",
      message: 'found a string',
    },
    {
      title: 'versioned computed',
      source: inOptions('  versioned: !0,'),
      code: 'invalid-boolean',
      at: [3, 14, 3, 16],
      text: '!0',
    },
    {
      title: 'keepOnDelete a variable',
      source: inOptions('  keepOnDelete: keep,'),
      code: 'invalid-boolean',
      at: [3, 17, 3, 21],
      text: 'keep',
    },
    {
      title: 'triggers in a variable',
      source: inOptions('  triggers: myTriggers,'),
      code: 'invalid-triggers',
      at: [3, 13, 3, 23],
      text: 'myTriggers',
    },
    {
      title: 'unknown trigger event',
      source: inOptions('  triggers: { onCreate: fn },'),
      code: 'invalid-triggers',
      at: [3, 15, 3, 23],
      text: 'onCreate',
    },
    {
      title: 'trigger event twice',
      source: inOptions('  triggers: { onUpload: a, onUpload: b },'),
      code: 'duplicate-option',
      at: [3, 28, 3, 36],
      text: 'onUpload',
    },
    {
      title: 'trigger given a string',
      source: inOptions("  triggers: { onUpload: 'fn' },"),
      code: 'invalid-function',
      at: [3, 25, 3, 29],
      text: "'fn'",
    },
    {
      title: 'inline defineFunction without name or entry',
      source: inOptions('  triggers: { onUpload: defineFunction({}) },'),
      code: 'invalid-function',
      at: [3, 25, 3, 43],
      text: 'defineFunction({})',
    },
    {
      title: 'inline defineFunction with a computed name',
      source: inOptions('  triggers: { onDelete: defineFunction({ name: fnName }) },'),
      code: 'invalid-function',
      at: [3, 48, 3, 54],
      text: 'fnName',
    },
    {
      title: 'inline defineFunction without argument',
      source: inOptions('  triggers: { onDelete: defineFunction() },'),
      code: 'invalid-function',
      at: [3, 25, 3, 41],
      text: 'defineFunction()',
    },
    {
      title: 'access in a variable',
      source: inOptions('  access: rules,'),
      code: 'invalid-access',
      at: [3, 11, 3, 16],
      text: 'rules',
    },
    {
      title: 'async access',
      source: inOptions('  access: async (allow) => ({}),'),
      code: 'invalid-access',
      at: [3, 11, 3, 32],
      text: 'async (allow) => ({})',
    },
    {
      title: 'destructured parameter',
      source: inOptions('  access: ({ guest }) => ({}),'),
      code: 'invalid-access',
      at: [3, 12, 3, 21],
      text: '{ guest }',
    },
    {
      title: 'a second parameter',
      source: inOptions('  access: (allow, extra) => ({}),'),
      code: 'invalid-access',
      at: [3, 19, 3, 24],
      text: 'extra',
    },
    {
      title: 'callback returning a variable',
      source: inOptions('  access: (allow) => rules,'),
      code: 'invalid-access',
      at: [3, 22, 3, 27],
      text: 'rules',
    },
    {
      title: 'callback returning nothing',
      source: inOptions('  access: (allow) => {},'),
      code: 'invalid-access',
      at: [3, 22, 3, 24],
      text: '{}',
    },
    {
      title: 'empty return',
      source: inOptions('  access: (allow) => { return; },'),
      code: 'invalid-access',
      at: [3, 24, 3, 31],
      text: 'return;',
    },
    {
      title: 'other statements in the callback',
      source: inOptions('  access: (allow) => { const r = 1; return {}; },'),
      code: 'access-statement-ignored',
      severity: 'warning',
      at: [3, 24, 3, 36],
      text: 'const r = 1;',
    },
  ];
  it.each(cases)('$title → $code', (c) => expectOnly(importResourceTs(c.source), c));

  it('name must be a string literal', () => {
    const source = 'export const storage = defineStorage({\n  name: storageName,\n});';
    expectOnly(importResourceTs(source), {
      title: '',
      source,
      code: 'invalid-name',
      at: [2, 9, 2, 20],
      text: 'storageName',
      message: 'found the identifier `storageName`',
    });
    const template = 'export const storage = defineStorage({\n  name: `${prefix}-files`,\n});';
    expectOnly(importResourceTs(template), {
      title: '',
      source: template,
      code: 'invalid-name',
      at: [2, 9, 2, 26],
      text: '`${prefix}-files`',
    });
  });

  it('a missing name is reported at defineStorage', () => {
    const source = 'export const storage = defineStorage({ versioned: true });';
    expectOnly(importResourceTs(source), {
      title: '',
      source,
      code: 'missing-name',
      at: [1, 24, 1, 37],
      text: 'defineStorage',
    });
    expect(importResourceTs(source).design?.storages[0]).toEqual({
      name: '',
      exportName: 'storage',
      versioned: true,
      hasAccess: false,
      paths: [],
    });
  });

  it('the last of duplicate options wins, as in JavaScript', () => {
    expect(importResourceTs(inOptions("  name: 'again',")).design?.storages[0]?.name).toBe('again');
    expect(
      importResourceTs(inOptions('  triggers: { onUpload: a, onUpload: b },')).design?.storages[0]
        ?.triggers,
    ).toEqual({ onUpload: 'b' });
  });

  it('an unreadable access callback still means the storage has access', () => {
    expect(importResourceTs(inOptions('  access: rules,')).design?.storages[0]).toMatchObject({
      hasAccess: true,
      paths: [],
    });
  });
});

describe('defineStorage arguments', () => {
  const cases: Case[] = [
    {
      title: 'no argument',
      source: 'export const s = defineStorage();',
      code: 'invalid-storage-argument',
      at: [1, 18, 1, 33],
      text: 'defineStorage()',
    },
    {
      title: 'options in a variable',
      source: 'export const s = defineStorage(options);',
      code: 'invalid-storage-argument',
      at: [1, 32, 1, 39],
      text: 'options',
    },
    {
      title: 'an extra argument',
      source: "export const s = defineStorage({ name: 'a' }, extra);",
      code: 'invalid-storage-argument',
      at: [1, 47, 1, 52],
      text: 'extra',
    },
  ];
  it.each(cases)('$title → $code', (c) => expectOnly(importResourceTs(c.source), c));

  it('without an options object there is no storage, hence no design', () => {
    expect(importResourceTs('export const s = defineStorage(options);').design).toBeNull();
    expect(
      importResourceTs("export const s = defineStorage({ name: 'a' }, extra);").design?.storages,
    ).toHaveLength(1);
  });
});

describe('syntax errors', () => {
  it('an unrecoverable error gives no design and its line and column', () => {
    const source = "export const s = defineStorage({ name: 'files });";
    const result = importResourceTs(source);
    expect(result.design).toBeNull();
    expect(result.locations.storages).toEqual([]);
    expect(result.problems).toEqual([
      {
        code: 'syntax-error',
        severity: 'error',
        message: "Syntax error: Unterminated string constant at `'files });`",
        loc: loc([1, 40, 1, 50]),
      },
    ]);
  });

  it('a wrong closing bracket is reported plainly, without the comma guess', () => {
    const source =
      "export const storage = defineStorage({\n  name: 'files',\n  access: (allow) => ({ 'a/*': [allow.guest.to(['read'])] )\n});";
    const result = importResourceTs(source);
    expect(result.design).toBeNull();
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ code: 'syntax-error', loc: loc([3, 59, 3, 60]) });
    expect(result.problems[0]?.message).not.toContain('comma is missing');
  });

  it('a recoverable error keeps the design and reports the error', () => {
    const source = "const a = 1;\nconst a = 2;\nexport const s = defineStorage({ name: 'x' });";
    const result = importResourceTs(source);
    expect(result.design?.storages).toEqual([
      { name: 'x', exportName: 's', hasAccess: false, paths: [] },
    ]);
    expect(result.problems).toEqual([
      expect.objectContaining({ code: 'syntax-error', severity: 'error', loc: loc([2, 7, 2, 8]) }),
    ]);
    expect(result.problems[0]?.message).toContain("Identifier 'a' has already been declared");
  });

  it('several missing commas are all reported, and the design still read', () => {
    const source = `export const storage = defineStorage({
  name: 'files'
  access: (allow) => ({
    'a/*': [allow.guest.to(['read' 'write'])],
  }),
});`;
    const result = importResourceTs(source);
    expect(result.problems.map((p) => [p.code, p.loc.line, p.loc.column, p.loc.endColumn])).toEqual(
      [
        ['syntax-error', 3, 3, 9],
        ['syntax-error', 4, 36, 43],
      ],
    );
    expect(result.problems.every((p) => p.message.includes('comma is missing'))).toBe(true);
    expect(result.design?.storages[0]?.paths).toEqual([
      { path: 'a/*', rules: [{ principal: { kind: 'guest' }, actions: ['read', 'write'] }] },
    ]);
    // Locations after the patched commas are those of the original text.
    expect(result.locations.storages[0]?.paths[0]?.rules[0]?.actions).toEqual(loc([4, 28, 4, 44]));
  });
});

describe('no defineStorage', () => {
  it.each([
    [''],
    ['// only a comment\n'],
    ['export const auth = defineAuth({ loginWith: { email: true } });'],
    ['const defineStorage = 1; export { defineStorage };'],
  ])('%j → no-define-storage at 1:1, design null', (source) => {
    const result = importResourceTs(source);
    expect(result.design).toBeNull();
    expect(result.problems).toEqual([
      expect.objectContaining({
        code: 'no-define-storage',
        severity: 'error',
        loc: loc([1, 1, 1, 1]),
      }),
    ]);
  });
});
