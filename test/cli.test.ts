/**
 * The CLI through the real binary: `node bin/access-matrix.js ...` in a child process, exactly as a
 * user or a CI script runs it. Covers every command and its --help, the exit-code contract, the
 * JSON shapes scripts rely on, design files, several storages and the resource.ts dialects people
 * actually write. Also logs (does not assert) the start-to-answer time of `check` and `matrix`.
 */
import { execFile, execFileSync, spawn } from 'node:child_process';
import {
  closeSync,
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allow, designFromAccess, renderResourceTs, serializeDesignFile } from '../src/core';
import { importResourceTs } from '../src/core/import';
import { docsExample } from './fixtures/docs-examples';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/access-matrix.js');
const BUNDLE = join(ROOT, 'dist-cli/access-matrix.cjs');
const SUB = '${cognito-identity.amazonaws.com:sub}';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(...args: string[]): Promise<Run> {
  return runBin(BIN, ...args);
}

function runBin(bin: string, ...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { cwd: ROOT, encoding: 'utf8' },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
const json = (r: Run): unknown => {
  expect(r.stderr, 'no stderr on a JSON answer').toBe('');
  return JSON.parse(r.stdout);
};

/** Newest modification time under a directory (source files only). */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) latest = Math.max(latest, newest(full));
    else if (/\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name))
      latest = Math.max(latest, statSync(full).mtimeMs);
  }
  return latest;
}

let dir: string;
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

// --- Fixtures -----------------------------------------------------------------------------------

/** Gen 1 pattern plus a group and a function, written the way people write it. */
const TYPICAL = `import { defineStorage } from '@aws-amplify/backend';
import { demoFunction } from '../functions/demo-function/resource';

/** Gen 1 access, plus an admin area. */
export const storage = defineStorage({
  name: "myProjectFiles",
  access: (allow) => ({
    // everyone reads public
    'public/*': [
      allow.guest.to(['read']),
      allow.authenticated.to(["read", \`write\`, 'delete']),
    ],
    "protected/{entity_id}/*": [
      allow.authenticated.to(['read']),
      allow.entity('identity').to(['read', 'write', 'delete']), // owner
    ],
    [\`private/{entity_id}/*\`]: [
      allow.entity("identity").to(['read', 'write', 'delete'])
    ],
    /* admins and the function */
    'admin/*': [
      allow.groups(['admin']).to(['read', 'write', 'delete']),
      allow.resource(demoFunction).to(['read']),
    ],
  }),
});
`;

const CLEAN = `import { defineStorage } from '@aws-amplify/backend';
export const storage = defineStorage({
  name: 'myProjectFiles',
  access: (allow) => ({
    'media/*': [allow.guest.to(['read']), allow.authenticated.to(['read', 'write'])],
  }),
});
`;

const WITH_ERRORS = `import { defineStorage } from '@aws-amplify/backend';
export const storage = defineStorage({
  name: 'myProjectFiles',
  access: (allow) => ({
    'foo/*': [allow.authenticated.to(['read'])],
    'foo/{entity_id}/*': [allow.entity('identity').to(['read'])],
  }),
});
`;

/** Line 5 column 3 holds a "}" where "]" is missing. */
const SYNTAX_ERROR = `export const storage = defineStorage({
  name: 'x',
  access: (allow) => ({
    'a/*': [allow.guest.to(['read'])
  }),
});
`;

const LEGACY = `import { defineStorage } from '@aws-amplify/backend';
export const storage = defineStorage({
  name: 'myProjectFiles',
  access: (allow) => ({
    'foo/*': [
      allow.group('auditor').to(['read']),
      allow.group('admin').to(['read', 'write', 'delete'])
    ]
  })
});
`;

const TWO_STORAGES = `import { defineStorage } from "@aws-amplify/backend";

export const firstBucket = defineStorage({
  name: 'media',
  isDefault: true,
  access: (allow) => ({ 'media/*': [allow.guest.to(['read'])] }),
});

export const secondBucket = defineStorage({
  name: 'logs',
  access: (allow) => ({
    'logs/*': [allow.authenticated.to(['write'])],
    'audit/{entity_id}/*': [allow.entity('identity').to(['read'])],
  }),
});
`;

let typical: string,
  clean: string,
  withErrors: string,
  syntaxError: string,
  legacy: string,
  twoStorages: string,
  designJson: string;

beforeAll(() => {
  // The binary loads dist-cli/; (re)build it when missing or older than the sources it bundles
  // or the script that builds it (which also rewrites the bundle: see 'the bundle is ASCII').
  const stale =
    !existsSync(BUNDLE) ||
    statSync(BUNDLE).mtimeMs <
      Math.max(
        newest(join(ROOT, 'src/cli')),
        newest(join(ROOT, 'src/core')),
        statSync(join(ROOT, 'scripts/build-cli.mjs')).mtimeMs,
      );
  if (stale) execFileSync('npm', ['run', 'build:cli'], { cwd: ROOT, stdio: 'ignore' });
  dir = mkdtempSync(join(tmpdir(), 'access-matrix-cli-'));
  typical = file('typical.ts', TYPICAL);
  clean = file('clean.ts', CLEAN);
  withErrors = file('errors.ts', WITH_ERRORS);
  syntaxError = file('syntax.ts', SYNTAX_ERROR);
  legacy = file('legacy.ts', LEGACY);
  twoStorages = file('two.ts', TWO_STORAGES);
  designJson = file(
    'design.json',
    serializeDesignFile(
      designFromAccess({
        'public/*': [allow.guest.to(['read']), allow.authenticated.to(['read', 'write', 'delete'])],
        'protected/{entity_id}/*': [
          allow.authenticated.to(['read']),
          allow.entity('identity').to(['read', 'write', 'delete']),
        ],
        'private/{entity_id}/*': [allow.entity('identity').to(['read', 'write', 'delete'])],
        'admin/*': [
          allow.groups(['admin']).to(['read', 'write', 'delete']),
          allow.resource('demoFunction').to(['read']),
        ],
      }),
    ),
  );
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

// --- Help ---------------------------------------------------------------------------------------

describe('help', () => {
  it('access-matrix --help lists every command, exit 0', async () => {
    for (const flag of ['--help', '-h', 'help']) {
      const r = await run(flag);
      expect(r.code).toBe(0);
      for (const command of ['check', 'matrix', 'export', 'can'])
        expect(r.stdout).toContain(command);
    }
  });
  it.each(['check', 'matrix', 'export', 'can'])(
    '%s --help prints its usage, exit 0',
    async (command) => {
      for (const flag of ['--help', '-h']) {
        const r = await run(command, flag);
        expect(r.code).toBe(0);
        expect(r.stdout).toMatch(new RegExp(`^Usage: access-matrix ${command} FILE`));
        expect(r.stderr).toBe('');
      }
    },
  );
  it('no command at all is a usage error (non-zero) that shows the usage', async () => {
    const r = await run();
    expect(r.code).not.toBe(0);
    expect(r.stdout + r.stderr).toContain('Usage: access-matrix');
  });
});

// --- check and exit codes -----------------------------------------------------------------------

describe('check', () => {
  it('exit 0 for a clean design', async () => {
    const r = await run('check', clean);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('0 errors, 0 warnings');
  });
  it('exit 0 with warnings only (Gen 1 pattern: shared read on protected)', async () => {
    const r = await run('check', typical);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('warn-shared-rule-on-owner-path');
    expect(r.stdout).toMatch(/0 errors, [1-9]\d* warnings?/);
  });
  it('exit 1 with errors, each with file:line:column of the offending key', async () => {
    const r = await run('check', withErrors);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${withErrors}:6:5: error path-owner-has-prefix`);
  });
  it('--json: codes, severities, positions and counts', async () => {
    const r = await run('check', withErrors, '--json');
    expect(r.code).toBe(1);
    const out = json(r) as {
      file: string;
      errors: number;
      warnings: number;
      findings: Record<string, unknown>[];
    };
    expect(out.file).toBe(withErrors);
    expect(out.errors).toBe(1);
    expect(out.findings.filter((f) => f.severity === 'error')).toEqual([
      expect.objectContaining({
        code: 'path-owner-has-prefix',
        severity: 'error',
        path: 'foo/{entity_id}/*',
        line: 6,
        column: 5,
      }),
    ]);
    const clean0 = json(await run('check', clean, '--json')) as {
      errors: number;
      warnings: number;
      findings: unknown[];
    };
    expect(clean0).toMatchObject({ errors: 0, warnings: 0, findings: [] });
  });
  it('lists every fix a finding offers: the first as fix, the others as alternatives', async () => {
    const path = file(
      'too-deep.json',
      serializeDesignFile(
        designFromAccess({
          'media/*': [allow.guest.to(['read'])],
          'media/albums/*': [allow.guest.to(['read'])],
          'media/albums/2024/*': [allow.authenticated.to(['read'])],
        }),
      ),
    );
    const text = await run('check', path);
    expect(text.stdout).toContain('error path-too-deep');
    expect(text.stdout).toContain('\n    fix: Move up to "media/2024/*"');
    expect(text.stdout).toContain('\n    or fix: Flatten to "media/albums-2024/*"');
    const out = json(await run('check', path, '--json')) as {
      findings: { code: string; fix?: string; alternatives?: string[] }[];
    };
    expect(out.findings.find((f) => f.code === 'path-too-deep')).toMatchObject({
      fix: 'Move up to "media/2024/*"',
      alternatives: ['Flatten to "media/albums-2024/*"'],
    });
  });
  it('--json: one entry per cause, with the paths it concerns (a group is one finding)', async () => {
    const access: Record<string, ReturnType<typeof allow.authenticated.to>[]> = {};
    for (let i = 0; i < 30; i++) access[`area${i}/*`] = [allow.authenticated.to(['read'])];
    const path = file(
      'group-cause.json',
      serializeDesignFile(designFromAccess(access, { groups: ['admin'] })),
    );
    const out = json(await run('check', path, '--json')) as {
      errors: number;
      warnings: number;
      notes: number;
      findings: { code: string; severity: string; name?: string; paths?: string[] }[];
    };
    expect(out).toMatchObject({ errors: 0, warnings: 0, notes: 1 });
    expect(out.findings).toHaveLength(1);
    expect(out.findings[0]).toMatchObject({
      code: 'warn-group-members-lose-access',
      severity: 'note',
      name: 'admin',
    });
    expect(out.findings[0]!.paths).toHaveLength(30);
    const text = await run('check', path);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('0 errors, 0 warnings, 1 note');
    expect(text.stdout).toContain('paths: area0/*, area1/*');
  });
  it('exit 2 for an unreadable file, naming it', async () => {
    const missing = join(dir, 'missing.ts');
    const r = await run('check', missing);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(missing);
    expect(r.stdout).toBe('');
    const r2 = await run('check', dir); // a directory
    expect(r2.code).toBe(2);
  });
  it('exit 2 for a syntax error, with line:column on stderr', async () => {
    const r = await run('check', syntaxError);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${syntaxError}:5:3`);
    expect(r.stdout).toBe('');
  });
  it('exit 2 for a file with no defineStorage', async () => {
    const r = await run('check', file('nothing.ts', `export const x = 1;\n`));
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).not.toBe('');
  });
  it("the legacy allow.group('x') is read and flagged (exit 1); export keeps the user's file, a fresh one writes allow.groups(['x'])", async () => {
    const r = await run('check', legacy, '--json');
    expect(r.code).toBe(1);
    const out = json(r) as { findings: { code: string; line?: number }[] };
    expect(
      out.findings.filter((f) => f.code === 'rule-legacy-group-builder').map((f) => f.line),
    ).toEqual([6, 7]);
    // From a resource.ts, export writes the design into that file: unchanged, byte for byte.
    const kept = await run('export', legacy, '--format', 'resource');
    expect(kept.code).toBe(0);
    expect(kept.stdout).toBe(LEGACY);
    // A fresh file for the same design is in the current API.
    const fresh = renderResourceTs(importResourceTs(LEGACY).design!);
    expect(fresh).toContain(`allow.groups(['auditor']).to(['read'])`);
    expect(fresh).toContain(`allow.groups(['admin']).to(['read', 'write', 'delete'])`);
    expect(fresh).not.toContain('allow.group(');
    // the fresh file checks clean
    const again = await run('check', file('legacy-exported.ts', fresh));
    expect(again.code).toBe(0);
  });
});

describe('export --patch', () => {
  it('prints the unified diff of writing another design into FILE; nothing for FILE itself', async () => {
    const same = await run('export', legacy, '--format', 'resource', '--patch');
    expect(same).toMatchObject({ code: 0, stdout: '' });
    const other = file(
      'legacy-other.ts',
      LEGACY.replace(
        "allow.group('auditor').to(['read'])",
        "allow.group('auditor').to(['read', 'write'])",
      ),
    );
    const r = await run('export', legacy, '--design', other, '--format', 'resource', '--patch');
    expect(r.code).toBe(0);
    const changed = r.stdout.split('\n').filter((l) => /^[-+][^-+]/.test(l));
    expect(changed).toEqual([
      expect.stringContaining('-'),
      expect.stringContaining("allow.group('auditor').to(['read', 'write'])"),
    ]);
  });

  it('refuses --patch without --format resource, and a FILE that is not a resource.ts', async () => {
    expect((await run('export', legacy, '--format', 'iam', '--patch')).code).toBe(2);
    expect((await run('export', designJson, '--format', 'resource', '--patch')).code).toBe(2);
  });
});

describe('bad arguments: non-zero exit and a one-line message', () => {
  const cases: [string, () => string[]][] = [
    ['unknown command', () => ['frobnicate', clean]],
    ['unknown option', () => ['check', clean, '--bogus']],
    ['missing FILE', () => ['check']],
    ['two FILEs', () => ['matrix', clean, typical]],
    ['export without --format', () => ['export', clean]],
    ['export with an unknown --format', () => ['export', clean, '--format', 'yaml']],
    [
      'export with an invalid --bucket',
      () => ['export', clean, '--format', 'iam', '--bucket', 'Not_A_Bucket'],
    ],
    ['option missing its value', () => ['export', clean, '--format']],
    ['can without --as', () => ['can', clean, '--action', 'get', '--key', 'media/x']],
    [
      'can with an unknown action',
      () => ['can', clean, '--as', 'guest', '--action', 'fly', '--key', 'media/x'],
    ],
    [
      'can with an unknown subject',
      () => ['can', clean, '--as', 'admin', '--action', 'get', '--key', 'media/x'],
    ],
    [
      'can with owner as a subject',
      () => ['can', clean, '--as', 'owner', '--action', 'get', '--key', 'media/x'],
    ],
    ['can with --requests and --as', () => ['can', clean, '--requests', 'r.json', '--as', 'guest']],
    [
      'can --expect maybe',
      () => [
        'can',
        clean,
        '--as',
        'guest',
        '--action',
        'get',
        '--key',
        'media/x',
        '--expect',
        'maybe',
      ],
    ],
    ['--storage naming no storage', () => ['matrix', twoStorages, '--storage', 'nope']],
  ];
  it.each(cases)('%s', async (_, args) => {
    const r = await run(...args());
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

// --- matrix -------------------------------------------------------------------------------------

describe('matrix', () => {
  const expectedTypical = {
    subjects: ['guest', 'authenticated', 'owner', 'group:admin', 'function:demoFunction'],
    rows: [
      {
        path: 'public/*',
        cells: {
          guest: ['get', 'list'],
          authenticated: ['get', 'list', 'write', 'delete'],
          'group:admin': [],
          'function:demoFunction': [],
        },
      },
      {
        path: 'protected/{entity_id}/*',
        cells: {
          guest: [],
          authenticated: ['get', 'list'],
          owner: ['get', 'list', 'write', 'delete'],
          'group:admin': [],
          'function:demoFunction': [],
        },
      },
      {
        path: 'private/{entity_id}/*',
        cells: {
          guest: [],
          authenticated: [],
          owner: ['get', 'list', 'write', 'delete'],
          'group:admin': [],
          'function:demoFunction': [],
        },
      },
      {
        path: 'admin/*',
        cells: {
          guest: [],
          authenticated: [],
          'group:admin': ['get', 'list', 'write', 'delete'],
          'function:demoFunction': ['get', 'list'],
        },
      },
    ],
  };

  it('--json has exactly {subjects, rows: [{path, cells}]}, owner cells only on {entity_id} rows', async () => {
    const r = await run('matrix', typical, '--json');
    expect(r.code).toBe(0);
    const out = json(r) as typeof expectedTypical;
    expect(out).toEqual(expectedTypical);
    expect(Object.keys(out)).toEqual(['subjects', 'rows']);
    for (const row of out.rows) {
      expect(Object.keys(row)).toEqual(['path', 'cells']);
      expect('owner' in row.cells).toBe(row.path.includes('{entity_id}'));
      // cells in subject order
      expect(Object.keys(row.cells)).toEqual(out.subjects.filter((s) => s in row.cells));
    }
  });

  it("the docs' prefix-behaviour table", async () => {
    const f = file('prefix.ts', docsExample('storage-overview.txt', 'prefix behavior'));
    const out = json(await run('matrix', f, '--json'));
    expect(out).toEqual({
      subjects: ['guest', 'authenticated'],
      rows: [
        { path: 'foo/*', cells: { guest: [], authenticated: ['get', 'list', 'write', 'delete'] } },
        { path: 'foo/bar/*', cells: { guest: ['get', 'list'], authenticated: [] } },
        { path: 'foo/baz/*', cells: { guest: [], authenticated: ['get', 'list'] } },
        {
          path: 'other/*',
          cells: { guest: ['get', 'list'], authenticated: ['get', 'list', 'write'] },
        },
      ],
    });
    const table = await run('matrix', f);
    expect(table.code).toBe(0);
    expect(table.stdout.split('\n')[0]).toMatch(/^path\s+guest\s+authenticated$/);
  });

  it('a design JSON file gives the same matrix as the equivalent resource.ts', async () => {
    const fromJson = json(await run('matrix', designJson, '--json'));
    expect(fromJson).toEqual(expectedTypical);
  });

  it('--storage picks a storage; without it the default one is shown', async () => {
    const byDefault = json(await run('matrix', twoStorages, '--json')) as typeof expectedTypical;
    expect(byDefault.rows.map((r) => r.path)).toEqual(['media/*']);
    const logs = json(
      await run('matrix', twoStorages, '--json', '--storage', 'logs'),
    ) as typeof expectedTypical;
    expect(logs).toEqual({
      subjects: ['guest', 'authenticated', 'owner'],
      rows: [
        { path: 'logs/*', cells: { guest: [], authenticated: ['write'] } },
        {
          path: 'audit/{entity_id}/*',
          cells: { guest: [], authenticated: [], owner: ['get', 'list'] },
        },
      ],
    });
    // the export name works too
    expect(json(await run('matrix', twoStorages, '--json', '--storage', 'secondBucket'))).toEqual(
      logs,
    );
  });
});

// --- export -------------------------------------------------------------------------------------

describe('a reader that stops early', () => {
  it('`matrix --json big.ts | head -c 1`: no EPIPE crash, the command exits with its own code', async () => {
    // Far more than a pipe holds (64 KiB), so the writes after the reader has gone fail with EPIPE.
    const access = Object.fromEntries(
      Array.from({ length: 2000 }, (_, i) => [`area${i}/*`, [allow.authenticated.to(['read'])]]),
    );
    const big = file('big.json', serializeDesignFile(designFromAccess(access)));
    const result = await new Promise<{ code: number | null; stderr: string; read: number }>(
      (resolve) => {
        const child = spawn(process.execPath, [BIN, 'matrix', '--json', big], { cwd: ROOT });
        let stderr = '';
        let read = 0;
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.stdout.once('data', (chunk: Buffer) => {
          read = chunk.length;
          child.stdout.destroy();
        });
        child.on('close', (code) => resolve({ code, stderr, read }));
      },
    );
    expect(result.read).toBeGreaterThan(0);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });
});

describe('output to a file, and to a pipe that is not read for a while', () => {
  const bigDesign = () =>
    file(
      'big-out.json',
      serializeDesignFile(
        designFromAccess(
          Object.fromEntries(
            Array.from({ length: 2000 }, (_, i) => [
              `area${i}/*`,
              [allow.authenticated.to(['read'])],
            ]),
          ),
        ),
      ),
    );

  it('stdout and stderr redirected to one file hold what the pipes carry, in order', async () => {
    const piped = await run('check', withErrors);
    const out = join(dir, 'check-output.txt');
    const fd = openSync(out, 'w');
    const code = await new Promise<number | null>((resolve) => {
      const child = spawn(process.execPath, [BIN, 'check', withErrors], {
        cwd: ROOT,
        stdio: ['ignore', fd, fd],
      });
      child.on('close', resolve);
    });
    closeSync(fd);
    expect(code).toBe(piped.code);
    expect(readFileSync(out, 'utf8')).toBe(piped.stdout + piped.stderr);
  });

  it('a non-blocking stdout that fills up: every byte still arrives, in order', async () => {
    // The preload makes fd 1 non-blocking (as a parent sharing its own non-blocking pipe would),
    // and the reader waits before reading: the CLI's direct writes meet EAGAIN, and what is left
    // goes through Node's stream, which waits for the reader.
    const big = bigDesign();
    const expected = await run('matrix', big, '--json');
    expect(expected.stdout.length).toBeGreaterThan(256 * 1024);
    const preload = file(
      'nonblocking-stdout.cjs',
      "globalThis.keepStdout = new (require('node:net').Socket)({ fd: 1, readable: false, writable: true });\n",
    );
    const result = await new Promise<{ code: number | null; stdout: string; stderr: string }>(
      (resolve) => {
        const child = spawn(
          process.execPath,
          ['--require', preload, BIN, 'matrix', big, '--json'],
          { cwd: ROOT },
        );
        const chunks: Buffer[] = [];
        let stderr = '';
        child.stdout.pause();
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        setTimeout(() => {
          child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
          child.stdout.resume();
        }, 1000);
        child.on('close', (code) =>
          resolve({ code, stdout: Buffer.concat(chunks).toString('utf8'), stderr }),
        );
      },
    );
    expect(result).toEqual({ code: 0, stdout: expected.stdout, stderr: '' });
  });
});

describe('export --format iam', () => {
  type Policy = {
    Version: string;
    Statement: {
      Effect: string;
      Action: string;
      Resource: string | string[];
      Condition?: unknown;
    }[];
  };
  type Iam = {
    guest: Policy | null;
    authenticated: Policy | null;
    groups: Record<string, Policy>;
    functions: Record<string, Policy>;
  };
  const resources = (p: Policy) =>
    p.Statement.flatMap((s) => (Array.isArray(s.Resource) ? s.Resource : [s.Resource]));

  it('{guest, authenticated, groups, functions} with arn:aws:s3:::NAME for --bucket NAME', async () => {
    const r = await run('export', typical, '--format', 'iam', '--bucket', 'my-app-bucket');
    expect(r.code).toBe(0);
    const out = json(r) as Iam;
    expect(Object.keys(out)).toEqual(['guest', 'authenticated', 'groups', 'functions']);
    const A = 'arn:aws:s3:::my-app-bucket';
    expect(out.guest).toEqual({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: 's3:GetObject', Resource: `${A}/public/*` },
        {
          Effect: 'Allow',
          Action: 's3:ListBucket',
          Resource: A,
          Condition: { StringLike: { 's3:prefix': ['public/*', 'public/'] } },
        },
      ],
    });
    expect(out.authenticated!.Statement).toEqual([
      {
        Effect: 'Allow',
        Action: 's3:GetObject',
        Resource: [`${A}/public/*`, `${A}/protected/*`, `${A}/private/${SUB}/*`],
      },
      {
        Effect: 'Allow',
        Action: 's3:ListBucket',
        Resource: A,
        Condition: {
          StringLike: {
            's3:prefix': [
              'public/*',
              'public/',
              'protected/*',
              'protected/',
              `private/${SUB}/*`,
              `private/${SUB}/`,
            ],
          },
        },
      },
      {
        Effect: 'Allow',
        Action: 's3:PutObject',
        Resource: [`${A}/public/*`, `${A}/protected/${SUB}/*`, `${A}/private/${SUB}/*`],
      },
      {
        Effect: 'Allow',
        Action: 's3:DeleteObject',
        Resource: [`${A}/public/*`, `${A}/protected/${SUB}/*`, `${A}/private/${SUB}/*`],
      },
    ]);
    expect(Object.keys(out.groups)).toEqual(['admin']);
    expect(Object.keys(out.functions)).toEqual(['demoFunction']);
    expect(out.functions.demoFunction!.Statement).toEqual([
      { Effect: 'Allow', Action: 's3:GetObject', Resource: `${A}/admin/*` },
      {
        Effect: 'Allow',
        Action: 's3:ListBucket',
        Resource: A,
        Condition: { StringLike: { 's3:prefix': ['admin/*', 'admin/'] } },
      },
    ]);
    for (const p of [
      out.guest!,
      out.authenticated!,
      out.groups.admin!,
      out.functions.demoFunction!,
    ]) {
      for (const res of resources(p)) expect(res.startsWith(A)).toBe(true);
    }
  });

  it('without --bucket: the same policies on a placeholder bucket', async () => {
    const withBucket = json(
      await run('export', typical, '--format', 'iam', '--bucket', 'my-app-bucket'),
    ) as Iam;
    const out = json(await run('export', typical, '--format', 'iam')) as Iam;
    const all = [
      out.guest!,
      out.authenticated!,
      ...Object.values(out.groups),
      ...Object.values(out.functions),
    ].flatMap(resources);
    const buckets = new Set(all.map((res) => /^arn:aws:s3:::([^/]+)/.exec(res)?.[1]));
    expect(buckets.size).toBe(1);
    const placeholder = [...buckets][0]!;
    expect(placeholder).toMatch(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/);
    expect(placeholder).not.toBe('my-app-bucket');
    expect(
      JSON.parse(
        JSON.stringify(out).replaceAll(`arn:aws:s3:::${placeholder}`, 'arn:aws:s3:::my-app-bucket'),
      ),
    ).toEqual(withBucket);
  });

  it('roles without rules are null / absent', async () => {
    const out = json(await run('export', clean, '--format', 'iam')) as Iam;
    expect(out.guest).not.toBeNull();
    expect(out.groups).toEqual({});
    expect(out.functions).toEqual({});
    const groupsOnly = json(await run('export', legacy, '--format', 'iam')) as Iam;
    expect(groupsOnly.guest).toBeNull();
    expect(groupsOnly.authenticated).toBeNull();
    expect(Object.keys(groupsOnly.groups)).toEqual(['auditor', 'admin']);
  });

  it('--storage picks the storage whose policies are exported', async () => {
    const out = json(
      await run(
        'export',
        twoStorages,
        '--format',
        'iam',
        '--storage',
        'logs',
        '--bucket',
        'logs-bucket',
      ),
    ) as Iam;
    expect(out.guest).toBeNull();
    expect(out.authenticated!.Statement[0]).toEqual({
      Effect: 'Allow',
      Action: 's3:PutObject',
      Resource: 'arn:aws:s3:::logs-bucket/logs/*',
    });
  });
});

describe('export --format outputs', () => {
  type Outputs = {
    version: string;
    storage: { aws_region: string; bucket_name: string; buckets: Record<string, unknown>[] };
  };

  it('amplify_outputs.json version >= 1.4 with the storage part of spec §4, --bucket and --region', async () => {
    const r = await run(
      'export',
      typical,
      '--format',
      'outputs',
      '--bucket',
      'my-app-bucket',
      '--region',
      'eu-west-1',
    );
    expect(r.code).toBe(0);
    const out = json(r) as Outputs;
    const [major, minor] = out.version.split('.').map(Number);
    expect(major).toBe(1);
    expect(minor).toBeGreaterThanOrEqual(4);
    expect(out.storage).toEqual({
      aws_region: 'eu-west-1',
      bucket_name: 'my-app-bucket',
      buckets: [
        {
          name: 'myProjectFiles',
          bucket_name: 'my-app-bucket',
          aws_region: 'eu-west-1',
          paths: {
            'public/*': {
              guest: ['get', 'list'],
              authenticated: ['get', 'list', 'write', 'delete'],
            },
            'protected/*': { authenticated: ['get', 'list'] },
            [`protected/${SUB}/*`]: { entityidentity: ['get', 'list', 'write', 'delete'] },
            [`private/${SUB}/*`]: { entityidentity: ['get', 'list', 'write', 'delete'] },
            'admin/*': { groupsadmin: ['get', 'list', 'write', 'delete'] },
          },
        },
      ],
    });
  });

  it('every storage is listed; the default one is at the top; --bucket names the chosen storage', async () => {
    const out = json(
      await run(
        'export',
        twoStorages,
        '--format',
        'outputs',
        '--bucket',
        'media-bucket',
        '--region',
        'ap-south-1',
      ),
    ) as Outputs;
    expect(out.storage.bucket_name).toBe('media-bucket');
    expect(out.storage.aws_region).toBe('ap-south-1');
    expect(out.storage.buckets.map((b) => b.name)).toEqual(['media', 'logs']);
    expect(out.storage.buckets[0]).toMatchObject({
      bucket_name: 'media-bucket',
      aws_region: 'ap-south-1',
      paths: { 'media/*': { guest: ['get', 'list'] } },
    });
    expect(out.storage.buckets[1]).toMatchObject({
      aws_region: 'ap-south-1',
      paths: {
        'logs/*': { authenticated: ['write'] },
        [`audit/${SUB}/*`]: { entityidentity: ['get', 'list'] },
      },
    });
    expect(out.storage.buckets[1]!.bucket_name).not.toBe('media-bucket');
  });

  it('a storage without an access callback has no paths', async () => {
    const f = file('noaccess.ts', `export const storage = defineStorage({ name: 'plain' });\n`);
    const out = json(await run('export', f, '--format', 'outputs')) as Outputs;
    expect(out.storage.buckets).toHaveLength(1);
    expect(out.storage.buckets[0]!.name).toBe('plain');
    expect('paths' in out.storage.buckets[0]!).toBe(false);
  });
});

describe('export --format resource', () => {
  it('writes a resource.ts that reads back to the same matrix', async () => {
    const r = await run('export', designJson, '--format', 'resource');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      `import { demoFunction } from '../functions/demoFunction/resource';`,
    );
    const back = file('roundtrip.ts', r.stdout);
    expect(json(await run('matrix', back, '--json'))).toEqual(
      json(await run('matrix', designJson, '--json')),
    );
  });
});

// --- can ----------------------------------------------------------------------------------------

describe('can', () => {
  it('a single request: the reason on stdout, --json for {allowed, reason}', async () => {
    const text = await run(
      'can',
      typical,
      '--as',
      'guest',
      '--action',
      'get',
      '--key',
      'public/cat.jpg',
    );
    expect(text.code).toBe(0);
    expect(text.stdout.trim().split('\n')).toHaveLength(1);
    expect(text.stdout).toContain('public/*');
    const out = json(
      await run(
        'can',
        typical,
        '--as',
        'guest',
        '--action',
        'write',
        '--key',
        'public/cat.jpg',
        '--json',
      ),
    ) as { allowed: boolean; reason: string };
    expect(Object.keys(out)).toEqual(['allowed', 'reason']);
    expect(out.allowed).toBe(false);
  });

  it('owner = authenticated with the folder identity id', async () => {
    const own = json(
      await run(
        'can',
        typical,
        '--as',
        'authenticated',
        '--identity',
        'us-east-1:me',
        '--action',
        'write',
        '--key',
        'private/us-east-1:me/a.jpg',
        '--json',
      ),
    );
    expect(own).toMatchObject({ allowed: true });
    const other = json(
      await run(
        'can',
        typical,
        '--as',
        'authenticated',
        '--identity',
        'us-east-1:me',
        '--action',
        'get',
        '--key',
        'private/us-east-1:you/a.jpg',
        '--json',
      ),
    );
    expect(other).toMatchObject({ allowed: false });
    const noId = json(
      await run(
        'can',
        typical,
        '--as',
        'authenticated',
        '--action',
        'get',
        '--key',
        'private/us-east-1:me/a.jpg',
        '--json',
      ),
    );
    expect(noId).toMatchObject({ allowed: false });
  });

  it('groups and functions are subjects; group members have no authenticated access', async () => {
    expect(
      json(
        await run(
          'can',
          typical,
          '--as',
          'group:admin',
          '--action',
          'delete',
          '--key',
          'admin/x',
          '--json',
        ),
      ),
    ).toMatchObject({ allowed: true });
    expect(
      json(
        await run(
          'can',
          typical,
          '--as',
          'group:admin',
          '--action',
          'get',
          '--key',
          'public/x',
          '--json',
        ),
      ),
    ).toMatchObject({ allowed: false });
    expect(
      json(
        await run(
          'can',
          typical,
          '--as',
          'function:demoFunction',
          '--action',
          'list',
          '--key',
          'admin/',
          '--json',
        ),
      ),
    ).toMatchObject({ allowed: true });
  });

  it('--expect turns the decision into the exit code', async () => {
    const args = ['can', typical, '--as', 'guest', '--action', 'get', '--key', 'public/x'];
    expect((await run(...args, '--expect', 'allow')).code).toBe(0);
    expect((await run(...args, '--expect', 'deny')).code).toBe(1);
  });

  it('--requests FILE --json: answers in the same order', async () => {
    const requests = [
      { subject: 'guest', action: 'get', key: 'public/a.jpg' },
      { subject: 'authenticated', identityId: 'me', action: 'write', key: 'protected/me/a.jpg' },
      { subject: 'authenticated', identityId: 'me', action: 'write', key: 'protected/you/a.jpg' },
      { subject: 'authenticated', identityId: 'me', action: 'get', key: 'protected/you/a.jpg' },
      { subject: 'guest', action: 'list', key: 'protected/' },
      { subject: 'group:admin', action: 'write', key: 'admin/report.pdf' },
      { subject: 'function:demoFunction', action: 'write', key: 'admin/report.pdf' },
      { subject: 'authenticated', identityId: 'me', action: 'delete', key: 'private/me/x' },
    ];
    const r = await run(
      'can',
      typical,
      '--requests',
      file('requests.json', JSON.stringify(requests)),
      '--json',
    );
    expect(r.code).toBe(0);
    const out = json(r) as { allowed: boolean; reason: string }[];
    expect(out.map((a) => a.allowed)).toEqual([true, true, false, true, false, true, false, true]);
    for (const answer of out) {
      expect(Object.keys(answer)).toEqual(['allowed', 'reason']);
      expect(answer.reason.length).toBeGreaterThan(0);
    }
  });

  it('an invalid request file is exit 2 naming the request index', async () => {
    const bad = [
      { subject: 'guest', action: 'get', key: 'a' },
      { subject: 'guest', action: 'get', key: 'b' },
      { subject: 'guest', action: 'fly', key: 'c' },
    ];
    const r = await run(
      'can',
      typical,
      '--requests',
      file('bad.json', JSON.stringify(bad)),
      '--json',
    );
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/request 2\b/);

    const owner = await run(
      'can',
      typical,
      '--requests',
      file('owner.json', JSON.stringify([{ subject: 'owner', action: 'get', key: 'x' }])),
      '--json',
    );
    expect(owner.code).toBe(2);
    expect(owner.stderr).toMatch(/request 0\b/);

    const missingKey = await run(
      'can',
      typical,
      '--requests',
      file(
        'nokey.json',
        JSON.stringify([
          { subject: 'guest', action: 'get', key: 'x' },
          { subject: 'guest', action: 'get' },
        ]),
      ),
      '--json',
    );
    expect(missingKey.code).toBe(2);
    expect(missingKey.stderr).toMatch(/request 1\b/);

    for (const text of ['{"not": "an array"}', 'not json', '']) {
      const r2 = await run('can', typical, '--requests', file('weird.json', text), '--json');
      expect(r2.code).toBe(2);
      expect(r2.stdout).toBe('');
    }
    const unreadable = await run('can', typical, '--requests', join(dir, 'absent.json'), '--json');
    expect(unreadable.code).toBe(2);
  });
});

// --- design files and dialects ------------------------------------------------------------------

describe('design JSON files', () => {
  it('check, export and can accept a design file written by serializeDesignFile', async () => {
    const checked = await run('check', designJson);
    expect(checked.code).toBe(0);
    const fromTs = json(await run('export', typical, '--format', 'iam', '--bucket', 'b-1'));
    expect(json(await run('export', designJson, '--format', 'iam', '--bucket', 'b-1'))).toEqual(
      fromTs,
    );
    expect(
      json(
        await run(
          'can',
          designJson,
          '--as',
          'guest',
          '--action',
          'list',
          '--key',
          'public/',
          '--json',
        ),
      ),
    ).toMatchObject({ allowed: true });
  });
  it('a design file that breaks the schema is exit 2 with a message saying where', async () => {
    const bad = file(
      'bad-design.json',
      JSON.stringify({
        format: 'access-matrix-design',
        version: 1,
        design: { storages: [{ name: 1 }], groups: [], functions: [] },
      }),
    );
    const r = await run('check', bad);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('storages');
  });
  it('a design file (and a requests file) saved with a UTF-8 byte order mark is read', async () => {
    const bom = file(
      'bom-design.json',
      `\uFEFF${serializeDesignFile(designFromAccess({ 'a/*': [allow.guest.to(['read'])] }))}`,
    );
    const r = await run('check', bom);
    expect(r.code).toBe(0);
    const requests = file(
      'bom-requests.json',
      `\uFEFF${JSON.stringify([{ subject: 'guest', action: 'get', key: 'a/x' }])}`,
    );
    expect(json(await run('can', bom, '--requests', requests, '--json'))).toMatchObject([
      { allowed: true },
    ]);
  });
  it('a design file with errors is exit 1 like resource.ts', async () => {
    const d = designFromAccess({ '/bad/*': [allow.guest.to(['read'])] });
    expect((await run('check', file('err-design.json', serializeDesignFile(d)))).code).toBe(1);
  });
});

describe('resource.ts dialects', () => {
  it('quotes, template literals, comments and trailing commas read the same as plain code', async () => {
    const plain = file(
      'plain.ts',
      `import { defineStorage } from '@aws-amplify/backend';
import { demoFunction } from '../functions/demo-function/resource';
export const storage = defineStorage({
  name: 'myProjectFiles',
  access: (allow) => ({
    'public/*': [allow.guest.to(['read']), allow.authenticated.to(['read', 'write', 'delete'])],
    'protected/{entity_id}/*': [allow.authenticated.to(['read']), allow.entity('identity').to(['read', 'write', 'delete'])],
    'private/{entity_id}/*': [allow.entity('identity').to(['read', 'write', 'delete'])],
    'admin/*': [allow.groups(['admin']).to(['read', 'write', 'delete']), allow.resource(demoFunction).to(['read'])]
  })
});
`,
    );
    expect(json(await run('export', typical, '--format', 'iam'))).toEqual(
      json(await run('export', plain, '--format', 'iam')),
    );
    expect(json(await run('matrix', typical, '--json'))).toEqual(
      json(await run('matrix', plain, '--json')),
    );
  });
  it('a function defined in the file (docs: const demoFunction = defineFunction({})) works like an imported one', async () => {
    const f = file('local-fn.ts', docsExample('storage-overview.txt', 'grant function access'));
    expect((await run('check', f)).code).toBe(0);
    expect(json(await run('matrix', f, '--json'))).toEqual({
      subjects: ['guest', 'authenticated', 'function:demoFunction'],
      rows: [
        {
          path: 'foo/*',
          cells: {
            guest: [],
            authenticated: [],
            'function:demoFunction': ['get', 'list', 'write', 'delete'],
          },
        },
      ],
    });
  });
  // KNOWN BUG (reported, not fixed here: the function name comes from src/core/import): the docs'
  // trigger example (storage-overview.txt) is valid Amplify code, but the importer names the inline
  // functions after their entry files ("on-upload-handler"), which check then reports as
  // function-name-invalid errors (exit 1), and export --format resource turns into
  // \`import { on-upload-handler } ...\`, which does not compile. Remove .fails once fixed.
  it("the docs' inline defineFunction triggers check clean and export compilable code", async () => {
    const f = file(
      'triggers.ts',
      `export const storage = defineStorage({
 name: 'myProjectFiles',
 triggers: {
 onUpload: defineFunction({
 entry: './on-upload-handler.ts'
 }),
 onDelete: defineFunction({
 entry: './on-delete-handler.ts'
 })
 }
});
`,
    );
    expect((await run('check', f)).code).toBe(0);
    const ts = await run('export', f, '--format', 'resource');
    expect(ts.stdout).not.toMatch(/import \{ [^}]*-/);
  });
  it('allow.resource(fn) with an imported identifier becomes a function:NAME subject', async () => {
    const out = json(await run('matrix', typical, '--json')) as { subjects: string[] };
    expect(out.subjects).toContain('function:demoFunction');
  });
});

// --- timing -------------------------------------------------------------------------------------

describe('the bundle and its launcher', () => {
  it('the bundle is ASCII: V8 then holds its source at one byte a character', () => {
    expect(/[\u0080-\uffff]/.exec(readFileSync(BUNDLE, 'utf8'))).toBeNull();
  });

  it('answers the same without a code cache and with one that does not fit', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'access-matrix-launcher-'));
    try {
      cpSync(join(ROOT, 'bin'), join(copy, 'bin'), { recursive: true });
      mkdirSync(join(copy, 'dist-cli'));
      copyFileSync(BUNDLE, join(copy, 'dist-cli/access-matrix.cjs'));
      const expected = await run('matrix', typical, '--json');
      expect(expected.code).toBe(0);
      const launch = () => runBin(join(copy, 'bin/access-matrix.js'), 'matrix', typical, '--json');
      expect(await launch()).toEqual(expected);
      writeFileSync(join(copy, 'dist-cli/access-matrix.code-cache'), 'not a V8 code cache');
      expect(await launch()).toEqual(expected);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});

describe('start-to-answer time (logged, not asserted)', () => {
  it('check and matrix on a typical design', async () => {
    const times: Record<string, number[]> = { check: [], 'matrix --json': [] };
    for (let i = 0; i < 7; i++) {
      for (const [label, args] of [
        ['check', ['check', typical]],
        ['matrix --json', ['matrix', typical, '--json']],
      ] as const) {
        const start = performance.now();
        const r = await run(...args);
        times[label]!.push(performance.now() - start);
        expect(r.code).toBe(0);
      }
    }
    const summary = Object.entries(times).map(([label, ms]) => {
      const sorted = [...ms].sort((a, b) => a - b);
      return `${label}: median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0)} ms, min ${sorted[0]!.toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms`;
    });
    console.log(
      `CLI start-to-answer (node bin/access-matrix.js, ${process.version}):\n  ${summary.join('\n  ')}`,
    );
  });
});
