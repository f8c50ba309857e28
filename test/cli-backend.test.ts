/**
 * `check` and `matrix --view` on amplify/backend.ts and on the amplify/ folder, through the real
 * binary (as test/cli.test.ts does), with the guide's examples as input.
 */
import { execFile, execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/access-matrix.js');
const BUNDLE = join(ROOT, 'dist-cli/access-matrix.mjs');
const guide = (n: number) =>
  readFileSync(join(ROOT, `src/core/import/backend-ts/fixtures/guide-${n}.backend.ts.txt`), 'utf8');

function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: ROOT, encoding: 'utf8' },
      (error, stdout, stderr) =>
        resolve({
          code: error ? (typeof error.code === 'number' ? error.code : -1) : 0,
          stdout,
          stderr,
        }),
    );
  });
}

/** Newest modification time of the sources under a directory. */
function newest(folder: string): number {
  let latest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = join(folder, entry.name);
    if (entry.isDirectory()) latest = Math.max(latest, newest(full));
    else if (/\.ts$/.test(entry.name)) latest = Math.max(latest, statSync(full).mtimeMs);
  }
  return latest;
}

let dir: string;
beforeAll(() => {
  if (
    !existsSync(BUNDLE) ||
    statSync(BUNDLE).mtimeMs <
      Math.max(newest(join(ROOT, 'src/cli')), newest(join(ROOT, 'src/core')))
  )
    execFileSync('npm', ['run', 'build:cli'], { cwd: ROOT, stdio: 'ignore' });
  dir = mkdtempSync(join(tmpdir(), 'access-matrix-backend-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, text: string) => {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  return path;
};

describe('check amplify/backend.ts', () => {
  it('the guide example 4: every problem located with its fix, then the differences; exit 1', async () => {
    const file = write('g4/backend.ts', guide(4));
    const r = await run('check', file, '--json');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as {
      findings: { code: string; line: number; column: number; fix?: string }[];
      differences: { code: string; line: number; person: string }[];
    };
    expect(out.findings.map((f) => `${f.line}:${f.column} ${f.code} ${f.fix}`)).toEqual([
      '58:1 missing-comma-tagged-template Insert a comma',
      '66:1 missing-comma-tagged-template Insert a comma',
      '93:1 missing-comma-tagged-template Insert a comma',
      '101:1 missing-comma-tagged-template Insert a comma',
      '119:1 missing-comma-tagged-template Insert a comma',
      '119:38 iam-variable-in-template Escape it as \\${cognito-identity.amazonaws.com:sub}',
      '126:38 iam-variable-in-template Escape it as \\${cognito-identity.amazonaws.com:sub}',
    ]);
    expect(out.differences.map((d) => `${d.line} ${d.code} ${d.person}`)).toEqual([
      '30 view-client-offers-denied authenticated',
    ]);
  });

  it('the guide example 1 is clean: exit 0', async () => {
    const r = await run('check', write('g1/backend.ts', guide(1)));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('0 errors, 0 warnings');
  });

  it('the amplify/ folder also reads the storage resource.ts: group members offered authenticated access are flagged', async () => {
    write(
      'app/amplify/storage/resource.ts',
      `import { defineStorage } from '@aws-amplify/backend';
export const storage = defineStorage({
  name: 'files',
  access: (allow) => ({
    'public/*': [allow.authenticated.to(['read', 'write']), allow.groups(['admin']).to(['read'])],
  }),
});
`,
    );
    write(
      'app/amplify/backend.ts',
      `import { defineBackend } from '@aws-amplify/backend';
import { auth } from './auth/resource';
import { storage } from './storage/resource';
defineBackend({ auth, storage });
`,
    );
    const r = await run('check', join(dir, 'app/amplify'), '--json');
    const out = JSON.parse(r.stdout) as {
      differences: { file: string; code: string; line: number; person: string }[];
    };
    expect(
      out.differences.map((d) => [
        d.file.endsWith('storage/resource.ts'),
        d.line,
        d.code,
        d.person,
      ]),
    ).toEqual([[true, 5, 'view-group-offered-authenticated', 'group:admin']]);
    expect(r.code).toBe(1);
  });
});

describe('matrix --view', () => {
  it('server and client views of the guide example 3', async () => {
    const file = write('g3/backend.ts', guide(3));
    const server = JSON.parse((await run('matrix', file, '--json')).stdout) as {
      view: string;
      rows: { path: string; cells: Record<string, string[]> }[];
    };
    expect(server.view).toBe('server');
    expect(server.rows).toEqual([
      { path: 'public/*', cells: { guest: [], authenticated: [], 'group:admin': [] } },
      {
        path: 'admin/*',
        cells: { guest: [], authenticated: [], 'group:admin': ['get', 'list', 'write', 'delete'] },
      },
    ]);
    const client = JSON.parse((await run('matrix', file, '--json', '--view', 'client')).stdout) as {
      rows: unknown;
      locations: unknown;
    };
    expect(client.rows).toEqual([
      {
        path: 'public/*',
        cells: {
          guest: [],
          authenticated: ['get', 'list', 'write', 'delete'],
          'group:admin': ['get', 'list', 'write', 'delete'],
        },
      },
      {
        path: 'admin/*',
        cells: {
          guest: [],
          authenticated: ['get', 'list'],
          'group:admin': ['get', 'list', 'write', 'delete'],
        },
      },
    ]);
    expect(client.locations).toEqual({
      guest: [],
      authenticated: [
        {
          bucket: '<bucket-name>',
          prefix: 'public/',
          permissions: ['delete', 'get', 'list', 'write'],
        },
        { bucket: '<bucket-name>', prefix: 'admin/', permissions: ['get', 'list'] },
      ],
      'group:admin': [
        {
          bucket: '<bucket-name>',
          prefix: 'public/',
          permissions: ['delete', 'get', 'list', 'write'],
        },
        {
          bucket: '<bucket-name>',
          prefix: 'admin/',
          permissions: ['delete', 'get', 'list', 'write'],
        },
      ],
    });
  });

  it('--view client of a resource.ts, and a bad --view is a usage error', async () => {
    const file = write(
      'storage.ts',
      `import { defineStorage } from '@aws-amplify/backend';
export const storage = defineStorage({ name: 'files', access: (allow) => ({ 'private/{entity_id}/*': [allow.entity('identity').to(['read'])] }) });
`,
    );
    const r = await run('matrix', file, '--view', 'client');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('owner: private/folder-owner-id/ [get list]');
    expect((await run('matrix', file, '--view', 'iam')).code).toBe(2);
  });
});

describe('check --format sarif on backend.ts', () => {
  const raw = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/sarif-schema-2.1.0.json'), 'utf8'));
  const { id, $schema: _draft, ...rest } = raw;
  const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile({
    ...rest,
    $id: id,
  });

  it('problems and differences on their lines, valid SARIF 2.1.0', async () => {
    const file = write('sarif/backend.ts', guide(3));
    const r = await run('check', file, '--format', 'sarif');
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const results = log.runs[0].results as {
      ruleId: string;
      ruleIndex: number;
      locations: { physicalLocation: { region: { startLine: number } } }[];
    }[];
    expect(
      results.map((x) => `${x.locations[0]!.physicalLocation.region.startLine} ${x.ruleId}`),
    ).toEqual([
      '62 missing-comma-tagged-template',
      '29 view-client-offers-denied',
      '29 view-group-offered-authenticated',
      '32 view-client-offers-denied',
    ]);
    expect(log.runs[0].tool.driver.rules[results[1]!.ruleIndex].id).toBe(
      'view-client-offers-denied',
    );
  });
});
