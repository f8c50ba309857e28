/**
 * Writes what the exports generate into Amplify project folders, many side by side under one
 * root, so that one `tsc --noEmit` run checks them all against the real @aws-amplify/backend,
 * aws-cdk-lib and @aws-amplify/client-config types (this repository's node_modules, linked in).
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import {
  compileDesign,
  bucketPlacements,
  namesUsed,
  OUTPUTS_VERSION,
  renderAuthHint,
  renderBackendTs,
  renderOutputsJson,
  renderResourceTs,
  type Design,
} from '../../src/core';
import { importResourceTs } from '../../src/core/import';

const repoRoot = resolve(import.meta.dirname, '../..');

/** amplify/tsconfig.json as `npm create amplify` writes it (plus noEmit). */
const AMPLIFY_TSCONFIG = {
  compilerOptions: {
    target: 'es2022',
    module: 'es2022',
    moduleResolution: 'bundler',
    resolveJsonModule: true,
    esModuleInterop: true,
    forceConsistentCasingInFileNames: true,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    types: [],
  },
  include: ['case-*/**/*.ts'],
};

export interface ProjectCase {
  readonly label: string;
  readonly design: Design;
  readonly bucketName: string;
  readonly region: string;
}

/** A root folder with node_modules linked and the shared tsconfig; cases go in case-N folders. */
export function createProjectRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'access-matrix-tsc-'));
  symlinkSync(join(repoRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  writeFileSync(join(root, 'package.json'), '{ "type": "module", "private": true }\n');
  writeFileSync(join(root, 'tsconfig.json'), `${JSON.stringify(AMPLIFY_TSCONFIG, null, 2)}\n`);
  return root;
}

function write(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** A stub amplify/functions/NAME/resource.ts (an export named like the function, as resource.ts imports it). */
function functionStub(name: string): string {
  const local = name === 'defineFunction' ? 'defineFunctionBuilder' : 'defineFunction';
  const binding = local === 'defineFunction' ? 'defineFunction' : `defineFunction as ${local}`;
  return `import { ${binding} } from '@aws-amplify/backend';\n\nexport const ${name} = ${local}({});\n`;
}

/**
 * The usual backend.ts that uses the generated resource.ts (the files' imports, read back from
 * resource.ts itself): proves the storages, auth and functions fit together in defineBackend.
 */
function standardBackend(design: Design, resourceTs: string): string {
  const imported = importResourceTs(resourceTs).design!;
  const fns = [...new Set([...design.functions, ...namesUsed(design).functions])];
  const locals = new Set(['defineBackend', 'auth', ...fns]);
  const storageLocals = imported.storages.map((s, i) => {
    let local = s.exportName === 'default' ? `defaultStorage${i}` : s.exportName!;
    while (locals.has(local)) local = `${local}_`;
    locals.add(local);
    return { exported: s.exportName!, local };
  });
  const bindings = storageLocals.map(({ exported, local }) =>
    exported === 'default'
      ? `default as ${local}`
      : exported === local
        ? local
        : `${exported} as ${local}`,
  );
  const fnLocals = fns.map((f) => ({
    f,
    local: ['stack', 'createStack', 'addOutput', 'auth'].includes(f) ? `${f}Fn` : f,
  }));
  return [
    `import { defineBackend } from '@aws-amplify/backend';`,
    `import { auth } from './auth/resource';`,
    `import { ${bindings.join(', ')} } from './storage/resource';`,
    ...fnLocals.map(
      ({ f, local }) =>
        `import { ${f === local ? f : `${f} as ${local}`} } from './functions/${f}/resource';`,
    ),
    '',
    `defineBackend({ auth, ${[...storageLocals.map((s) => s.local), ...fnLocals.map((f) => f.local)].join(', ')} });`,
    '',
  ].join('\n');
}

/**
 * amplify_outputs.json type-checked, as an object literal (so unknown keys are errors too), as the
 * client-config type of the version it declares. `$schema` is left out: the JSON schema allows it
 * but the TypeScript type has no such key (an app's `import outputs from './amplify_outputs.json'`
 * is not an object literal, so it is no excess property there).
 */
function outputsCheck(outputsJson: string): string {
  const namespace = `clientConfigTypesV${OUTPUTS_VERSION.replace('.', '_')}`;
  const { $schema: _schema, ...outputs } = JSON.parse(outputsJson) as Record<string, unknown>;
  return [
    `import type { ${namespace} } from '@aws-amplify/client-config';`,
    '',
    `export const outputs: ${namespace}.AWSAmplifyBackendOutputs = ${JSON.stringify(outputs, null, 2)};`,
    '',
  ].join('\n');
}

/** Writes one case's project files; returns the generated texts by relative path (for messages). */
export function writeCase(root: string, index: number, c: ProjectCase): Record<string, string> {
  const resourceTs = renderResourceTs(c.design);
  const files: Record<string, string> = {
    'amplify/storage/resource.ts': resourceTs,
    'amplify/auth/resource.ts': renderAuthHint(c.design),
    'amplify/standard-backend.ts': standardBackend(c.design, resourceTs),
    'outputs-check.ts': outputsCheck(
      renderOutputsJson(compileDesign(c.design), bucketPlacements(c.design, {}, c.region)),
    ),
  };
  c.design.storages.forEach((_, storageIndex) => {
    const name = storageIndex === 0 ? 'backend.ts' : `backend-${storageIndex}.ts`;
    files[`amplify/${name}`] = renderBackendTs(compileDesign(c.design), {
      bucketName: c.bucketName,
      region: c.region,
      storageIndex,
    });
  });
  for (const fn of new Set([...c.design.functions, ...namesUsed(c.design).functions])) {
    files[`amplify/functions/${fn}/resource.ts`] = functionStub(fn);
  }
  writeCaseFiles(root, index, files);
  return files;
}

/** Writes files (relative path → text) into the folder of case `index`. */
export function writeCaseFiles(root: string, index: number, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) write(join(root, `case-${index}`, file), text);
}

export interface Diagnostic {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** Runs tsc once over the root; diagnostics grouped by case index (-1: outside any case). */
export async function typecheck(
  root: string,
): Promise<{ byCase: Map<number, Diagnostic[]>; output: string; seconds: number }> {
  const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc');
  const started = performance.now();
  const output = await promisify(execFile)(
    process.execPath,
    [tsc, '-p', root, '--pretty', 'false'],
    { cwd: root, maxBuffer: 64 * 1024 * 1024 },
  )
    .then(({ stdout }) => stdout)
    .catch((e: { stdout?: string }) => e.stdout ?? String(e));
  const seconds = (performance.now() - started) / 1000;
  const byCase = new Map<number, Diagnostic[]>();
  for (const line of output.split('\n')) {
    const m = /^(?:.*?[\\/])?case-(\d+)[\\/](.+?)\((\d+),(\d+)\): (.*)$/.exec(line);
    const index = m ? Number(m[1]) : -1;
    if (!m && !line.trim()) continue;
    const diagnostic = m
      ? { file: m[2]!, line: Number(m[3]), column: Number(m[4]), message: m[5]! }
      : { file: '', line: 0, column: 0, message: line };
    byCase.set(index, [...(byCase.get(index) ?? []), diagnostic]);
  }
  return { byCase, output, seconds };
}
