/**
 * `access-matrix export` with the new formats, `--out DIR`, and amplify_outputs.json as FILE. Runs
 * the CLI's main() in-process with captured streams; the generated texts are checked elsewhere,
 * here they are compared with the core's own renderers and parsed back.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import {
  compileDesign,
  bucketPlacements,
  importOutputsJson,
  renderAuthHint,
  renderBackendTs,
  renderCors,
  renderOutputsJson,
  renderResourceTs,
  serializeDesignFile,
} from '../../src/core';
import { importResourceTs } from '../../src/core/import';
import { validTemplates } from './designs';

let dir: string;
beforeAll(() => void (dir = mkdtempSync(join(tmpdir(), 'access-matrix-export-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { out: (t) => void (stdout += t), err: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

const gen1 = validTemplates().find((t) => t.name === 'gen1')!.design;
const groups = validTemplates().find((t) => t.name === 'groups')!.design;
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('export --format', () => {
  it('resource, auth, backend, bucket-policy and cors print what the core renders', async () => {
    const design = file('groups.ts', renderResourceTs(groups));
    const read = importResourceTs(renderResourceTs(groups)).design!;
    expect((await run('export', design, '--format', 'resource')).stdout).toBe(
      renderResourceTs(read),
    );
    expect((await run('export', design, '--format', 'auth')).stdout).toBe(renderAuthHint(read));
    expect((await run('export', design, '--format', 'cors')).stdout).toBe(renderCors());
    const backend = await run(
      'export',
      design,
      '--format',
      'backend',
      '--bucket',
      'my-bucket',
      '--region',
      'eu-west-1',
    );
    expect(backend.code).toBe(0);
    expect(backend.stdout).toBe(
      renderBackendTs(compileDesign(read), { bucketName: 'my-bucket', region: 'eu-west-1' }),
    );
    expect(backend.stderr).toContain('bucket policy');
    expect(backend.stderr).not.toContain('placeholder bucket name');
  });

  it('bucket-policy takes role ARNs, marks the others as placeholders', async () => {
    const design = file('groups.json', serializeDesignFile(groups));
    const arn = 'arn:aws:iam::123456789012:role/admin-group-role';
    const r = await run(
      'export',
      design,
      '--format',
      'bucket-policy',
      '--role-arn',
      `group:admin=${arn}`,
    );
    expect(r.code).toBe(0);
    const principals = JSON.parse(r.stdout).Statement.map(
      (s: { Principal: { AWS: string } }) => s.Principal.AWS,
    );
    expect(principals).toEqual([
      'arn:aws:iam::<AWS-ACCOUNT-ID>:role/<GROUP-auditor-ROLE-NAME>',
      arn,
    ]);
    expect(r.stderr).toContain('placeholder bucket name');
  });

  it('rejects a bad --role-arn, --format with --out, and neither', async () => {
    const design = file('gen1.json', serializeDesignFile(gen1));
    expect(
      (await run('export', design, '--format', 'bucket-policy', '--role-arn', 'admin=arn:x')).code,
    ).toBe(2);
    expect(
      (await run('export', design, '--format', 'bucket-policy', '--role-arn', 'guest=role')).code,
    ).toBe(2);
    expect((await run('export', design, '--format', 'cors', '--out', dir)).code).toBe(2);
    expect((await run('export', design)).code).toBe(2);
    expect((await run('export', design, '--format', 'cors', '--force')).code).toBe(2);
  });
});

describe('export --out DIR', () => {
  it('writes every format at its usual path, lists them, and refuses to overwrite without --force', async () => {
    const design = file('gen1-out.json', serializeDesignFile(gen1));
    const out = join(dir, 'project');
    const r = await run(
      'export',
      design,
      '--out',
      out,
      '--bucket',
      'my-bucket',
      '--region',
      'eu-west-1',
    );
    expect(r.code, r.stderr).toBe(0);
    const paths = [
      'amplify/storage/resource.ts',
      'amplify/auth/resource.ts',
      'amplify/backend.ts',
      'amplify_outputs.json',
      'iam-policies.json',
      'bucket-policy.json',
      'cors.json',
    ];
    expect(r.stdout.trim().split('\n')).toEqual(paths.map((p) => `wrote ${join(out, p)}`));
    for (const p of paths) expect(existsSync(join(out, p))).toBe(true);
    expect(readFileSync(join(out, 'amplify/storage/resource.ts'), 'utf8')).toBe(
      renderResourceTs(gen1),
    );
    const placements = bucketPlacements(
      gen1,
      { myProjectFiles: { bucketName: 'my-bucket', region: 'eu-west-1' } },
      'eu-west-1',
    );
    expect(readFileSync(join(out, 'amplify_outputs.json'), 'utf8')).toBe(
      renderOutputsJson(compileDesign(gen1), placements),
    );
    expect(
      JSON.stringify(
        JSON.parse(readFileSync(join(out, 'iam-policies.json'), 'utf8')).authenticated,
      ),
    ).toContain('arn:aws:s3:::my-bucket/public/*');

    const again = await run('export', design, '--out', out);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exist');
    expect((await run('export', design, '--out', out, '--force')).code).toBe(0);
  });
});

describe('export FILE = amplify_outputs.json', () => {
  it('reads it back, prints what it cannot tell to stderr, and keeps its bucket names', async () => {
    const placements = [{ bucketName: 'amplify-app-files-123', region: 'eu-west-1' }];
    const outputs = file(
      'amplify_outputs.json',
      renderOutputsJson(compileDesign(gen1), placements),
    );
    const r = await run('export', outputs, '--format', 'outputs');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(
      renderOutputsJson(
        compileDesign(
          importOutputsJson(renderOutputsJson(compileDesign(gen1), placements)).design!,
        ),
        placements,
      ),
    );
    expect(JSON.parse(r.stdout).storage.buckets[0].paths).toEqual(
      JSON.parse(renderOutputsJson(compileDesign(gen1), placements)).storage.buckets[0].paths,
    );
    expect(r.stderr).toContain('not in amplify_outputs.json: Function access (allow.resource)');
    const backend = await run('export', outputs, '--format', 'backend');
    expect(backend.stdout).toContain("bucketArn: 'arn:aws:s3:::amplify-app-files-123'");
    expect(backend.stderr).not.toContain('placeholder bucket name');
  });

  it('a broken amplify_outputs.json: exit 2 with line and column', async () => {
    const broken = file(
      'broken_outputs.json',
      '{\n  "version": "1.4",\n  "storage": {\n    "aws_region": "eu-west-1",\n    "bucket_name": "b",\n    "buckets": [{ "name": "x", "bucket_name": "b", "aws_region": "eu-west-1", "paths": { "a/*": { "guest": ["fly"] } } }]\n  }\n}\n',
    );
    const r = await run('export', broken, '--format', 'resource');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /broken_outputs\.json:6:\d+: Expected one of read, get, list, write, delete, found the string "fly"/,
    );
  });
});
