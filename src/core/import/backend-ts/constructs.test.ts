import { describe, expect, it } from 'vitest';
import { importBackendTs } from '.';

const HEAD = `import { defineBackend } from '@aws-amplify/backend';
import { Effect, Policy, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { auth } from './auth/resource';
const backend = defineBackend({ auth });
`;

const codes = (source: string) =>
  importBackendTs(source).problems.map((p) => `${p.loc.line}:${p.loc.column} ${p.code}`);

describe('bucket imports', () => {
  it.each([
    ["Bucket.fromBucketName(stack, 'B', 'my-bucket')", undefined],
    ["Bucket.fromBucketArn(stack, 'B', 'arn:aws:s3:::my-bucket')", undefined],
    [
      "Bucket.fromBucketAttributes(stack, 'B', { bucketName: 'my-bucket', region: 'eu-west-1' })",
      'eu-west-1',
    ],
    [
      'Bucket.fromBucketAttributes(stack, "B", { bucketArn: `arn:aws:s3:::${NAME}`, region: REGION })',
      'eu-west-1',
    ],
  ])('%s', (call, region) => {
    const r = importBackendTs(
      `${HEAD}const NAME = 'my-bucket';\nconst REGION = "eu-west-1";\nconst stack = backend.createStack('s');\nconst b = ${call};\n`,
    );
    expect(r.problems).toEqual([]);
    expect(r.bucketRefs).toMatchObject([
      { variable: 'b', bucketName: 'my-bucket', arn: 'arn:aws:s3:::my-bucket', region },
    ]);
  });

  it('reports a value it cannot know, at the value', () => {
    expect(
      codes(`${HEAD}const b = Bucket.fromBucketName(backend.stack, 'B', process.env.BUCKET);\n`),
    ).toEqual(['6:53 unresolved-value']);
  });

  it('reports a non-S3 ARN', () => {
    expect(
      codes(`${HEAD}const b = Bucket.fromBucketArn(backend.stack, 'B', 'arn:aws:sqs:::q');\n`),
    ).toEqual(['6:52 invalid-bucket-import']);
  });
});

describe('statements and attachments', () => {
  const bucket = `const bucket = Bucket.fromBucketName(backend.stack, 'B', 'bkt');\n`;

  it('reads namespaced iam, Effect.DENY, a const statement, string concatenation and every role kind', () => {
    const source = `import { defineBackend } from '@aws-amplify/backend';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Bucket as B } from 'aws-cdk-lib/aws-s3';
const backend = defineBackend({ auth, resizer });
const bucket = B.fromBucketName(backend.stack, 'B', 'bkt');
const deny = new iam.PolicyStatement({ effect: iam.Effect.DENY, actions: ['s3:*'], resources: [bucket.bucketArn + '/secret/*'] });
const role = backend.auth.resources.groups['admins'].role;
role.attachInlinePolicy(new iam.Policy(backend.stack, 'P', { statements: [deny] }));
backend.auth.resources.unauthenticatedUserIamRole.attachInlinePolicy(new iam.Policy(backend.stack, 'G', { statements: [deny] }));
backend.auth.resources.authenticatedUserIamRole.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] }));
backend.resizer.resources.lambda.role?.attachInlinePolicy(new iam.Policy(backend.stack, 'F', { statements: [deny] }));
`;
    const r = importBackendTs(source);
    expect(r.problems).toEqual([]);
    expect(r.policies.map((p) => p.role)).toEqual([
      'group:admins',
      'guest',
      'authenticated',
      'function:resizer',
    ]);
    expect(r.policies[0]!.statements[0]).toMatchObject({
      effect: 'Deny',
      actions: ['s3:*'],
      resources: ['arn:aws:s3:::bkt/secret/*'],
    });
    expect(r.policies[2]!.statements[0]).toMatchObject({ effect: 'Allow', resources: ['*'] });
    expect(r.groups).toEqual(['admins']);
    expect(r.functions).toEqual(['resizer']);
  });

  it('an attachment to something that is not a role is an error at the role', () => {
    expect(
      codes(
        `${HEAD}${bucket}const p = new Policy(backend.stack, 'P', { statements: [] });\nsomeRole.attachInlinePolicy(p);\n`,
      ),
    ).toEqual(['7:11 policy-not-attached', '8:1 unknown-role']);
  });

  it('a policy never attached, and a construct inside a function, are warnings (nothing silently dropped)', () => {
    const r = importBackendTs(
      `${HEAD}${bucket}const p = new Policy(backend.stack, 'P', { statements: [] });\nfunction later() {\n  backend.auth.resources.authenticatedUserIamRole.attachInlinePolicy(p);\n}\n`,
    );
    expect(r.problems.map((p) => [p.loc.line, p.code, p.severity])).toEqual([
      [7, 'policy-not-attached', 'warning'],
      [9, 'construct-not-read', 'warning'],
    ]);
  });

  it('statement options inline policies do not take are errors; reading goes on', () => {
    const r =
      importBackendTs(`${HEAD}${bucket}backend.auth.resources.authenticatedUserIamRole.attachInlinePolicy(new Policy(backend.stack, 'P', { statements: [
  new PolicyStatement({ effect: Effect.ALLOW, principals: [], actions: ['s3:GetObject'], resources: [\`\${bucket.bucketArn}/a/*\`] }),
  new PolicyStatement({ effect: 'Allow', actions: ['s3:GetObject'], resources: [\`\${bucket.bucketArn}/b/*\`] }),
  new PolicyStatement({ actions: ['s3:PutObject'], resources: [\`\${bucket.bucketArn}/c/*\`] }),
] }));\n`);
    expect(r.problems.map((p) => `${p.loc.line}:${p.loc.column} ${p.code}`)).toEqual([
      '8:47 not-principal',
      '9:33 invalid-statement',
    ]);
    expect(r.policies[0]!.statements.map((s) => s.resources[0])).toEqual([
      'arn:aws:s3:::bkt/a/*',
      'arn:aws:s3:::bkt/c/*',
    ]);
  });
});

describe('addOutput', () => {
  it('reads computed keys, unknown keys and actions as warnings, and a duplicate friendly name as an error', () => {
    const r = importBackendTs(`${HEAD}const P = 'media/*';
backend.addOutput({ storage: { aws_region: 'eu-west-1', bucket_name: 'a', buckets: [
  { name: 'a', bucket_name: 'a', aws_region: 'eu-west-1', paths: { [P]: { guest: ['read'], everyone: ['get'], authenticated: ['get', 'fetch'] } } },
  { name: 'a', bucket_name: 'b', aws_region: 'eu-west-1', extra: 1 },
] } });\n`);
    expect(r.problems.map((p) => `${p.loc.line}:${p.code}`)).toEqual([
      '8:unknown-access-key',
      '8:unknown-storage-action',
      '9:duplicate-bucket-name',
      '9:unknown-bucket-key',
    ]);
    expect(r.buckets[0]!.paths).toMatchObject([
      {
        prefix: 'media/*',
        access: [
          { key: 'guest' },
          { key: 'everyone' },
          { key: 'authenticated', actions: ['get', 'fetch'] },
        ],
      },
    ]);
    expect(r.buckets[1]!.paths).toBeUndefined();
  });
});

describe('parsing', () => {
  it('a syntax error is located, and nothing else is invented', () => {
    const r = importBackendTs(`${HEAD}const x = ;\n`);
    expect(r.problems.map((p) => `${p.loc.line}:${p.loc.column} ${p.code}`)).toContain(
      '6:11 syntax-error',
    );
  });
  it('an empty file says what was expected', () => {
    expect(codes('')).toEqual(['1:1 no-backend-content']);
  });
  it('an IAM variable in a plain string is fine; in a template it is an error even on its own', () => {
    expect(
      codes(
        `${HEAD}const b = Bucket.fromBucketName(backend.stack, 'B', 'x');\nconst r = ['\${aws:username}', \`\${b.bucketArn}/\${aws:username}/*\`];\n`,
      ),
    ).toEqual(['7:47 iam-variable-in-template']);
  });
  it('a resource.ts-sized limit applies and is named for backend.ts', () => {
    const r = importBackendTs(`// ${'x'.repeat(1024 * 1024 + 1)}`);
    expect(r.problems[0]).toMatchObject({ code: 'source-too-large' });
    expect(r.problems[0]!.message).toContain('backend.ts');
  });
});

describe('defineBackend', () => {
  it('lists its resources with the module each comes from, bound or not', () => {
    const r = importBackendTs(`import { defineBackend } from '@aws-amplify/backend';
import { auth } from './auth/resource';
import { storage as files } from './storage/resource';
defineBackend({ auth, storage: files });
`);
    expect(r.problems).toEqual([]);
    expect(r.resources.map((x) => [x.key, x.local, x.from])).toEqual([
      ['auth', 'auth', './auth/resource'],
      ['storage', 'files', './storage/resource'],
    ]);
  });
});
