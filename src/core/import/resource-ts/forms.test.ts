/** Each way of writing resource.ts the importer understands, one form per test. */
import { describe, expect, it } from 'vitest';
import { allow } from '../../model/build';
import type { Storage } from '../../model/types';
import { importResourceTs } from '.';

/** Imports and insists on a problem-free result. */
function clean(source: string) {
  const result = importResourceTs(source);
  expect(result.problems).toEqual([]);
  expect(result.design).not.toBeNull();
  return result;
}

const only = (source: string): Storage => {
  const storages = clean(source).design?.storages ?? [];
  expect(storages).toHaveLength(1);
  return storages[0] as Storage;
};

const pathsOf = (access: string) =>
  only(`export const storage = defineStorage({ name: 'files', access: ${access} });`).paths;

describe('exports', () => {
  it('several exported defineStorage calls become storages in source order', () => {
    const { design, locations } = clean(`
import { defineStorage } from '@aws-amplify/backend';
export const first = defineStorage({ name: 'first', isDefault: true });
export const second = defineStorage({ name: 'second' });
export const third = defineStorage({ name: 'third' });`);
    expect(design?.storages.map((s) => [s.exportName, s.name])).toEqual([
      ['first', 'first'],
      ['second', 'second'],
      ['third', 'third'],
    ]);
    expect(locations.storages.map((s) => s.call.line)).toEqual([3, 4, 5]);
    expect(locations.storages[1]?.name).toEqual({ line: 4, column: 45, endLine: 4, endColumn: 53 });
  });

  it('const + export { x } (and export { x as y }) use the exported name', () => {
    const { design } = clean(`
const files = defineStorage({ name: 'files' });
const media = defineStorage({ name: 'media' });
export { files, media as pictures };`);
    expect(design?.storages.map((s) => s.exportName)).toEqual(['files', 'pictures']);
  });

  it('export default defineStorage(...) is exported as default', () => {
    expect(only(`export default defineStorage({ name: 'files' });`).exportName).toBe('default');
    expect(only(`const s = defineStorage({ name: 'files' });\nexport default s;`).exportName).toBe(
      'default',
    );
  });

  it('a defineStorage never exported is imported with a warning at the callee', () => {
    const result = importResourceTs(
      `const hidden = defineStorage({ name: 'hidden' });\nexport const shown = defineStorage({ name: 'shown' });`,
    );
    expect(result.design?.storages).toEqual([
      { name: 'hidden', hasAccess: false, paths: [] },
      { name: 'shown', exportName: 'shown', hasAccess: false, paths: [] },
    ]);
    expect(result.problems).toEqual([
      expect.objectContaining({
        code: 'storage-not-exported',
        severity: 'warning',
        loc: { line: 1, column: 16, endLine: 1, endColumn: 29 },
      }),
    ]);
    expect(result.problems[0]?.message).toContain('`hidden`');
  });

  it('a bare defineStorage(...) statement is imported with a warning', () => {
    const result = importResourceTs(`defineStorage({ name: 'x' });`);
    expect(result.design?.storages).toEqual([{ name: 'x', hasAccess: false, paths: [] }]);
    expect(result.problems.map((p) => [p.code, p.severity])).toEqual([
      ['storage-not-exported', 'warning'],
    ]);
  });

  it('an aliased or namespaced defineStorage is recognised', () => {
    expect(
      only(
        `import { defineStorage as ds } from '@aws-amplify/backend';\nexport const s = ds({ name: 'a' });`,
      ).name,
    ).toBe('a');
    expect(
      only(
        `import * as amplify from '@aws-amplify/backend';\nexport const s = amplify.defineStorage({ name: 'b' });`,
      ).name,
    ).toBe('b');
  });

  it('ignores imports of any kind and unrelated statements', () => {
    const storage = only(`
import type { Foo } from './foo';
import def, * as all from 'x';
import 'side-effect';
import { defineAuth, defineFunction } from '@aws-amplify/backend';
export const auth = defineAuth({ loginWith: { email: true }, groups: ['admin'] });
export const fn = defineFunction({ name: 'fn' });
type T = { a: string };
export const storage = defineStorage({ name: 'files', }); // trailing comma
`);
    expect(storage).toEqual({ name: 'files', exportName: 'storage', hasAccess: false, paths: [] });
  });
});

describe('options', () => {
  it('reads name, isDefault, versioned and keepOnDelete', () => {
    expect(
      only(
        `export const s = defineStorage({ name: "files", isDefault: true, versioned: false, keepOnDelete: true });`,
      ),
    ).toEqual({
      name: 'files',
      exportName: 's',
      isDefault: true,
      versioned: false,
      keepOnDelete: true,
      hasAccess: false,
      paths: [],
    });
  });

  it('accepts quoted option keys and a no-substitution template as name', () => {
    expect(
      only('export const s = defineStorage({ \'name\': `files`, "isDefault": true });'),
    ).toMatchObject({ name: 'files', isDefault: true });
  });

  it('an empty access record is not the same as no access option', () => {
    expect(
      only(`export const s = defineStorage({ name: 'a', access: (allow) => ({}) });`),
    ).toMatchObject({ hasAccess: true, paths: [] });
    expect(only(`export const s = defineStorage({ name: 'a' });`)).toMatchObject({
      hasAccess: false,
      paths: [],
    });
  });

  it('triggers: identifiers, named defineFunction, defineFunction with entry only', () => {
    const { design } = clean(`
import { defineFunction, defineStorage } from '@aws-amplify/backend';
import { resizer } from '../functions/resizer/resource';
export const storage = defineStorage({
  name: 'files',
  triggers: { onUpload: resizer, onDelete: defineFunction({ name: 'cleanup', entry: './x.ts' }) },
  access: (allow) => ({ 'a/*': [allow.resource(auditFn).to(['read'])] }),
});
export const other = defineStorage({ name: 'other', triggers: { onUpload: defineFunction({ entry: './handlers/on-upload-handler.ts' }) } });`);
    expect(design?.storages.map((s) => s.triggers)).toEqual([
      { onUpload: 'resizer', onDelete: 'cleanup' },
      { onUpload: 'onUploadHandler' },
    ]);
    expect(design?.functions).toEqual(['resizer', 'cleanup', 'auditFn', 'onUploadHandler']);
  });

  it('a shorthand trigger property names the function', () => {
    expect(
      only(`export const s = defineStorage({ name: 'a', triggers: { onUpload } });`).triggers,
    ).toEqual({ onUpload: 'onUpload' });
  });
});

describe('access callback forms', () => {
  const expected = [{ path: 'a/*', rules: [allow.guest.to(['read'])] }];
  it.each([
    ["(allow) => ({ 'a/*': [allow.guest.to(['read'])] })"],
    ["allow => ({ 'a/*': [allow.guest.to(['read'])] })"],
    ["(allow) => { return { 'a/*': [allow.guest.to(['read'])] }; }"],
    ["function (allow) { return { 'a/*': [allow.guest.to(['read'])] }; }"],
    ["function access(allow) { return { 'a/*': [allow.guest.to(['read'])] } }"],
    ["(a) => ({ 'a/*': [a.guest.to(['read'])] })"],
    ["(allow: any) => ({ 'a/*': [allow.guest.to(['read'])] })"],
    ["(allow) => ({ 'a/*': [allow.guest.to(['read'])] }) as const"],
    ["((allow) => ({ 'a/*': [allow.guest.to(['read'])] } satisfies Record<string, unknown>))"],
    ["(allow) => ({ 'a/*': [(allow.guest).to(['read'] as const)] as const })"],
    ["(allow) => ({ 'a/*': [allow.guest!.to(['read']!)] })"],
  ])('%s', (access) => {
    expect(pathsOf(access)).toEqual(expected);
  });

  it('a method access(allow) { ... } works too', () => {
    expect(
      only(
        `export const s = defineStorage({ name: 'a', access(allow) { return { 'a/*': [allow.guest.to(['read'])] }; } });`,
      ).paths,
    ).toEqual(expected);
  });
});

describe('access record keys', () => {
  it('single, double and template keys are kept as their string value', () => {
    expect(
      pathsOf("(allow) => ({ 'a/*': [], \"b/*\": [], [`c/*`]: [], ['d/*']: [] })").map(
        (p) => p.path,
      ),
    ).toEqual(['a/*', 'b/*', 'c/*', 'd/*']);
  });

  it('escapes are decoded', () => {
    const paths = pathsOf(
      String.raw`(allow) => ({ 'a\'b/*': [], "q\"d/*": [], 'tab\t/*': [], 'u\u00e9/*': [], [` +
        '`t\\`ick/*`' +
        ']: [] })',
    );
    expect(paths.map((p) => p.path)).toEqual(["a'b/*", 'q"d/*', 'tab\t/*', 'ué/*', 't`ick/*']);
  });

  it('non-ASCII, spaces, emoji and tokens are kept exactly', () => {
    const keys = [
      'photos de vacances/*',
      'médias/{entity_id}/*',
      '写真/*',
      '📷 shots/*',
      ' lead/*',
      'trail /*',
    ];
    const paths = pathsOf(
      `(allow) => ({ ${keys.map((k) => `'${k}': [allow.authenticated.to(['read'])]`).join(', ')} })`,
    );
    expect(paths.map((p) => p.path)).toEqual(keys);
  });

  it('locations of non-ASCII keys count UTF-16 code units, as editors do', () => {
    const source =
      "export const s = defineStorage({ name: 'a', access: (allow) => ({\n  '📷/*': [allow.guest.to(['read'])], 'b/*': [] }) });";
    const { locations } = clean(source);
    expect(locations.storages[0]?.paths.map((p) => p.key)).toEqual([
      { line: 2, column: 3, endLine: 2, endColumn: 9 }, // 📷 is two code units
      { line: 2, column: 39, endLine: 2, endColumn: 44 },
    ]);
  });

  it('a bare identifier key is the string it spells', () => {
    expect(pathsOf('(allow) => ({ media: [] })').map((p) => p.path)).toEqual(['media']);
  });

  it('duplicate keys are all kept, in order, each with its own rules', () => {
    const { design, locations } =
      clean(`export const s = defineStorage({ name: 'a', access: (allow) => ({
  'a/*': [allow.guest.to(['read'])],
  "a/*": [allow.authenticated.to(['write'])],
  [\`a/*\`]: [],
}) });`);
    expect(design?.storages[0]?.paths).toEqual([
      { path: 'a/*', rules: [allow.guest.to(['read'])] },
      { path: 'a/*', rules: [allow.authenticated.to(['write'])] },
      { path: 'a/*', rules: [] },
    ]);
    expect(locations.storages[0]?.paths.map((p) => p.key.line)).toEqual([2, 3, 4]);
  });
});

describe('rules', () => {
  it('reads every principal builder', () => {
    const { design } = clean(`export const s = defineStorage({ name: 'a', access: (allow) => ({
  'a/*': [
    allow.guest.to(['read']),
    allow.authenticated.to(["get", \`list\`]),
    allow.groups(['admin', "editor"]).to(['write']),
    allow.group('legacy').to(['delete']),
    allow.entity('identity').to(['read']),
    allow.entity('pool').to(['read']),
    allow.resource(myFn).to(['read']),
    allow.resource(defineFunction({ name: 'inline' })).to(['get']),
  ],
}) });`);
    expect(design?.storages[0]?.paths[0]?.rules).toEqual([
      allow.guest.to(['read']),
      allow.authenticated.to(['get', 'list']),
      allow.groups(['admin', 'editor']).to(['write']),
      {
        principal: { kind: 'groups', groups: ['legacy'], legacySingular: true },
        actions: ['delete'],
      },
      allow.entity('identity').to(['read']),
      allow.entity('pool').to(['read']),
      allow.resource('myFn').to(['read']),
      allow.resource('inline').to(['get']),
    ]);
    expect(design?.groups).toEqual(['admin', 'editor', 'legacy']);
    expect(design?.functions).toEqual(['myFn', 'inline']);
  });

  it('keeps unknown, duplicate and empty actions as written', () => {
    expect(
      pathsOf("(allow) => ({ 'a/*': [allow.guest.to(['reed', 'read', 'read', ''])] })")[0]?.rules,
    ).toEqual([allow.guest.to(['reed', 'read', 'read', ''])]);
    expect(pathsOf("(allow) => ({ 'a/*': [allow.guest.to([])] })")[0]?.rules).toEqual([
      allow.guest.to([]),
    ]);
  });

  it('groups and functions are listed in order of first use across storages', () => {
    const { design } = clean(`
export const one = defineStorage({ name: 'one', access: (allow) => ({
  'a/*': [allow.groups(['b', 'a']).to(['read']), allow.resource(f2).to(['read'])],
}) });
export const two = defineStorage({ name: 'two', triggers: { onDelete: f1 }, access: (allow) => ({
  'b/*': [allow.group('c').to(['read']), allow.groups(['a', 'd']).to(['read']), allow.resource(f2).to(['read'])],
}) });`);
    expect(design?.groups).toEqual(['b', 'a', 'c', 'd']);
    expect(design?.functions).toEqual(['f2', 'f1']);
  });

  it('records where each rule, principal and action array is', () => {
    const { locations } = clean(`export const s = defineStorage({
  name: 'a',
  access: (allow) => ({
    'a/*': [allow.guest.to(['read']), allow.groups(['x']).to(['write'])],
  }),
});`);
    expect(locations.storages[0]).toEqual({
      call: { line: 1, column: 18, endLine: 6, endColumn: 3 },
      name: { line: 2, column: 9, endLine: 2, endColumn: 12 },
      paths: [
        {
          key: { line: 4, column: 5, endLine: 4, endColumn: 10 },
          rules: [
            {
              loc: { line: 4, column: 13, endLine: 4, endColumn: 37 },
              principal: { line: 4, column: 13, endLine: 4, endColumn: 24 },
              actions: { line: 4, column: 28, endLine: 4, endColumn: 36 },
            },
            {
              loc: { line: 4, column: 39, endLine: 4, endColumn: 72 },
              principal: { line: 4, column: 39, endLine: 4, endColumn: 58 },
              actions: { line: 4, column: 62, endLine: 4, endColumn: 71 },
            },
          ],
        },
      ],
    });
  });

  it('comments anywhere are ignored', () => {
    expect(
      pathsOf(`/* a */ (/* b */ allow /* c */) /* d */ => /* e */ ({ /* f */ 'a/*' /* g */ : /* h */ [ // i
      /* j */ allow /* k */ . /* l */ guest . to ( [ /* m */ 'read' /* n */ , ] /* o */ ) , // p
    ] })`),
    ).toEqual([{ path: 'a/*', rules: [allow.guest.to(['read'])] }]);
  });
});

describe('line endings', () => {
  it('counts lines the same with \\r\\n, \\r and \\n', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const source = [
        'export const s = defineStorage({',
        "  name: 'a',",
        '  access: (allow) => ({',
        "    'a/*': [allow.guest.to(['read'])],",
        '  }),',
        '});',
      ].join(eol);
      expect(clean(source).locations.storages[0]?.paths[0]?.key).toEqual({
        line: 4,
        column: 5,
        endLine: 4,
        endColumn: 10,
      });
    }
  });
});
