/**
 * Compilation to IAM (spec §3) and amplify_outputs.json paths (spec §4). Every expected policy
 * below was derived by hand from storage_access_orchestrator.js, access_builder.js and
 * storage_access_policy_factory.js (walkthroughs in the comments), never from the core's output.
 */
import { describe, expect, it } from 'vitest';
import {
  allow,
  amplifyOutputs,
  compileStorage,
  designFromAccess,
  iamExport,
  OUTPUTS_VERSION,
  substitutedPrefix,
  type Design,
  type IamStatement,
  type Rule,
  type Storage,
} from '..';

const SUB = '${cognito-identity.amazonaws.com:sub}';
const ARN = 'arn:aws:s3:::B';

const storageOf = (access: Record<string, Rule[]> | [string, Rule[]][]): Storage =>
  designFromAccess(access).storages[0]!;
const iam = (access: Record<string, Rule[]> | [string, Rule[]][]) =>
  iamExport(compileStorage(storageOf(access)), 'B');

/** get/write/delete statement: one resource is a plain string, several an array (CDK's rendering). */
function objectStatement(
  effect: 'Allow' | 'Deny',
  action: 'get' | 'write' | 'delete',
  ...prefixes: string[]
): IamStatement {
  const Action = { get: 's3:GetObject', write: 's3:PutObject', delete: 's3:DeleteObject' }[action];
  const resources = prefixes.map((p) => `${ARN}/${p}`);
  return { Effect: effect, Action, Resource: resources.length === 1 ? resources[0]! : resources };
}
/** list statement: the bucket, with each prefix and the prefix without its final "*". */
function listStatement(effect: 'Allow' | 'Deny', ...prefixes: string[]): IamStatement {
  return {
    Effect: effect,
    Action: 's3:ListBucket',
    Resource: ARN,
    Condition: { StringLike: { 's3:prefix': prefixes.flatMap((p) => [p, p.slice(0, -1)]) } },
  };
}
const policy = (...Statement: IamStatement[]) => ({ Version: '2012-10-17', Statement });

describe('substitution', () => {
  it('owner rules get the identity variable, other rules "*", and a /*/* ending is cut to /*', () => {
    expect(substitutedPrefix('media/{entity_id}/*', { kind: 'entity', entity: 'identity' })).toBe(
      `media/${SUB}/*`,
    );
    expect(substitutedPrefix('media/{entity_id}/*', { kind: 'guest' })).toBe('media/*');
    expect(substitutedPrefix('media/{entity_id}/*', { kind: 'authenticated' })).toBe('media/*');
    expect(substitutedPrefix('media/{entity_id}/*', { kind: 'groups', groups: ['a'] })).toBe(
      'media/*',
    );
    expect(substitutedPrefix('media/{entity_id}/*', { kind: 'resource', fn: 'f' })).toBe('media/*');
    expect(substitutedPrefix('media/*', { kind: 'entity', entity: 'identity' })).toBe('media/*');
    // not at the end (invalid, but compiled best-effort): no cut
    expect(substitutedPrefix('a/{entity_id}/b/*', { kind: 'guest' })).toBe('a/*/b/*');
  });
});

describe("the docs' examples", () => {
  it('single rules: authenticated / guest read on foo/*', () => {
    expect(iam({ 'foo/*': [allow.authenticated.to(['read'])] })).toEqual({
      guest: null,
      authenticated: policy(
        objectStatement('Allow', 'get', 'foo/*'),
        listStatement('Allow', 'foo/*'),
      ),
      groups: {},
      functions: {},
    });
    expect(iam({ 'foo/*': [allow.guest.to(['read'])] })).toEqual({
      guest: policy(objectStatement('Allow', 'get', 'foo/*'), listStatement('Allow', 'foo/*')),
      authenticated: null,
      groups: {},
      functions: {},
    });
  });

  it('prefix behaviour (storage-overview): subpaths deny what the parent grants and they do not', () => {
    // foo/*: auth get,list,write,delete. foo/bar/*: guest get,list. foo/baz/*: auth get,list.
    // other/*: guest get,list; auth get,list,write.
    // Deny by default: foo/bar/* (parent foo/*) → auth get,list,write,delete denied;
    // foo/baz/* → auth write,delete denied (get,list explicitly allowed there).
    // Allow sets drop covered prefixes: auth get/list {foo/*, foo/baz/*, other/*} → {foo/*, other/*}.
    const out = iam({
      'foo/*': [allow.authenticated.to(['read', 'write', 'delete'])],
      'foo/bar/*': [allow.guest.to(['read'])],
      'foo/baz/*': [allow.authenticated.to(['read'])],
      'other/*': [allow.guest.to(['read']), allow.authenticated.to(['read', 'write'])],
    });
    expect(out.authenticated).toEqual(
      policy(
        objectStatement('Allow', 'get', 'foo/*', 'other/*'),
        objectStatement('Deny', 'get', 'foo/bar/*'),
        listStatement('Allow', 'foo/*', 'other/*'),
        listStatement('Deny', 'foo/bar/*'),
        objectStatement('Allow', 'write', 'foo/*', 'other/*'),
        objectStatement('Deny', 'write', 'foo/bar/*', 'foo/baz/*'),
        objectStatement('Allow', 'delete', 'foo/*'),
        objectStatement('Deny', 'delete', 'foo/bar/*', 'foo/baz/*'),
      ),
    );
    expect(out.guest).toEqual(
      policy(
        objectStatement('Allow', 'get', 'foo/bar/*', 'other/*'),
        listStatement('Allow', 'foo/bar/*', 'other/*'),
      ),
    );
    expect(out.groups).toEqual({});
    expect(out.functions).toEqual({});
  });

  it('prefix behaviour (customize-authorization): the same with media/profile-pictures and media/albums', () => {
    const out = iam({
      'media/*': [allow.authenticated.to(['read', 'write', 'delete'])],
      'media/profile-pictures/*': [allow.guest.to(['read'])],
      'media/albums/*': [allow.authenticated.to(['read'])],
      'other/*': [allow.guest.to(['read']), allow.authenticated.to(['read', 'write'])],
    });
    expect(out.authenticated!.Statement).toEqual([
      objectStatement('Allow', 'get', 'media/*', 'other/*'),
      objectStatement('Deny', 'get', 'media/profile-pictures/*'),
      listStatement('Allow', 'media/*', 'other/*'),
      listStatement('Deny', 'media/profile-pictures/*'),
      objectStatement('Allow', 'write', 'media/*', 'other/*'),
      objectStatement('Deny', 'write', 'media/profile-pictures/*', 'media/albums/*'),
      objectStatement('Allow', 'delete', 'media/*'),
      objectStatement('Deny', 'delete', 'media/profile-pictures/*', 'media/albums/*'),
    ]);
  });

  it('Gen 1 public/protected/private', () => {
    // public/*: guest get,list; auth get,list,write,delete.
    // protected/{entity_id}/*: auth read → protected/*; entity → protected/${sub}/*.
    // private/{entity_id}/*: entity → private/${sub}/*.
    // protected/${sub}/* has parent protected/* but is the owner folder under its own wildcard: no deny.
    // auth get/list {public/*, protected/*, protected/${sub}/*, private/${sub}/*}: protected/${sub}/* is covered.
    const out = iam({
      'public/*': [allow.guest.to(['read']), allow.authenticated.to(['read', 'write', 'delete'])],
      'protected/{entity_id}/*': [
        allow.authenticated.to(['read']),
        allow.entity('identity').to(['read', 'write', 'delete']),
      ],
      'private/{entity_id}/*': [allow.entity('identity').to(['read', 'write', 'delete'])],
    });
    expect(out).toEqual({
      guest: policy(
        objectStatement('Allow', 'get', 'public/*'),
        listStatement('Allow', 'public/*'),
      ),
      authenticated: policy(
        objectStatement('Allow', 'get', 'public/*', 'protected/*', `private/${SUB}/*`),
        listStatement('Allow', 'public/*', 'protected/*', `private/${SUB}/*`),
        objectStatement('Allow', 'write', 'public/*', `protected/${SUB}/*`, `private/${SUB}/*`),
        objectStatement('Allow', 'delete', 'public/*', `protected/${SUB}/*`, `private/${SUB}/*`),
      ),
      groups: {},
      functions: {},
    });
    // list conditions spelled out once: the prefix and the prefix without "*"
    expect(out.authenticated!.Statement[1]!.Condition).toEqual({
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
    });
  });

  it('profile pictures: owner writes, everyone reads media/profile-pictures/*/*', () => {
    // entity first: auth get,list,write,delete on media/profile-pictures/${sub}/*;
    // guest and auth read on media/profile-pictures/*/* → cut to media/profile-pictures/*.
    // Owner folder exception: no deny. Auth get/list: the ${sub} prefix is covered by the wildcard one.
    const out = iam({
      'media/profile-pictures/{entity_id}/*': [
        allow.entity('identity').to(['read', 'write', 'delete']),
        allow.guest.to(['read']),
        allow.authenticated.to(['read']),
      ],
    });
    expect(out).toEqual({
      guest: policy(
        objectStatement('Allow', 'get', 'media/profile-pictures/*'),
        listStatement('Allow', 'media/profile-pictures/*'),
      ),
      authenticated: policy(
        objectStatement('Allow', 'get', 'media/profile-pictures/*'),
        listStatement('Allow', 'media/profile-pictures/*'),
        objectStatement('Allow', 'write', `media/profile-pictures/${SUB}/*`),
        objectStatement('Allow', 'delete', `media/profile-pictures/${SUB}/*`),
      ),
      groups: {},
      functions: {},
    });
  });

  it('owner-only folder: foo/{entity_id}/*', () => {
    expect(
      iam({ 'foo/{entity_id}/*': [allow.entity('identity').to(['read', 'write', 'delete'])] })
        .authenticated,
    ).toEqual(
      policy(
        objectStatement('Allow', 'get', `foo/${SUB}/*`),
        listStatement('Allow', `foo/${SUB}/*`),
        objectStatement('Allow', 'write', `foo/${SUB}/*`),
        objectStatement('Allow', 'delete', `foo/${SUB}/*`),
      ),
    );
  });

  it('groups: auditor read-only, admin full, each on its own role', () => {
    const out = iam({
      'media/*': [
        allow.groups(['auditor']).to(['read']),
        allow.groups(['admin']).to(['read', 'write', 'delete']),
      ],
    });
    expect(out.guest).toBeNull();
    expect(out.authenticated).toBeNull();
    expect(out.groups).toEqual({
      auditor: policy(
        objectStatement('Allow', 'get', 'media/*'),
        listStatement('Allow', 'media/*'),
      ),
      admin: policy(
        objectStatement('Allow', 'get', 'media/*'),
        listStatement('Allow', 'media/*'),
        objectStatement('Allow', 'write', 'media/*'),
        objectStatement('Allow', 'delete', 'media/*'),
      ),
    });
  });

  it("one rule for several groups: allow.groups(['auditor', 'admin']).to(['read', 'write'])", () => {
    const expected = policy(
      objectStatement('Allow', 'get', 'media/*'),
      listStatement('Allow', 'media/*'),
      objectStatement('Allow', 'write', 'media/*'),
    );
    expect(
      iam({ 'media/*': [allow.groups(['auditor', 'admin']).to(['read', 'write'])] }).groups,
    ).toEqual({ auditor: expected, admin: expected });
  });

  it('the legacy allow.group(...) compiles like allow.groups([...])', () => {
    const legacy: Rule = {
      principal: { kind: 'groups', groups: ['admin'], legacySingular: true },
      actions: ['read'],
    };
    expect(iam({ 'foo/*': [legacy] })).toEqual(
      iam({ 'foo/*': [allow.groups(['admin']).to(['read'])] }),
    );
  });

  it('functions: allow.resource(demoFunction) on media/*', () => {
    expect(
      iam({ 'media/*': [allow.resource('demoFunction').to(['read', 'write', 'delete'])] }),
    ).toEqual({
      guest: null,
      authenticated: null,
      groups: {},
      functions: {
        demoFunction: policy(
          objectStatement('Allow', 'get', 'media/*'),
          listStatement('Allow', 'media/*'),
          objectStatement('Allow', 'write', 'media/*'),
          objectStatement('Allow', 'delete', 'media/*'),
        ),
      },
    });
  });
});

describe('deny by default, in detail', () => {
  it('the owner folder under its own wildcard parent gets no deny (protected/${sub}/* under protected/*)', () => {
    const compiled = compileStorage(
      storageOf({
        'protected/{entity_id}/*': [
          allow.authenticated.to(['read']),
          allow.entity('identity').to(['read', 'write', 'delete']),
        ],
      }),
    );
    const statements = compiled.policies.flatMap((p) => p.statements);
    expect(statements.filter((s) => s.effect === 'Deny')).toEqual([]);
  });

  it("a non-owner rule's cut prefix is a parent too: guest read on a/b/{entity_id}/* → a/b/*, so a/b/c/* denies guest", () => {
    // guest get,list {a/b/*}; auth get,list {a/b/${sub}/*, a/b/c/*}.
    // a/b/${sub}/* under a/b/*: owner-folder exception. a/b/c/* under a/b/*: guest get,list denied.
    const out = iam({
      'a/b/{entity_id}/*': [allow.guest.to(['read']), allow.entity('identity').to(['read'])],
      'a/b/c/*': [allow.authenticated.to(['read'])],
    });
    expect(out.guest).toEqual(
      policy(
        objectStatement('Allow', 'get', 'a/b/*'),
        objectStatement('Deny', 'get', 'a/b/c/*'),
        listStatement('Allow', 'a/b/*'),
        listStatement('Deny', 'a/b/c/*'),
      ),
    );
    expect(out.authenticated).toEqual(
      policy(
        objectStatement('Allow', 'get', `a/b/${SUB}/*`, 'a/b/c/*'),
        listStatement('Allow', `a/b/${SUB}/*`, 'a/b/c/*'),
      ),
    );
  });

  it('a subpath the parent already covers is dropped from the allow set, with no deny', () => {
    expect(
      iam({
        'foo/*': [allow.authenticated.to(['read'])],
        'foo/bar/*': [allow.authenticated.to(['read'])],
      }).authenticated,
    ).toEqual(policy(objectStatement('Allow', 'get', 'foo/*'), listStatement('Allow', 'foo/*')));
  });

  it('a group in a multi-group rule gets its own policy, and its own deny', () => {
    // foo/*: a get,list; b get,list. foo/bar/*: a get,list. b has foo/* but not foo/bar/* → deny.
    const out = iam({
      'foo/*': [allow.groups(['a', 'b']).to(['read'])],
      'foo/bar/*': [allow.groups(['a']).to(['read'])],
    });
    expect(out.groups).toEqual({
      a: policy(objectStatement('Allow', 'get', 'foo/*'), listStatement('Allow', 'foo/*')),
      b: policy(
        objectStatement('Allow', 'get', 'foo/*'),
        objectStatement('Deny', 'get', 'foo/bar/*'),
        listStatement('Allow', 'foo/*'),
        listStatement('Deny', 'foo/bar/*'),
      ),
    });
  });

  it('a role with no grant on the parent gets no deny for the subpath', () => {
    const out = iam({
      'foo/*': [allow.guest.to(['read'])],
      'foo/bar/*': [allow.authenticated.to(['write'])],
    });
    expect(out.authenticated).toEqual(policy(objectStatement('Allow', 'write', 'foo/bar/*')));
    expect(out.guest).toEqual(
      policy(
        objectStatement('Allow', 'get', 'foo/*'),
        objectStatement('Deny', 'get', 'foo/bar/*'),
        listStatement('Allow', 'foo/*'),
        listStatement('Deny', 'foo/bar/*'),
      ),
    );
  });

  it('a subpath defined before its parent is still denied (parents are found among all paths)', () => {
    const out = iam({
      'foo/bar/*': [allow.guest.to(['get'])],
      'foo/*': [allow.guest.to(['get', 'write'])],
    });
    expect(out.guest).toEqual(
      policy(
        objectStatement('Allow', 'get', 'foo/*'),
        objectStatement('Allow', 'write', 'foo/*'),
        objectStatement('Deny', 'write', 'foo/bar/*'),
      ),
    );
  });

  it('statements follow the first-seen action order, each Allow followed by its Deny', () => {
    // first rule: write then read (→ write, get, list); foo/sub/* takes write and list away from the function
    const out = iam({
      'foo/*': [allow.resource('fn').to(['write', 'read'])],
      'foo/sub/*': [allow.resource('fn').to(['get'])],
    });
    expect(out.functions.fn).toEqual(
      policy(
        objectStatement('Allow', 'write', 'foo/*'),
        objectStatement('Deny', 'write', 'foo/sub/*'),
        objectStatement('Allow', 'get', 'foo/*'),
        listStatement('Allow', 'foo/*'),
        listStatement('Deny', 'foo/sub/*'),
      ),
    );
  });

  it('duplicate and overlapping actions are expanded once (read + get)', () => {
    expect(iam({ 'foo/*': [allow.guest.to(['get', 'read', 'get'])] }).guest).toEqual(
      policy(objectStatement('Allow', 'get', 'foo/*'), listStatement('Allow', 'foo/*')),
    );
  });

  it('roles no rule names get no policy', () => {
    const compiled = compileStorage(storageOf({ 'foo/*': [allow.guest.to(['read'])] }));
    expect(compiled.policies.map((p) => p.role)).toEqual(['guest']);
    expect(compiled.emptyPolicyRoles).toEqual([]);
  });

  it('policies come in the order Amplify first meets the roles', () => {
    const compiled = compileStorage(
      storageOf({
        'a/*': [allow.resource('fn').to(['get']), allow.groups(['z', 'y']).to(['get'])],
        'b/{entity_id}/*': [allow.entity('identity').to(['get']), allow.guest.to(['get'])],
      }),
    );
    expect(compiled.policies.map((p) => p.role)).toEqual([
      'function:fn',
      'group:z',
      'group:y',
      'authenticated',
      'guest',
    ]);
  });

  it('to([]) alone leaves the role with an empty policy (EmptyPolicyFault), not a policy', () => {
    const compiled = compileStorage(
      storageOf({ 'a/*': [allow.guest.to(['read'])], 'b/*': [allow.authenticated.to([])] }),
    );
    expect(compiled.policies.map((p) => p.role)).toEqual(['guest']);
    expect(compiled.emptyPolicyRoles).toEqual([
      { role: 'authenticated', rule: { pathIndex: 1, ruleIndex: 0 } },
    ]);
  });

  it('compiled statements point back at the rules that produced them', () => {
    const compiled = compileStorage(
      storageOf({
        'foo/*': [allow.authenticated.to(['read', 'write', 'delete'])],
        'foo/bar/*': [allow.guest.to(['read'])],
      }),
    );
    const auth = compiled.policies.find((p) => p.role === 'authenticated')!;
    const allowGet = auth.statements.find((s) => s.action === 'get' && s.effect === 'Allow')!;
    expect(allowGet.prefixes).toEqual([
      { prefix: 'foo/*', rules: [{ pathIndex: 0, ruleIndex: 0 }] },
    ]);
    const denyGet = auth.statements.find((s) => s.action === 'get' && s.effect === 'Deny')!;
    expect(denyGet.prefixes).toEqual([
      { prefix: 'foo/bar/*', parent: 'foo/*', rules: [{ pathIndex: 1, ruleIndex: 0 }] },
    ]);
  });
});

describe('outputs paths (amplify_outputs.json storage.buckets[].paths)', () => {
  it('keys are the substituted prefixes; rules on one prefix are merged, in rule order', () => {
    const paths = compileStorage(
      storageOf({
        'media/profile-pictures/{entity_id}/*': [
          allow.entity('identity').to(['read', 'write', 'delete']),
          allow.guest.to(['read']),
          allow.authenticated.to(['read']),
        ],
      }),
    ).outputsPaths!;
    expect(paths).toEqual({
      [`media/profile-pictures/${SUB}/*`]: { entityidentity: ['get', 'list', 'write', 'delete'] },
      'media/profile-pictures/*': { guest: ['get', 'list'], authenticated: ['get', 'list'] },
    });
    expect(Object.keys(paths)).toEqual([
      `media/profile-pictures/${SUB}/*`,
      'media/profile-pictures/*',
    ]);
    expect(Object.keys(paths['media/profile-pictures/*']!)).toEqual(['guest', 'authenticated']);
  });

  it('Gen 1: protected/* for the shared read, protected/${sub}/* for the owner', () => {
    expect(
      compileStorage(
        storageOf({
          'public/*': [
            allow.guest.to(['read']),
            allow.authenticated.to(['read', 'write', 'delete']),
          ],
          'protected/{entity_id}/*': [
            allow.authenticated.to(['read']),
            allow.entity('identity').to(['read', 'write', 'delete']),
          ],
          'private/{entity_id}/*': [allow.entity('identity').to(['read', 'write', 'delete'])],
        }),
      ).outputsPaths,
    ).toEqual({
      'public/*': { guest: ['get', 'list'], authenticated: ['get', 'list', 'write', 'delete'] },
      'protected/*': { authenticated: ['get', 'list'] },
      [`protected/${SUB}/*`]: { entityidentity: ['get', 'list', 'write', 'delete'] },
      [`private/${SUB}/*`]: { entityidentity: ['get', 'list', 'write', 'delete'] },
    });
  });

  it('groups are keyed groupsNAME, one key per group of a rule; write-first actions keep their order', () => {
    expect(
      compileStorage(
        storageOf({ 'media/*': [allow.groups(['auditor', 'admin']).to(['write', 'read'])] }),
      ).outputsPaths,
    ).toEqual({
      'media/*': { groupsauditor: ['write', 'get', 'list'], groupsadmin: ['write', 'get', 'list'] },
    });
  });

  it('a path whose only rules are allow.resource appears with {}', () => {
    expect(
      compileStorage(
        storageOf({
          'media/*': [allow.resource('demoFunction').to(['read', 'write', 'delete'])],
          'other/*': [allow.guest.to(['get'])],
        }),
      ).outputsPaths,
    ).toEqual({ 'media/*': {}, 'other/*': { guest: ['get'] } });
  });

  it('a path with no rules at all does not appear; an empty access record gives {}', () => {
    expect(
      compileStorage(storageOf({ 'a/*': [], 'b/*': [allow.guest.to(['get'])] })).outputsPaths,
    ).toEqual({ 'b/*': { guest: ['get'] } });
    expect(compileStorage(storageOf({})).outputsPaths).toEqual({});
  });

  it('undefined when the storage has no access callback', () => {
    const storage: Storage = { name: 'files', hasAccess: false, paths: [] };
    expect(compileStorage(storage).outputsPaths).toBeUndefined();
    const design: Design = { storages: [storage], groups: [], functions: [] };
    const outputs = amplifyOutputs(
      design,
      [compileStorage(storage)],
      [{ bucketName: 'bkt', region: 'eu-west-1' }],
    );
    expect(outputs.storage!.buckets[0]).toEqual({
      name: 'files',
      bucket_name: 'bkt',
      aws_region: 'eu-west-1',
    });
    expect('paths' in outputs.storage!.buckets[0]!).toBe(false);
  });

  it('a repeated key keeps its first position and its last rules (JavaScript object literal semantics)', () => {
    const paths = compileStorage(
      storageOf([
        ['a/*', [allow.guest.to(['get'])]],
        ['b/*', [allow.guest.to(['list'])]],
        ['a/*', [allow.authenticated.to(['write'])]],
      ]),
    ).outputsPaths!;
    expect(paths).toEqual({ 'a/*': { authenticated: ['write'] }, 'b/*': { guest: ['list'] } });
    expect(Object.keys(paths)).toEqual(['a/*', 'b/*']);
  });
});

describe('amplify_outputs.json storage part (spec §4)', () => {
  it('default bucket at the top, every storage in buckets, version 1.4 or later', () => {
    const design: Design = {
      storages: [
        {
          name: 'logs',
          hasAccess: true,
          paths: [{ path: 'logs/*', rules: [allow.resource('fn').to(['write'])] }],
        },
        {
          name: 'myProjectFiles',
          isDefault: true,
          hasAccess: true,
          paths: [{ path: 'media/*', rules: [allow.guest.to(['read'])] }],
        },
      ],
      groups: [],
      functions: ['fn'],
    };
    const outputs = amplifyOutputs(design, design.storages.map(compileStorage), [
      { bucketName: 'logs-bucket', region: 'us-west-2' },
      { bucketName: 'files-bucket', region: 'eu-west-1' },
    ]);
    expect(Number(outputs.version)).toBeGreaterThanOrEqual(1.4);
    expect(outputs.version).toBe(OUTPUTS_VERSION);
    expect(outputs.storage).toEqual({
      aws_region: 'eu-west-1',
      bucket_name: 'files-bucket',
      buckets: [
        {
          name: 'logs',
          bucket_name: 'logs-bucket',
          aws_region: 'us-west-2',
          paths: { 'logs/*': {} },
        },
        {
          name: 'myProjectFiles',
          bucket_name: 'files-bucket',
          aws_region: 'eu-west-1',
          paths: { 'media/*': { guest: ['get', 'list'] } },
        },
      ],
    });
  });
});
