import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyTextFixes, importBackendTs } from '../import/backend-ts';
import { backendTsViews } from './backend-ts-views';
import { DIFFERENCES } from './catalog';

const guide = (n: number) =>
  readFileSync(
    new URL(`../import/backend-ts/fixtures/guide-${n}.backend.ts.txt`, import.meta.url),
    'utf8',
  );

const viewsOf = (source: string) => backendTsViews(importBackendTs(source));
const diffs = (source: string) =>
  viewsOf(source).flatMap((v) =>
    v.differences.map((d) => `${d.loc?.line ?? '-'} ${d.code} ${d.person ?? ''}`.trim()),
  );
const server = (source: string) =>
  viewsOf(source)[0]!.server.rows.map((r) => [
    r.path,
    Object.fromEntries(Object.entries(r.cells).map(([p, c]) => [p, c!.allowed.join(' ')])),
  ]);
const client = (source: string) =>
  viewsOf(source)[0]!.client.map((r) => [
    r.prefix,
    Object.fromEntries(Object.entries(r.cells).map(([p, c]) => [p, c!.offered.join(' ')])),
  ]);

describe('the guide examples, both views', () => {
  it('1: guests read public/ in both views; nothing differs', () => {
    expect(server(guide(1))).toEqual([['public/*', { guest: 'get list', authenticated: '' }]]);
    expect(client(guide(1))).toEqual([['public/*', { guest: 'get list', authenticated: '' }]]);
    expect(diffs(guide(1))).toEqual([]);
  });

  it('2 on its own (the guest policy left out, "goes here"): the guest entry is a 403', () => {
    expect(server(guide(2))).toEqual([
      ['public/*', { guest: '', authenticated: 'get list write delete' }],
    ]);
    expect(diffs(guide(2))).toEqual(['25 view-client-offers-denied guest']);
  });

  it('3: the authenticated policy it leaves out is flagged, and admins are offered what only authenticated has', () => {
    const source = applyTextFixes(guide(3), importBackendTs(guide(3)).problems);
    expect(server(source)).toEqual([
      ['public/*', { guest: '', authenticated: '', 'group:admin': '' }],
      ['admin/*', { guest: '', authenticated: '', 'group:admin': 'get list write delete' }],
    ]);
    expect(diffs(source)).toEqual([
      '29 view-client-offers-denied authenticated',
      '29 view-group-offered-authenticated group:admin',
      '32 view-client-offers-denied authenticated',
    ]);
  });

  it('4 corrected: the matrix the guide describes (owners manage their folder, everyone reads protected/), and its missing public delete', () => {
    const source = applyTextFixes(guide(4), importBackendTs(guide(4)).problems);
    expect(server(source)).toEqual([
      ['public/*', { guest: 'get list', authenticated: 'get list write' }],
      ['protected/*', { guest: 'get list', authenticated: 'get list' }],
      [
        'protected/{entity_id}/*',
        { guest: 'get list', authenticated: 'get list', owner: 'get list write delete' },
      ],
    ]);
    const views = viewsOf(source)[0]!;
    expect(views.locations.owner).toMatchObject({
      ok: true,
      locations: [
        { prefix: 'public/', permissions: ['delete', 'get', 'list', 'write'] },
        { prefix: 'protected/', permissions: ['get', 'list'] },
        { prefix: 'protected/folder-owner-id/', permissions: ['delete', 'get', 'list', 'write'] },
      ],
    });
    expect(diffs(source)).toEqual(['30 view-client-offers-denied authenticated']);
  });

  it('every difference code is in the catalog', () => {
    const all = [1, 2, 3, 4].flatMap((n) => viewsOf(guide(n)).flatMap((v) => v.differences));
    for (const d of all) expect(DIFFERENCES[d.code].severity).toBe(d.severity);
  });
});

const HEAD = `import { defineBackend } from '@aws-amplify/backend';
import { Effect, Policy, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Bucket } from 'aws-cdk-lib/aws-s3';
const backend = defineBackend({ auth });
const b = Bucket.fromBucketAttributes(backend.stack, 'B', { bucketArn: 'arn:aws:s3:::bkt', region: 'eu-west-1' });
`; // lines 1-5

/** A backend.ts with these paths (line 6) and these policies (from line 7), one per line. */
const file = (paths: string, ...attach: string[]) =>
  `${HEAD}backend.addOutput({ storage: { aws_region: 'eu-west-1', bucket_name: 'bkt', buckets: [{ name: 'files', bucket_name: 'bkt', aws_region: 'eu-west-1', paths: ${paths} }] } });\n${attach.join('\n')}\n`;

const role = {
  guest: 'backend.auth.resources.unauthenticatedUserIamRole',
  auth: 'backend.auth.resources.authenticatedUserIamRole',
  group: (g: string) => `backend.auth.resources.groups['${g}'].role`,
};
const policy = (target: string, ...statements: string[]) =>
  `${target}.attachInlinePolicy(new Policy(backend.stack, 'P${Math.abs(target.length)}', { statements: [${statements.join(', ')}] }));`;
const allow = (actions: string[], resources: string[], prefixes?: string[]) =>
  `new PolicyStatement({ effect: Effect.ALLOW, actions: ${JSON.stringify(actions)}, resources: [${resources.join(', ')}]${prefixes ? `, conditions: { StringLike: { 's3:prefix': ${JSON.stringify(prefixes)} } }` : ''} })`;
const obj = (p: string) => `\`\${b.bucketArn}/${p}\``;
const bucketItself = 'b.bucketArn';

describe('each difference', () => {
  it('view-iam-allows-undeclared: a policy grants what no paths entry offers', () => {
    const source = file(
      `{ 'public/*': { guest: ['get'] } }`,
      policy(role.guest, allow(['s3:GetObject'], [obj('public/*'), obj('private/*')])),
    );
    expect(diffs(source)).toEqual(['7 view-iam-allows-undeclared guest']);
    // …and the server view gets a row for it.
    expect(server(source).map(([p]) => p)).toEqual(['public/*', 'private/*']);
  });

  it('view-list-scoped-to-objects: ListBucket on bucket/* only lists nothing', () => {
    const source = file(
      `{ 'public/*': { guest: ['list'] } }`,
      policy(role.guest, allow(['s3:ListBucket'], [obj('*')], ['public/', 'public/*'])),
    );
    expect(diffs(source)).toEqual([
      '6 view-client-offers-denied guest',
      '7 view-list-scoped-to-objects',
    ]);
  });

  it('view-list-prefix-incomplete: a folder-only s3:prefix value', () => {
    const source = file(
      `{ 'public/*': { guest: ['list'] } }`,
      policy(role.guest, allow(['s3:ListBucket'], [bucketItself], ['public/'])),
    );
    expect(diffs(source)).toEqual(['7 view-list-prefix-incomplete']);
  });

  it('view-owner-token-mismatch: {entity_id} in the policy, the Cognito variable in paths (and the reverse)', () => {
    const source = file(
      `{ 'private/\${cognito-identity.amazonaws.com:sub}/*': { entityidentity: ['get'] }, 'mine/{entity_id}/*': { entityidentity: ['get'] } }`,
      policy(role.auth, allow(['s3:GetObject'], [obj('private/{entity_id}/*')])),
    );
    const found = diffs(source);
    expect(found).toContain('6 view-owner-token-mismatch');
    expect(found).toContain('7 view-owner-token-mismatch');
  });

  it('view-group-key-without-policy', () => {
    const source = file(`{ 'team/*': { groupseditors: ['get'] } }`);
    expect(diffs(source)).toContain('6 view-group-key-without-policy group:editors');
  });

  it('view-group-key-ambiguous: the client matches group keys by substring', () => {
    const source = file(
      `{ 'x/*': { groupsadmins: ['get'], groupsadmin: ['get'] } }`,
      policy(role.group('admin'), allow(['s3:GetObject'], [obj('x/*')])),
      policy(role.group('admins'), allow(['s3:GetObject'], [obj('x/*')])),
    );
    expect(diffs(source)).toEqual(['6 view-group-key-ambiguous group:admin']);
  });

  it('view-browser-fails: an owner path without entityidentity breaks the locations page', () => {
    const source = file(
      `{ 'p/\${cognito-identity.amazonaws.com:sub}/*': { authenticated: ['get'] } }`,
      policy(role.auth, allow(['s3:GetObject'], [obj('p/*')])),
    );
    expect(diffs(source)).toContain('6 view-browser-fails owner');
    expect(viewsOf(source)[0]!.locations.owner).toMatchObject({ ok: false });
  });

  it('view-not-evaluated: a condition the engine does not know is said, not ignored', () => {
    const source = file(
      `{ 'public/*': { guest: ['get'] } }`,
      `${role.guest}.attachInlinePolicy(new Policy(backend.stack, 'P', { statements: [new PolicyStatement({ effect: Effect.DENY, actions: ['s3:GetObject'], resources: [${obj('public/*')}], conditions: { IpAddress: { 'aws:SourceIp': ['1.2.3.4/32'] } } }), ${allow(['s3:GetObject'], [obj('public/*')])}] }));`,
    );
    const d = viewsOf(source)[0]!.differences;
    expect(d.map((x) => [x.code, x.severity])).toEqual([['view-not-evaluated', 'error']]);
  });

  it('an explicit Deny wins in the server view, as in IAM', () => {
    const source = file(
      `{ 'public/*': { guest: ['get', 'list'] } }`,
      policy(
        role.guest,
        allow(['s3:*'], ['"*"']),
        `new PolicyStatement({ effect: Effect.DENY, actions: ['s3:Get*'], resources: [${obj('public/*')}] })`,
      ),
    );
    expect(server(source)[0]).toEqual([
      'public/*',
      { guest: 'list write delete', authenticated: '' },
    ]);
    expect(diffs(source)).toContain('6 view-client-offers-denied guest');
  });
});
