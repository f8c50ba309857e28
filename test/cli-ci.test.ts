/**
 * The CI side of issue 12 through the real binary (`node bin/access-matrix.js`): `test` with every
 * exit code and reporter, `check --format sarif` valid against the official SARIF 2.1.0 schema,
 * GitHub workflow annotations, and `diff --fail-on` / `--base REF` in a real git repository.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allow, designFromAccess, serializeDesignFile, serializeTestsFile } from '../src/core';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/access-matrix.js');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: dir, encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '', ...env } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const RESOURCE = `import { defineStorage } from '@aws-amplify/backend';

export const storage = defineStorage({
  name: 'myProjectFiles',
  access: (allow) => ({
    'public/*': [
      allow.guest.to(['read']),
      allow.authenticated.to(['read', 'write', 'delete']),
    ],
    'private/{entity_id}/*': [allow.entity('identity').to(['read', 'write', 'delete'])],
  }),
});
`;
const BROKEN_RESOURCE = RESOURCE.replace("'public/*'", "'/public'");

const PASSING = [
  {
    name: 'guests never write',
    who: 'guest',
    actions: ['write', 'delete'],
    where: '*',
    expect: 'deny',
  },
  {
    who: 'owner',
    actions: ['read', 'write', 'delete'],
    where: 'private/{entity_id}/*',
    expect: 'allow',
  },
] as const;
const FAILING = { who: 'authenticated', actions: ['write'], where: '*', expect: 'deny' } as const;

let dir: string;
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  return path;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'am-ci-'));
  file('amplify/storage/resource.ts', RESOURCE);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('access-matrix test', () => {
  it('exit 0 when every test passes; tests found beside FILE', async () => {
    file('amplify/storage/access.tests.json', serializeTestsFile([...PASSING]));
    const r = await run(['test', 'amplify/storage/resource.ts']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toBe(
      'PASS guests never write\nPASS owner can read/write/delete under private/{entity_id}/\n2 tests: 2 passed, 0 failed\n',
    );
  });

  it('exit 1 when a test fails: counterexample, statement, rule with its line in resource.ts', async () => {
    file('t.json', serializeTestsFile([...PASSING, FAILING]));
    const r = await run(['test', 'amplify/storage/resource.ts', '--tests', 't.json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('FAIL authenticated cannot write anywhere (t.json:');
    expect(r.stdout).toContain(
      'write is allowed on "public/" (identity {caller_id}). Allowed: the authenticated policy allows s3:PutObject on "public/" through "public/*"',
    );
    expect(r.stdout).toContain(
      'rule: allow.authenticated.to(["read","write","delete"]) on "public/*" (amplify/storage/resource.ts:8:7)',
    );
    expect(r.stdout).toMatch(/3 tests: 2 passed, 1 failed\n$/);
  });

  it('--reporter json', async () => {
    const r = await run([
      'test',
      'amplify/storage/resource.ts',
      '--tests',
      't.json',
      '--reporter',
      'json',
    ]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ total: 3, passed: 2, failed: 1 });
    expect(report.results[2]).toMatchObject({
      status: 'fail',
      line: expect.any(Number),
      failures: [
        {
          action: 'write',
          key: 'public/',
          kind: 'allow',
          statement: { effect: 'Allow', prefix: 'public/*' },
          rules: [{ path: 'public/*', at: 'amplify/storage/resource.ts:8:7' }],
        },
      ],
    });
  });

  it('--reporter junit: the structure JUnit consumers require, names escaped', async () => {
    const odd = { ...FAILING, name: 'a <tricky> & "quoted" name' };
    file('odd.json', serializeTestsFile([...PASSING, odd]));
    const r = await run([
      'test',
      'amplify/storage/resource.ts',
      '--tests',
      'odd.json',
      '--reporter',
      'junit',
    ]);
    expect(r.code).toBe(1);
    const xml = r.stdout;
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites /);
    expect(xml).toMatch(
      /<testsuite name="access tests: amplify\/storage\/resource.ts" tests="3" failures="1" errors="0" skipped="0" time="[\d.]+">/,
    );
    expect(xml.match(/<testcase /g)).toHaveLength(3);
    expect(xml).toContain(
      '<testcase name="a &lt;tricky&gt; &amp; &quot;quoted&quot; name" classname="odd.json" file="odd.json" line="',
    );
    expect(xml).toMatch(
      /<failure message="write is allowed on &quot;public\/&quot; \(identity \{caller_id\}\)" type="access-allowed">write is allowed/,
    );
    expect(xml.match(/<failure /g)).toHaveLength(1);
    // Well-formed: every element opened is closed, no raw "<" or "&" outside markup.
    const tags = [...xml.matchAll(/<(\/?)(testsuites|testsuite|testcase|failure)\b[^>]*?(\/?)>/g)];
    const stack: string[] = [];
    for (const [, close, name, self] of tags) {
      if (self) continue;
      if (close) expect(stack.pop()).toBe(name);
      else stack.push(name!);
    }
    expect(stack).toEqual([]);
    expect(xml.replace(/<[^>]*>/g, '')).not.toMatch(/[<]|&(?!amp;|lt;|gt;|quot;|#\d+;)/);
  });

  it('exit 2 with line:column: malformed tests file, unknown group, unknown storage, no tests', async () => {
    file('bad.json', '{\n  "version": 1,\n  "tests": [\n    { "who": "guest", }\n  ]\n}\n');
    let r = await run(['test', 'amplify/storage/resource.ts', '--tests', 'bad.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^bad\.json:4:23: Not valid JSON at line 4, column 23: /);

    file(
      'group.json',
      serializeTestsFile([{ who: 'group:admin', actions: ['get'], where: 'x', expect: 'deny' }]),
    );
    r = await run(['test', 'amplify/storage/resource.ts', '--tests', 'group.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^group\.json:6:7: test 1 \(group:admin cannot get x\): The design has no group "admin"; its groups are none\. \[unknown-group\]\n$/,
    );

    file('storage.json', serializeTestsFile([{ ...PASSING[0], storage: 'nope' }]));
    r = await run(['test', 'amplify/storage/resource.ts', '--tests', 'storage.json']);
    expect(r.stderr).toMatch(
      /^storage\.json:\d+:7: .*No storage is named "nope".*\[unknown-storage\]/,
    );

    file('empty/resource.ts', RESOURCE);
    r = await run(['test', 'empty/resource.ts']);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toMatch(/no tests: pass --tests FILE, or put access.tests.json beside it/);

    file('broken/resource.ts', RESOURCE.replace('access: (allow) => ({', 'access: (allow) => ({{'));
    r = await run(['test', 'broken/resource.ts', '--tests', 't.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^broken\/resource\.ts:\d+:\d+: /);

    r = await run(['test', 'amplify/storage/resource.ts', '--reporter', 'tap']);
    expect(r.code).toBe(2);
  });

  it('tests saved in a design file run from it, placed at their line', async () => {
    const design = {
      ...designFromAccess({ 'media/*': [allow.guest.to(['read'])] }),
      tests: [{ who: 'guest', actions: ['write'], where: 'media/*', expect: 'allow' as const }],
    };
    file('design.json', serializeDesignFile(design));
    const r = await run(['test', 'design.json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^FAIL guest can write under media\/ \(design\.json:\d+:\d+\)\n/);
  });

  it('GITHUB_ACTIONS=true: failing tests become annotations on their line', async () => {
    const r = await run(['test', 'amplify/storage/resource.ts', '--tests', 't.json'], {
      GITHUB_ACTIONS: 'true',
    });
    const line =
      readFileSync(join(dir, 't.json'), 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('"authenticated"')) - 1;
    expect(r.stdout).toMatch(
      new RegExp(
        `^::error file=t\\.json,line=${line + 1},col=5,title=access test failed%3A authenticated cannot write anywhere::write is allowed on "public/".*%0Arule: `,
        'm',
      ),
    );
    // With a machine-readable reporter, stdout stays parseable: annotations go to stderr.
    const json = await run(
      ['test', 'amplify/storage/resource.ts', '--tests', 't.json', '--reporter', 'json'],
      { GITHUB_ACTIONS: 'true' },
    );
    expect(() => JSON.parse(json.stdout)).not.toThrow();
    expect(json.stderr).toMatch(/^::error file=t\.json,/);
  });
});

describe('access-matrix check --format sarif', () => {
  // The official schema is draft-04; Ajv 8 reads draft-07, which differs from draft-04 only in
  // keywords this schema does not use (boolean exclusiveMinimum/Maximum) and in `id` vs `$id`.
  const raw = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/sarif-schema-2.1.0.json'), 'utf8'));
  const { id, $schema: _draft, ...rest } = raw;
  const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile({
    ...rest,
    $id: id,
  });

  it('valid SARIF 2.1.0 with each finding on its line; exit codes as check', async () => {
    file('broken/resource.ts', BROKEN_RESOURCE);
    const r = await run(['check', 'broken/resource.ts', '--format', 'sarif']);
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const results = log.runs[0].results;
    expect(results.map((x: { ruleId: string }) => x.ruleId)).toEqual([
      'path-leading-slash',
      'path-missing-wildcard-suffix',
    ]);
    expect(results[0]).toMatchObject({
      level: 'error',
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'broken/resource.ts' },
            region: { startLine: 6, startColumn: 5 },
          },
        },
      ],
    });
    const rules = log.runs[0].tool.driver.rules;
    expect(rules[results[0].ruleIndex].id).toBe('path-leading-slash');

    const clean = await run(['check', 'amplify/storage/resource.ts', '--format', 'sarif']);
    expect(clean.code).toBe(0);
    expect(validate(JSON.parse(clean.stdout))).toBe(true);
    expect(JSON.parse(clean.stdout).runs[0].results).toEqual([]);
  });

  it('rejects an unknown format; GITHUB_ACTIONS=true adds annotations', async () => {
    expect((await run(['check', 'amplify/storage/resource.ts', '--format', 'xml'])).code).toBe(2);
    const r = await run(['check', 'broken/resource.ts'], { GITHUB_ACTIONS: 'true' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      '::error file=broken/resource.ts,line=6,col=5,title=access-matrix path-leading-slash::',
    );
    const sarif = await run(['check', 'broken/resource.ts', '--format', 'sarif'], {
      GITHUB_ACTIONS: 'true',
    });
    expect(validate(JSON.parse(sarif.stdout))).toBe(true);
    expect(sarif.stderr).toContain('::error file=broken/resource.ts,line=6,col=5');
  });
});

describe('access-matrix diff --fail-on and --base', () => {
  const GAIN = RESOURCE.replace("allow.guest.to(['read'])", "allow.guest.to(['read', 'write'])");
  const LOSS = RESOURCE.replace("allow.guest.to(['read']),\n", '');

  it('--fail-on gained (default), lost, any', async () => {
    file('old.ts', RESOURCE);
    file('gain.ts', GAIN);
    file('loss.ts', LOSS);
    const code = async (...args: string[]) => (await run(['diff', ...args])).code;
    expect(await code('old.ts', 'gain.ts')).toBe(1);
    expect(await code('old.ts', 'loss.ts')).toBe(0);
    expect(await code('old.ts', 'loss.ts', '--fail-on', 'lost')).toBe(1);
    expect(await code('old.ts', 'gain.ts', '--fail-on', 'lost')).toBe(0);
    expect(await code('old.ts', 'gain.ts', '--fail-on', 'any')).toBe(1);
    expect(await code('old.ts', 'loss.ts', '--fail-on', 'any')).toBe(1);
    expect(await code('old.ts', 'old.ts', '--fail-on', 'any')).toBe(0);
    expect(await code('old.ts', 'gain.ts', '--fail-on', 'more')).toBe(2);
  });

  it('--base REF reads the old resource.ts from git', async () => {
    const repo = join(dir, 'repo');
    mkdirSync(join(repo, 'amplify/storage'), { recursive: true });
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd: repo,
        encoding: 'utf8',
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 't',
          GIT_AUTHOR_EMAIL: 't@t',
          GIT_COMMITTER_NAME: 't',
          GIT_COMMITTER_EMAIL: 't@t',
        },
      });
    git('init', '-q');
    writeFileSync(join(repo, 'amplify/storage/resource.ts'), RESOURCE);
    git('add', '.');
    git('commit', '-qm', 'base');
    writeFileSync(join(repo, 'amplify/storage/resource.ts'), GAIN);
    const r = await run(['diff', '--base', 'HEAD', 'repo/amplify/storage/resource.ts']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('guest');
    expect(r.stdout).toContain('Access gained.');
    const json = await run([
      'diff',
      '--base',
      'HEAD',
      'repo/amplify/storage/resource.ts',
      '--json',
      '--fail-on',
      'lost',
    ]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ gained: true, lost: false });
    // A file new since REF: everything it grants is gained.
    writeFileSync(join(repo, 'amplify/storage/new.ts'), RESOURCE);
    const fresh = await run(['diff', '--base', 'HEAD', 'repo/amplify/storage/new.ts']);
    expect(fresh.code).toBe(1);
    expect(fresh.stderr).toContain('HEAD:repo/amplify/storage/new.ts: not in HEAD');
    // An unknown revision is unreadable input.
    const bad = await run(['diff', '--base', 'no-such-ref', 'repo/amplify/storage/resource.ts']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(
      /^no-such-ref:repo\/amplify\/storage\/resource\.ts: git cannot show it/,
    );
    expect((await run(['diff', '--base', 'HEAD', 'a.ts', 'b.ts'])).code).toBe(2);
  });
});
