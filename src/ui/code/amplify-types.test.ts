/**
 * The code editor's hand-written `@aws-amplify/backend` declarations against the real package:
 * each resource.ts below is compiled twice, once with AMPLIFY_BACKEND_DTS and once in a project
 * with the real @aws-amplify/backend (and aws-cdk-lib) linked in, and both must agree on whether
 * it compiles. So the editor neither flags what Amplify accepts nor accepts what tsc rejects.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { afterAll, expect, it } from 'vitest';
import { renderResourceTs } from '../../core';
import { TEMPLATES } from '../../state/templates';
import { createProjectRoot } from '../../../test/exports/amplify-project';
import { AMPLIFY_BACKEND_DTS, functionModulesDts } from './amplify-types';

const FUNCTIONS = ['demoFunction', 'thumbnail'];

const file = (imports: string, body: string) =>
  `import { defineStorage } from '@aws-amplify/backend';\n${imports}\nexport const storage = defineStorage({\n${body}\n});\n`;
const access = (record: string) =>
  file('', `  name: 'files',\n  access: (allow) => ({\n${record}\n  }),`);
const fnImport = "import { demoFunction } from '../functions/demoFunction/resource';";

/** [label, resource.ts, compiles in a real project] */
const CASES: [string, string, boolean][] = [
  ...Object.entries(TEMPLATES)
    .filter(([name]) => name !== 'mistakes')
    .map(([name, t]): [string, string, boolean] => [
      `template ${name}`,
      renderResourceTs(t.design()),
      true,
    ]),
  ['no access', file('', "  name: 'files',"), true],
  [
    'every option',
    file(
      fnImport,
      "  name: 'files',\n  isDefault: true,\n  versioned: false,\n  keepOnDelete: true,\n  triggers: { onUpload: demoFunction, onDelete: demoFunction },",
    ),
    true,
  ],
  ['get and list', access("    'a/*': [allow.guest.to(['get', 'list'])],"), true],
  // The key type is `${string}/*`, but a returned object literal gets no excess-key check: tsc
  // accepts this and Amplify stops at synth (the core's path-missing-wildcard-suffix).
  ['path without /*', access("    'docs': [allow.guest.to(['read'])],"), true],
  ['unknown action', access("    'a/*': [allow.guest.to(['fly'])],"), false],
  ['read with get', access("    'a/*': [allow.guest.to(['read', 'get'])],"), false],
  [
    'entity other than identity',
    access("    'a/{entity_id}/*': [allow.entity('user').to(['read'])],"),
    false,
  ],
  ['groups given a string', access("    'a/*': [allow.groups('admin').to(['read'])],"), false],
  ['legacy allow.group', access("    'a/*': [allow.group('admin').to(['read'])],"), false],
  [
    'resource given a string',
    access("    'a/*': [allow.resource('demoFunction').to(['read'])],"),
    false,
  ],
  ['rules not an array', access("    'a/*': allow.guest.to(['read']),"), false],
  ['unknown option', file('', "  name: 'files',\n  public: true,"), false],
  ['missing name', file('', '  versioned: true,'), false],
  ['versioned not a boolean', file('', "  name: 'files',\n  versioned: 'yes',"), false],
  [
    'unknown trigger event',
    file(fnImport, "  name: 'files',\n  triggers: { onCreate: demoFunction },"),
    false,
  ],
  [
    'a storage as a trigger',
    file(
      "const other = defineStorage({ name: 'other' });",
      "  name: 'files',\n  triggers: { onUpload: other },",
    ),
    false,
  ],
];

const OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ES2022,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  strict: true,
  skipLibCheck: true,
  noEmit: true,
  types: [],
};

function write(path: string, text: string) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** Compiles every case under `root` in one program; the case indices that have errors. */
function failing(root: string, extra: string[]): Set<number> {
  const files = CASES.map((_, i) => join(root, `case-${i}/amplify/storage/resource.ts`));
  const program = ts.createProgram([...extra, ...files], OPTIONS);
  const bad = new Set<number>();
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const index = d.file ? files.indexOf(d.file.fileName) : -1;
    if (index < 0)
      throw new Error(
        `diagnostic outside the cases: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
      );
    bad.add(index);
  }
  return bad;
}

const stubRoot = mkdtempSync(join(tmpdir(), 'access-matrix-dts-'));
const realRoot = createProjectRoot();
afterAll(() => {
  rmSync(stubRoot, { recursive: true, force: true });
  rmSync(realRoot, { recursive: true, force: true });
});

it('the editor types and the real @aws-amplify/backend accept and reject the same resource.ts files', () => {
  CASES.forEach(([, source], i) => {
    write(join(stubRoot, `case-${i}/amplify/storage/resource.ts`), source);
    write(join(realRoot, `case-${i}/amplify/storage/resource.ts`), source);
    for (const fn of FUNCTIONS)
      write(
        join(realRoot, `case-${i}/amplify/functions/${fn}/resource.ts`),
        `import { defineFunction } from '@aws-amplify/backend';\nexport const ${fn} = defineFunction({ name: '${fn}' });\n`,
      );
  });
  write(join(stubRoot, 'amplify-backend.d.ts'), AMPLIFY_BACKEND_DTS);
  write(join(stubRoot, 'amplify-functions.d.ts'), functionModulesDts(FUNCTIONS));
  const stub = failing(stubRoot, [
    join(stubRoot, 'amplify-backend.d.ts'),
    join(stubRoot, 'amplify-functions.d.ts'),
  ]);
  const real = failing(realRoot, []);
  const verdict = (bad: Set<number>) =>
    CASES.map(([label], i) => `${label}: ${bad.has(i) ? 'rejected' : 'compiles'}`);
  const expected = CASES.map(([label, , ok]) => `${label}: ${ok ? 'compiles' : 'rejected'}`);
  expect(verdict(real)).toEqual(expected);
  expect(verdict(stub)).toEqual(expected);
}, 240_000);

it('declares only function names that can be exports', () => {
  expect(functionModulesDts(['ok', 'not valid', 'default'])).toContain('export const ok:');
  expect(functionModulesDts(['ok', 'not valid', 'default'])).not.toMatch(/not valid|const default/);
});
