/**
 * The four backend.ts examples of Amplify's guide to using an existing bucket
 * (/work/shared/seeds/custom-bucket-ja.txt), copied verbatim into ./fixtures.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyTextFixes, importBackendTs } from '.';

const guide = (n: number) =>
  readFileSync(new URL(`./fixtures/guide-${n}.backend.ts.txt`, import.meta.url), 'utf8');

const at = (r: ReturnType<typeof importBackendTs>) =>
  r.problems.map((p) => `${p.loc.line}:${p.loc.column} ${p.code}`);

const ARN = 'arn:aws:s3:::<bucket-name>';

describe('the guide examples', () => {
  it('1 (guest read on public/) reads as written, without problems', () => {
    const r = importBackendTs(guide(1));
    expect(r.problems).toEqual([]);
    expect(r.bucketRefs).toMatchObject([
      { variable: 'customBucket', bucketName: '<bucket-name>', arn: ARN, region: '<region>' },
    ]);
    expect(r.defaultBucket).toEqual({ bucketName: '<bucket-name>', region: '<region>' });
    expect(r.buckets).toMatchObject([
      {
        name: '<bucket-name>',
        bucketName: '<bucket-name>',
        region: '<region>',
        paths: [{ prefix: 'public/*', access: [{ key: 'guest', actions: ['get', 'list'] }] }],
      },
    ]);
    expect(r.policies).toMatchObject([
      {
        role: 'guest',
        id: 'customBucketUnauthPolicy',
        statements: [
          {
            effect: 'Allow',
            actions: ['s3:GetObject'],
            resources: [`${ARN}/public/*`],
            conditions: [],
          },
          {
            effect: 'Allow',
            actions: ['s3:ListBucket'],
            resources: [ARN, `${ARN}/*`],
            conditions: [
              { operator: 'StringLike', key: 's3:prefix', values: ['public/', 'public/*'] },
            ],
          },
        ],
      },
    ]);
    // The place of the statement and of the path entry: their lines in the guide's text.
    expect(r.policies[0]!.statements[1]!.loc.line).toBe(49);
    expect(r.buckets[0]!.paths![0]!.loc).toMatchObject({ line: 29, column: 1 });
  });

  it('2 (authenticated full access) reads as written', () => {
    const r = importBackendTs(guide(2));
    expect(r.problems).toEqual([]);
    expect(r.policies.map((p) => p.role)).toEqual(['authenticated']);
    expect(r.policies[0]!.statements[0]).toMatchObject({
      actions: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'],
      resources: [`${ARN}/public/*`],
    });
  });

  it('3 (admin group): one located error for the missing comma, with its fix, and both resources read', () => {
    const r = importBackendTs(guide(3));
    expect(at(r)).toEqual(['62:1 missing-comma-tagged-template']);
    expect(r.problems[0]!.fix).toEqual({
      title: 'Insert a comma',
      loc: { line: 61, column: 28, endLine: 61, endColumn: 28 },
      text: ',',
    });
    expect(r.groups).toEqual(['admin']);
    expect(r.policies.map((p) => p.role)).toEqual(['group:admin']);
    expect(r.policies[0]!.statements[1]!.resources).toEqual([ARN, `${ARN}/*`]);
    expect(r.buckets[0]!.paths!.map((p) => p.prefix)).toEqual(['public/*', 'admin/*']);
  });

  it('4 (owner folders): every missing comma and every IAM variable in a template, each located, reading on', () => {
    const r = importBackendTs(guide(4));
    expect(at(r)).toEqual([
      '58:1 missing-comma-tagged-template',
      '66:1 missing-comma-tagged-template',
      '93:1 missing-comma-tagged-template',
      '101:1 missing-comma-tagged-template',
      '119:1 missing-comma-tagged-template',
      '119:38 iam-variable-in-template',
      '126:38 iam-variable-in-template',
    ]);
    const variable = r.problems.find((p) => p.code === 'iam-variable-in-template')!;
    expect(variable.loc).toMatchObject({ line: 119, column: 38, endLine: 119, endColumn: 75 });
    expect(r.policies.map((p) => p.role)).toEqual(['guest', 'authenticated']);
    const auth = r.policies[1]!.statements;
    expect(auth.map((s) => s.actions[0])).toEqual([
      's3:GetObject',
      's3:ListBucket',
      's3:PutObject',
      's3:DeleteObject',
    ]);
    expect(auth[2]!.resources).toEqual([
      `${ARN}/public/*`,
      `${ARN}/protected/\${cognito-identity.amazonaws.com:sub}/*`,
    ]);
    expect(r.buckets[0]!.paths!.map((p) => p.prefix)).toEqual([
      'public/*',
      'protected/*',
      'protected/${cognito-identity.amazonaws.com:sub}/*',
    ]);
  });

  it.each([3, 4])('%i with every fix applied reads without problems, to the same content', (n) => {
    const broken = importBackendTs(guide(n));
    const fixed = importBackendTs(applyTextFixes(guide(n), broken.problems));
    expect(fixed.problems).toEqual([]);
    const strip = (r: typeof fixed) =>
      r.policies.map((p) =>
        p.statements.map((s) => [s.effect, s.actions, s.resources, s.conditions]),
      );
    expect(strip(fixed)).toEqual(strip(broken));
  });
});
