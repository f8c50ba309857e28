/**
 * What each part of a test means: people, actions, concrete keys, whole prefixes, owners in their
 * own folder, except, storages; counterexamples with the deciding statement and rule; problems.
 */
import { describe, expect, it } from 'vitest';
import { allow, designFromAccess, type AccessTest, type Design } from '..';
import { runAccessTest, runAccessTests } from './evaluate';
import { invariantsFor } from './invariants';

// The docs' Gen 1 pattern plus an admin group, a function and a deny-by-default subpath.
const design: Design = designFromAccess({
  'public/*': [
    allow.guest.to(['read']),
    allow.authenticated.to(['read', 'write', 'delete']),
    allow.groups(['admin']).to(['read', 'write', 'delete']),
  ],
  'public/locked/*': [allow.groups(['admin']).to(['read'])],
  'protected/{entity_id}/*': [
    allow.authenticated.to(['read']),
    allow.entity('identity').to(['read', 'write', 'delete']),
  ],
  'private/{entity_id}/*': [allow.entity('identity').to(['read', 'write', 'delete'])],
  'thumbs/*': [allow.resource('resizer').to(['read', 'write', 'delete'])],
});

const run = (test: AccessTest) => runAccessTest(design, test);
const t = (who: string, actions: string[], where: string, expect: 'allow' | 'deny', more = {}) =>
  ({ who, actions, where, expect, ...more }) as AccessTest;

describe('concrete keys', () => {
  it('passes when decide() agrees, fails with its reason otherwise', () => {
    expect(run(t('guest', ['get'], 'public/a.png', 'allow')).status).toBe('pass');
    const r = run(t('guest', ['write'], 'public/a.png', 'allow'));
    expect(r.status).toBe('fail');
    expect(r.failures[0]).toMatchObject({
      action: 'write',
      key: 'public/a.png',
      kind: 'implicit-deny',
    });
    expect(r.failures[0]!.reason).toMatch(/^Denied: no statement in the guest policy/);
  });

  it('read is get and list; list asks about the prefix listed', () => {
    expect(run(t('guest', ['read'], 'public/', 'allow')).status).toBe('pass');
    const r = run(t('guest', ['read'], 'private/', 'allow'));
    expect(r.failures.map((f) => f.action)).toEqual(['get', 'list']);
  });
});

describe('everything under a prefix', () => {
  it('cannot: passes only if no key under it is allowed', () => {
    expect(run(t('guest', ['write', 'delete'], '*', 'deny')).status).toBe('pass');
    expect(run(t('authenticated', ['write'], 'thumbs/*', 'deny')).status).toBe('pass');
    const r = run(t('authenticated', ['write'], '*', 'deny'));
    expect(r.status).toBe('fail');
    // The shortest allowed key, with the statement and the rule that allow it.
    expect(r.failures[0]).toMatchObject({
      action: 'write',
      allowed: true,
      kind: 'allow',
      key: 'public/',
      statement: { effect: 'Allow', prefix: 'public/*' },
      rules: [{ path: 'public/*', rule: 'allow.authenticated.to(["read","write","delete"])' }],
    });
  });

  it('can: passes only if every key is allowed; a deny-by-default subpath is the counterexample', () => {
    expect(run(t('guest', ['get'], 'public/photos/*', 'allow')).status).toBe('pass');
    const r = run(t('authenticated', ['get'], 'public/*', 'allow'));
    expect(r.failures[0]).toMatchObject({
      key: 'public/locked/',
      kind: 'explicit-deny',
      statement: { effect: 'Deny', prefix: 'public/locked/*' },
    });
    expect(r.failures[0]!.reason).toMatch(/deny by default/);
    expect(r.failures[0]!.rules).toEqual([
      {
        pathIndex: 1,
        ruleIndex: 0,
        path: 'public/locked/*',
        rule: 'allow.groups(["admin"]).to(["read"])',
      },
    ]);
  });

  it('the whole bucket for list includes the empty prefix; objects never have an empty key', () => {
    const r = run(t('authenticated', ['list', 'get'], '*', 'allow'));
    expect(r.failures.map((f) => [f.action, f.key])).toEqual([
      ['list', ''],
      ['get', 'x'],
    ]);
  });

  it('except leaves prefixes out', () => {
    expect(
      run(t('function:resizer', ['delete'], '*', 'deny', { except: ['thumbs/'] })).status,
    ).toBe('pass');
    expect(
      run(t('function:resizer', ['delete'], '*', 'deny', { except: ['thumbs/x'] })).failures[0]!
        .key,
    ).toBe('thumbs/');
  });
});

describe('owners and identity ids', () => {
  it('any owner in their own folder', () => {
    expect(
      run(t('owner', ['read', 'write', 'delete'], 'private/{entity_id}/*', 'allow')).status,
    ).toBe('pass');
    expect(run(t('owner', ['write'], 'protected/{entity_id}/a.png', 'allow')).status).toBe('pass');
  });

  it('authenticated is another user: someone else folder, and its own folder under a wider prefix', () => {
    expect(run(t('authenticated', ['write', 'get'], 'private/{entity_id}/*', 'deny')).status).toBe(
      'pass',
    );
    const r = run(t('authenticated', ['get'], 'protected/{entity_id}/*', 'deny'));
    expect(r.failures[0]).toMatchObject({
      key: 'protected/{entity_id}/',
      identityId: '{caller_id}',
    });
    const own = run(t('authenticated', ['write'], 'private/*', 'deny'));
    expect(own.failures[0]).toMatchObject({
      key: 'private/{caller_id}/',
      statement: { prefix: 'private/${cognito-identity.amazonaws.com:sub}/*' },
    });
    expect(own.failures[0]!.reason).toContain('"private/{caller_id}/"');
  });

  it('a fixed identity id', () => {
    const who = { identityId: 'us-east-1:alice' };
    expect(run(t('owner', ['write'], 'private/us-east-1:alice/*', 'allow', who)).status).toBe(
      'pass',
    );
    expect(run(t('owner', ['write'], 'private/us-east-1:bob/*', 'deny', who)).status).toBe('pass');
    expect(run(t('owner', ['write'], 'private/{entity_id}/x', 'allow', who)).status).toBe('pass');
  });

  it('groups use only their own role; functions have no identity', () => {
    expect(run(t('group:admin', ['write'], 'private/*', 'deny')).status).toBe('pass');
    expect(run(t('group:admin', ['get'], 'public/locked/*', 'allow')).status).toBe('pass');
    const r = run(t('function:resizer', ['get'], 'thumbs/a', 'deny'));
    expect(r.failures[0]).not.toHaveProperty('identityId');
  });
});

describe('problems: a test that means nothing here is invalid, with the field', () => {
  const codes = (test: AccessTest, d = design) =>
    runAccessTest(d, test).problems.map((p) => [p.code, p.field.join('.')]);
  it('names', () => {
    expect(codes(t('group:nobody', ['get'], 'a', 'deny'))).toEqual([['unknown-group', 'who']]);
    expect(codes(t('function:ghost', ['get'], 'a', 'deny'))).toEqual([['unknown-function', 'who']]);
    expect(codes(t('admin', ['get'], 'a', 'deny'))).toEqual([['unknown-person', 'who']]);
    expect(codes(t('guest', ['get'], 'a', 'deny', { storage: 'other' }))).toEqual([
      ['unknown-storage', 'storage'],
    ]);
    expect(codes(t('guest', ['get', 'fetch'], 'a', 'deny'))).toEqual([
      ['unknown-action', 'actions.1'],
    ]);
    expect(codes(t('guest', [], 'a', 'deny'))).toEqual([['no-actions', 'actions']]);
  });
  it('shape of where, except, identity', () => {
    expect(codes(t('owner', ['get'], 'private/*', 'deny'))).toEqual([
      ['owner-needs-folder', 'where'],
    ]);
    expect(codes(t('guest', ['get'], 'a*b/*', 'deny'))).toEqual([['bad-where', 'where']]);
    expect(codes(t('guest', ['get'], '', 'deny'))).toEqual([['bad-where', 'where']]);
    expect(codes(t('guest', ['list'], '', 'deny'))).toEqual([]);
    expect(codes(t('guest', ['get'], 'a/{entity_id}*', 'deny'))).toEqual([['bad-where', 'where']]);
    expect(codes(t('guest', ['get'], 'a/*', 'deny', { except: ['b/'] }))).toEqual([
      ['bad-except', 'except.0'],
    ]);
    expect(codes(t('guest', ['get'], 'a/x', 'deny', { except: ['a/'] }))).toEqual([
      ['bad-except', 'except'],
    ]);
    expect(codes(t('guest', ['get'], 'a/*', 'deny', { identityId: 'x' }))).toEqual([
      ['identity-not-applicable', 'identityId'],
    ]);
  });
  it('several storages need a default or a name', () => {
    const two: Design = {
      ...design,
      storages: [design.storages[0]!, { ...design.storages[0]!, name: 'second' }],
    };
    expect(codes(t('guest', ['get'], 'a', 'deny'), two)).toEqual([['no-default-storage', 'who']]);
    expect(
      runAccessTest(two, t('guest', ['get'], 'public/a', 'allow', { storage: 'second' })).status,
    ).toBe('pass');
  });
});

describe('invariants', () => {
  it('one click each; this design keeps most and breaks the protected one on purpose', () => {
    const found = invariantsFor(design);
    expect(found.map((i) => i.id)).toEqual([
      'guest-no-write',
      'guest-no-list',
      'owner-only-writes',
      'owner-keeps-folder',
      'others-no-read-owned',
      'guest-no-owned',
      'function-delete-named',
      'function-write-named',
    ]);
    const failing = found
      .map((i) => [i.id, runAccessTests(design, i.tests).filter((r) => r.status !== 'pass').length])
      .filter(([, n]) => n !== 0);
    // Guests list public/; signed-in users read protected folders (Gen 1's intent).
    expect(failing).toEqual([
      ['guest-no-list', 1],
      ['others-no-read-owned', 1],
    ]);
  });

  it('catch a function that deletes outside its paths (a token cut to the parent)', () => {
    const wide = designFromAccess({
      'thumbs/*': [allow.resource('resizer').to(['delete'])],
      'uploads/{entity_id}/*': [allow.resource('cleaner').to(['delete'])],
      'other/*': [allow.resource('cleaner').to(['delete'])],
    });
    const results = runAccessTests(
      wide,
      invariantsFor(wide).find((i) => i.id === 'function-delete-named')!.tests,
    );
    expect(results.map((r) => r.status)).toEqual(['pass', 'pass']);
  });
});
