/**
 * The CLI installs where teams use it (issue 12): `npm pack` gives a tarball with the bundled CLI
 * and no dependencies; it installs into a fresh project with `npm install --offline` (nothing to
 * download) and runs there as `npx access-matrix ...`. Then the README's GitHub Actions workflow
 * (its `run:` steps, in order, with GITHUB_ACTIONS=true) and its shell recipe run in that project,
 * a git repository whose origin/main is the base of the change.
 *
 * Uses the CLI already built in dist-cli (`node scripts/build-cli.mjs`, as test/cli.test.ts does);
 * `npm pack --ignore-scripts` so this test never rebuilds it under the other CLI tests' feet.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const TGZ = `access-matrix-${pkg.version}.tgz`;

const RESOURCE = `import { defineStorage } from '@aws-amplify/backend';

export const storage = defineStorage({
  name: 'myProjectFiles',
  access: (allow) => ({
    'public/*': [allow.guest.to(['read']), allow.authenticated.to(['read', 'write', 'delete'])],
    'private/{entity_id}/*': [allow.entity('identity').to(['read', 'write', 'delete'])],
  }),
});
`;
const TESTS = JSON.stringify({
  $schema: '../../node_modules/access-matrix/public/access-tests.schema.json',
  version: 1,
  tests: [
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
  ],
});

let work: string;
let project: string;
const env = {
  ...process.env,
  npm_config_offline: 'true',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.com',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.com',
  GITHUB_ACTIONS: '',
};
const sh = (command: string, extra: Record<string, string> = {}) =>
  spawnSync('sh', ['-c', command], { cwd: project, encoding: 'utf8', env: { ...env, ...extra } });
const git = (...args: string[]) =>
  execFileSync('git', args, { cwd: project, env, encoding: 'utf8' });

/** The fenced block after `<!-- marker -->` in README.md. */
function readmeBlock(marker: string): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const at = readme.indexOf(`<!-- ${marker} -->`);
  expect(at, `README has <!-- ${marker} -->`).toBeGreaterThan(0);
  const match = /```\w*\n([\s\S]*?)```/.exec(readme.slice(at));
  return match![1]!;
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'am-pack-'));
  execFileSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', work], {
    cwd: ROOT,
    env,
  });
  project = join(work, 'project');
  mkdirSync(join(project, 'amplify/storage'), { recursive: true });
  writeFileSync(join(project, 'amplify/storage/resource.ts'), RESOURCE);
  writeFileSync(join(project, 'amplify/storage/access.tests.json'), TESTS);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'app', private: true }));
  writeFileSync(join(project, '.gitignore'), 'node_modules\n*.sarif\n*.xml\n');
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm pack → npm install in a fresh project', () => {
  it('packs only the CLI bundle, its launcher and the tests schema, with no dependencies', () => {
    const files = JSON.parse(
      execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
        cwd: ROOT,
        env,
        encoding: 'utf8',
      }),
    )[0].files.map((f: { path: string }) => f.path);
    expect(files.sort()).toEqual(
      [
        'README.md',
        'bin/access-matrix.js',
        'bin/load-bundle.js',
        'bin/package.json',
        'dist-cli/access-matrix.cjs',
        'dist-cli/access-matrix.code-cache',
        'package.json',
        'public/access-tests.schema.json',
      ].sort(),
    );
    expect(pkg.dependencies ?? {}).toEqual({});
  });

  it('installs offline and runs npx access-matrix check / test there', () => {
    const install = sh(`npm install --offline --save-dev ../${TGZ}`);
    expect(install.status, install.stderr).toBe(0);
    // Nothing but the CLI came in: no React, Monaco or build tools.
    expect(readdirSync(join(project, 'node_modules')).filter((n) => !n.startsWith('.'))).toEqual([
      'access-matrix',
    ]);
    expect(
      existsSync(join(project, 'node_modules/access-matrix/public/access-tests.schema.json')),
    ).toBe(true);

    const check = sh('npx access-matrix check amplify/storage/resource.ts');
    expect(check.stdout).toBe('amplify/storage/resource.ts: 0 errors, 0 warnings\n');
    expect(check.status).toBe(0);
    const test = sh('npx access-matrix test amplify/storage/resource.ts');
    expect(test.stdout).toMatch(/2 tests: 2 passed, 0 failed\n$/);
    expect(test.status).toBe(0);
  }, 120_000);

  it("runs the README's GitHub Actions steps and shell recipe: green, then red on a guest write", () => {
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-qm', 'base');
    git('update-ref', 'refs/remotes/origin/main', 'HEAD');

    const steps = [...readmeBlock('ci:github-actions').matchAll(/^\s*- run: (.*)$/gm)].map((m) =>
      m[1]!.replaceAll('${{ github.base_ref }}', 'main'),
    );
    expect(steps[0]).toBe('npm ci');
    const recipe = readmeBlock('ci:shell');

    const runAll = () => {
      const results = steps.map((step) => ({ step, ...sh(step, { GITHUB_ACTIONS: 'true' }) }));
      const shell = sh(recipe);
      return { results, shell };
    };
    const green = runAll();
    for (const r of green.results) expect(r.status, `${r.step}\n${r.stderr}`).toBe(0);
    expect(JSON.parse(readFileSync(join(project, 'access-matrix.sarif'), 'utf8')).version).toBe(
      '2.1.0',
    );
    expect(green.shell.status, green.shell.stderr).toBe(0);
    expect(readFileSync(join(project, 'access-tests.xml'), 'utf8')).toContain(
      'tests="2" failures="0"',
    );

    // The change under review gives guests write access: the test step and the diff step fail.
    writeFileSync(
      join(project, 'amplify/storage/resource.ts'),
      RESOURCE.replace("allow.guest.to(['read'])", "allow.guest.to(['read', 'write'])"),
    );
    const red = runAll();
    const status = Object.fromEntries(
      red.results.map((r) => [r.step.split(' ')[2] ?? r.step, r.status]),
    );
    expect(status).toMatchObject({ check: 0, test: 1, diff: 1 });
    const testStep = red.results.find((r) => r.step.includes(' test '))!;
    expect(testStep.stdout).toMatch(
      /^::error file=amplify\/storage\/access\.tests\.json,line=\d+,col=\d+,title=access test failed%3A guests never write::write is allowed on "public\/"/m,
    );
    expect(red.shell.status).toBe(1);
    expect(readFileSync(join(project, 'access-tests.xml'), 'utf8')).toContain(
      'tests="2" failures="1"',
    );
  }, 120_000);
});
