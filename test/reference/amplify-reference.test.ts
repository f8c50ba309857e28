import { describe, expect, it } from 'vitest';
import {
  runAmplifyDefaultStorageCheck,
  runAmplifyResourceNameValidator,
  runAmplifyStorageAccess,
  type RefPrincipal,
  type RefRule,
  type RefStorageInput,
} from './amplify-reference';

const guest: RefPrincipal = { kind: 'guest' };
const authenticated: RefPrincipal = { kind: 'authenticated' };
const identity: RefPrincipal = { kind: 'entity', entity: 'identity' };
const rule = (principal: RefPrincipal, ...actions: string[]): RefRule => ({ principal, actions });
const storage = (...paths: [string, RefRule[]][]): RefStorageInput => ({ name: 'files', paths });
const SUB = '${cognito-identity.amazonaws.com:sub}';

describe('runAmplifyStorageAccess', () => {
  it('guest read on one path: get + list with the prefix condition', () => {
    const r = runAmplifyStorageAccess(storage(['media/*', [rule(guest, 'read')]]), 'b');
    expect(r).toEqual({
      ok: true,
      policies: {
        guest: {
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/media/*' },
            {
              Effect: 'Allow',
              Action: 's3:ListBucket',
              Resource: 'arn:aws:s3:::b',
              Condition: { StringLike: { 's3:prefix': ['media/*', 'media/'] } },
            },
          ],
        },
      },
      outputsPaths: { 'media/*': { guest: ['get', 'list'] } },
    });
    // CDK's key order inside a statement (toEqual ignores key order, so pin it explicitly)
    if (!r.ok) throw new Error('unreachable');
    expect(Object.keys(r.policies.guest!.Statement[1]!)).toEqual([
      'Action',
      'Condition',
      'Effect',
      'Resource',
    ]);
  });

  it("docs' prefix-behaviour example: sub-paths are denied to roles that only have the parent", () => {
    const r = runAmplifyStorageAccess(
      storage(
        ['foo/*', [rule(authenticated, 'read', 'write', 'delete')]],
        ['foo/bar/*', [rule(guest, 'read')]],
        ['foo/baz/*', [rule(authenticated, 'read')]],
        ['other/*', [rule(guest, 'read'), rule(authenticated, 'read', 'write')]],
      ),
      'b',
    );
    console.log("docs' prefix-behaviour example, Amplify's result:\n" + JSON.stringify(r, null, 2));
    if (!r.ok) throw new Error(r.message);
    expect(Object.keys(r.policies)).toEqual(['authenticated', 'guest']);
    expect(r.policies.authenticated!.Statement).toEqual([
      {
        Effect: 'Allow',
        Action: 's3:GetObject',
        Resource: ['arn:aws:s3:::b/foo/*', 'arn:aws:s3:::b/other/*'],
      },
      { Effect: 'Deny', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/foo/bar/*' },
      {
        Effect: 'Allow',
        Action: 's3:ListBucket',
        Resource: 'arn:aws:s3:::b',
        Condition: { StringLike: { 's3:prefix': ['foo/*', 'foo/', 'other/*', 'other/'] } },
      },
      {
        Effect: 'Deny',
        Action: 's3:ListBucket',
        Resource: 'arn:aws:s3:::b',
        Condition: { StringLike: { 's3:prefix': ['foo/bar/*', 'foo/bar/'] } },
      },
      {
        Effect: 'Allow',
        Action: 's3:PutObject',
        Resource: ['arn:aws:s3:::b/foo/*', 'arn:aws:s3:::b/other/*'],
      },
      {
        Effect: 'Deny',
        Action: 's3:PutObject',
        Resource: ['arn:aws:s3:::b/foo/bar/*', 'arn:aws:s3:::b/foo/baz/*'],
      },
      { Effect: 'Allow', Action: 's3:DeleteObject', Resource: 'arn:aws:s3:::b/foo/*' },
      {
        Effect: 'Deny',
        Action: 's3:DeleteObject',
        Resource: ['arn:aws:s3:::b/foo/bar/*', 'arn:aws:s3:::b/foo/baz/*'],
      },
    ]);
    // guest never had foo/*, so nothing is denied to it
    expect(r.policies.guest!.Statement.every((s) => s.Effect === 'Allow')).toBe(true);
    expect(r.outputsPaths).toEqual({
      'foo/*': { authenticated: ['get', 'list', 'write', 'delete'] },
      'foo/bar/*': { guest: ['get', 'list'] },
      'foo/baz/*': { authenticated: ['get', 'list'] },
      'other/*': { guest: ['get', 'list'], authenticated: ['get', 'list', 'write'] },
    });
  });

  it.each([
    ['leading slash', [['/foo/*', [rule(guest, 'read')]]]],
    ['inner wildcard', [['foo/*/bar/*', [rule(guest, 'read')]]]],
    ['no trailing /*', [['foo/bar', [rule(guest, 'read')]]]],
    ['double slash', [['foo//bar/*', [rule(guest, 'read')]]]],
    [
      'three nested levels',
      [
        ['a/*', [rule(guest, 'read')]],
        ['a/b/*', [rule(guest, 'read')]],
        ['a/b/c/*', [rule(guest, 'read')]],
      ],
    ],
    ['{entity_id} not last', [['foo/{entity_id}/bar/*', [rule(identity, 'read')]]]],
    ['{entity_id} first', [['{entity_id}/*', [rule(identity, 'read')]]]],
    ['{entity_id} with other chars', [['foo/x{entity_id}/*', [rule(identity, 'read')]]]],
    [
      '{entity_id} path under a prefix',
      [
        ['foo/*', [rule(guest, 'read')]],
        ['foo/{entity_id}/*', [rule(identity, 'read')]],
      ],
    ],
  ] as [string, [string, RefRule[]][]][])(
    'invalid path (%s) -> InvalidStorageAccessPathError',
    (_label, paths) => {
      const r = runAmplifyStorageAccess(storage(...paths), 'b');
      expect(r).toMatchObject({ ok: false, errorName: 'InvalidStorageAccessPathError' });
    },
  );

  it('the same principal twice on one path -> InvalidStorageAccessDefinitionError', () => {
    expect(
      runAmplifyStorageAccess(storage(['x/*', [rule(guest, 'read'), rule(guest, 'write')]]), 'b'),
    ).toEqual({
      ok: false,
      errorName: 'InvalidStorageAccessDefinitionError',
      message: 'Entity access definition for guest users specified multiple times.',
    });
    const groups = (...g: string[]): RefPrincipal => ({ kind: 'groups', groups: g });
    expect(
      runAmplifyStorageAccess(
        storage(['x/*', [rule(groups('a', 'b'), 'read'), rule(groups('b'), 'write')]]),
        'b',
      ),
    ).toMatchObject({ ok: false, errorName: 'InvalidStorageAccessDefinitionError' });
  });

  it('owner path: {entity_id} becomes the Cognito identity variable in the authenticated policy', () => {
    const r = runAmplifyStorageAccess(
      storage(['private/{entity_id}/*', [rule(identity, 'read', 'write', 'delete')]]),
      'b',
    );
    if (!r.ok) throw new Error(r.message);
    expect(r.policies).toEqual({
      authenticated: {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:::b/private/${SUB}/*` },
          {
            Effect: 'Allow',
            Action: 's3:ListBucket',
            Resource: 'arn:aws:s3:::b',
            Condition: { StringLike: { 's3:prefix': [`private/${SUB}/*`, `private/${SUB}/`] } },
          },
          { Effect: 'Allow', Action: 's3:PutObject', Resource: `arn:aws:s3:::b/private/${SUB}/*` },
          {
            Effect: 'Allow',
            Action: 's3:DeleteObject',
            Resource: `arn:aws:s3:::b/private/${SUB}/*`,
          },
        ],
      },
    });
    // the outputs key is the substituted prefix, not the '{entity_id}' path
    expect(r.outputsPaths).toEqual({
      [`private/${SUB}/*`]: { entityidentity: ['get', 'list', 'write', 'delete'] },
    });
  });

  it('owner path shared with guest: the guest grant is written under the /*/* -> /* key', () => {
    const r = runAmplifyStorageAccess(
      storage(['protected/{entity_id}/*', [rule(guest, 'read'), rule(identity, 'read', 'write')]]),
      'b',
    );
    console.log('owner + guest on one path:\n' + JSON.stringify(r, null, 2));
    if (!r.ok) throw new Error(r.message);
    expect(r.outputsPaths).toEqual({
      'protected/*': { guest: ['get', 'list'] },
      [`protected/${SUB}/*`]: { entityidentity: ['get', 'list', 'write'] },
    });
  });

  it('allow.resource(fn) only: empty outputs entry and a function policy', () => {
    const r = runAmplifyStorageAccess(
      storage(['x/*', [rule({ kind: 'resource', fn: 'fn' }, 'read', 'write')]]),
      'b',
    );
    if (!r.ok) throw new Error(r.message);
    expect(r.outputsPaths).toEqual({ 'x/*': {} });
    expect(Object.keys(r.policies)).toEqual(['function:fn']);
    expect(r.policies['function:fn']!.Statement.map((s) => s.Action)).toEqual([
      's3:GetObject',
      's3:ListBucket',
      's3:PutObject',
    ]);
  });

  it('groups and authenticated get separate policies; entity + authenticated share the auth role policy', () => {
    const r = runAmplifyStorageAccess(
      storage(
        [
          'a/*',
          [
            rule({ kind: 'groups', groups: ['admin', 'editor'] }, 'delete'),
            rule(authenticated, 'get'),
          ],
        ],
        ['a/{entity_id}/*', []],
        ['u/{entity_id}/*', [rule(identity, 'write')]],
      ),
      'b',
    );
    // 'a/{entity_id}/*' has a prefix 'a/*' -> invalid, regardless of having no rules
    expect(r).toMatchObject({ ok: false, errorName: 'InvalidStorageAccessPathError' });
    const r2 = runAmplifyStorageAccess(
      storage(
        [
          'a/*',
          [
            rule({ kind: 'groups', groups: ['admin', 'editor'] }, 'delete'),
            rule(authenticated, 'get'),
          ],
        ],
        ['u/{entity_id}/*', [rule(identity, 'write')]],
      ),
      'b',
    );
    if (!r2.ok) throw new Error(r2.message);
    expect(Object.keys(r2.policies)).toEqual(['group:admin', 'group:editor', 'authenticated']);
    expect(r2.policies.authenticated!.Statement).toEqual([
      { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/a/*' },
      { Effect: 'Allow', Action: 's3:PutObject', Resource: `arn:aws:s3:::b/u/${SUB}/*` },
    ]);
    expect(r2.outputsPaths).toEqual({
      'a/*': { groupsadmin: ['delete'], groupseditor: ['delete'], authenticated: ['get'] },
      [`u/${SUB}/*`]: { entityidentity: ['write'] },
    });
  });

  it('no access callback: no policies, no outputs paths', () => {
    expect(runAmplifyStorageAccess({ name: 'files', paths: undefined }, 'b')).toEqual({
      ok: true,
      policies: {},
      outputsPaths: undefined,
    });
  });

  it('empty action list is an Amplify fault (EmptyPolicyFault)', () => {
    expect(runAmplifyStorageAccess(storage(['x/*', [rule(guest)]]), 'b')).toMatchObject({
      ok: false,
      errorName: 'EmptyPolicyFault',
    });
  });

  it('an unknown action fails when CDK renders the policy (undefined statement)', () => {
    expect(runAmplifyStorageAccess(storage(['x/*', [rule(guest, 'foo')]]), 'b')).toMatchObject({
      ok: false,
      errorName: 'TypeError',
    });
  });

  it('acceptors are grouped by their real identifiers: group "fooLambda" collides with function "foo"', () => {
    // backend-auth: `${role}ResourceAccessAcceptor`; backend-function: `${name}LambdaResourceAccessAcceptor`.
    // Amplify keeps the first acceptor for an identifier, so the function's grant lands in the group's policy.
    const r = runAmplifyStorageAccess(
      storage([
        'x/*',
        [
          rule({ kind: 'groups', groups: ['fooLambda'] }, 'get'),
          rule({ kind: 'resource', fn: 'foo' }, 'write'),
        ],
      ]),
      'b',
    );
    if (!r.ok) throw new Error(r.message);
    expect(Object.keys(r.policies)).toEqual(['group:fooLambda']);
    expect(r.policies['group:fooLambda']!.Statement.map((s) => s.Action)).toEqual([
      's3:GetObject',
      's3:PutObject',
    ]);
  });

  it('calls are independent and deterministic', () => {
    const input = storage(
      ['foo/*', [rule(authenticated, 'read')]],
      ['foo/bar/*', [rule(guest, 'read')]],
    );
    const a = runAmplifyStorageAccess(input, 'bucket-1');
    runAmplifyStorageAccess(storage(['zzz/*', [rule(guest, 'write')]]), 'other');
    expect(runAmplifyStorageAccess(input, 'bucket-1')).toEqual(a);
  });
});

describe('runAmplifyResourceNameValidator', () => {
  it.each(['files', 'my-storage_1 x', 'A'])('accepts %j', (name) => {
    expect(runAmplifyResourceNameValidator(name)).toEqual({ ok: true });
  });
  it.each(['', '1files', '-x', 'a.b', 'a/b', 'ünï'])('rejects %j', (name) => {
    expect(runAmplifyResourceNameValidator(name)).toEqual({
      ok: false,
      errorName: 'InvalidResourceNameError',
      message: `Resource name contains invalid characters, found ${name}`,
    });
  });
});

describe('runAmplifyDefaultStorageCheck', () => {
  it('a single storage is the default even without isDefault', () => {
    expect(runAmplifyDefaultStorageCheck([{ name: 'only' }])).toEqual({
      ok: true,
      defaultName: 'only',
    });
  });
  it('the isDefault storage among several', () => {
    expect(
      runAmplifyDefaultStorageCheck([{ name: 'a' }, { name: 'b', isDefault: true }, { name: 'c' }]),
    ).toEqual({
      ok: true,
      defaultName: 'b',
    });
  });
  it('several storages, none default -> NoDefaultStorageError', () => {
    expect(runAmplifyDefaultStorageCheck([{ name: 'a' }, { name: 'b' }])).toMatchObject({
      ok: false,
      errorName: 'NoDefaultStorageError',
    });
  });
  it('two defaults -> MultipleDefaultStorageError', () => {
    expect(
      runAmplifyDefaultStorageCheck([
        { name: 'a', isDefault: true },
        { name: 'b' },
        { name: 'c', isDefault: true },
      ]),
    ).toMatchObject({ ok: false, errorName: 'MultipleDefaultStorageError' });
  });
  it('two storages with one name -> construct id clash', () => {
    expect(
      runAmplifyDefaultStorageCheck([{ name: 'a' }, { name: 'a', isDefault: true }]),
    ).toMatchObject({
      ok: false,
      errorName: 'DuplicateConstructIdError',
    });
  });
});

describe('timing', () => {
  it('500 random-ish definitions', () => {
    // small deterministic PRNG (mulberry32) so the workload is the same on every run
    let seed = 42;
    const rnd = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
    const pathPool = [
      'a/*',
      'a/b/*',
      'a/c/*',
      'a/b/c/*',
      'p/{entity_id}/*',
      'q/*',
      'q/{entity_id}/*',
      'r/s/*',
    ];
    const actionPool = ['read', 'get', 'list', 'write', 'delete'];
    const principal = (): RefPrincipal =>
      pick<() => RefPrincipal>([
        () => guest,
        () => authenticated,
        () => identity,
        () => ({ kind: 'groups', groups: [pick(['admin', 'ed', 'viewer'])] }),
        () => ({ kind: 'resource', fn: pick(['f1', 'f2']) }),
      ])();
    const inputs: RefStorageInput[] = Array.from({ length: 500 }, () => {
      const paths: [string, RefRule[]][] = Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => [
        pick(pathPool),
        Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => ({
          principal: principal(),
          actions: Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => pick(actionPool)),
        })),
      ]);
      return storage(...paths);
    });
    for (const input of inputs.slice(0, 20)) runAmplifyStorageAccess(input, 'bucket'); // warm-up
    const outcomes = new Map<string, number>();
    const t0 = performance.now();
    for (const input of inputs) {
      const r = runAmplifyStorageAccess(input, 'bucket');
      const k = r.ok ? 'ok' : r.errorName;
      outcomes.set(k, (outcomes.get(k) ?? 0) + 1);
    }
    const mean = (performance.now() - t0) / inputs.length;
    console.log(
      `runAmplifyStorageAccess: ${mean.toFixed(2)} ms/call over ${inputs.length} calls`,
      Object.fromEntries(outcomes),
    );
    expect([...outcomes.values()].reduce((a, b) => a + b, 0)).toBe(500);
  });
});
