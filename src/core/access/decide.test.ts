/**
 * IAM decisions against the compiled policies (spec §5): an explicit Deny wins, otherwise an Allow
 * is needed, otherwise it is an implicit deny. The explanation names the statement's prefix and the
 * rule behind it.
 */
import { describe, expect, it } from 'vitest';
import {
  accessModel,
  allow,
  decide,
  designFromAccess,
  ruleSource,
  type AccessRequest,
  type Rule,
} from '..';

const SUB = '${cognito-identity.amazonaws.com:sub}';

const modelOf = (access: Record<string, Rule[]>) =>
  accessModel(designFromAccess(access).storages[0]!);

// storage-overview's prefix-behaviour example
const rwd = allow.authenticated.to(['read', 'write', 'delete']);
const guestRead = allow.guest.to(['read']);
const authRead = allow.authenticated.to(['read']);
const prefixes = modelOf({
  'foo/*': [rwd],
  'foo/bar/*': [guestRead],
  'foo/baz/*': [authRead],
  'other/*': [allow.guest.to(['read']), allow.authenticated.to(['read', 'write'])],
});
const ask = (request: AccessRequest, model = prefixes) =>
  decide(model.index, model.storage, request);

describe('allow', () => {
  it('names the allowing prefix and the rule that granted it', () => {
    const d = ask({ role: 'authenticated', action: 'write', key: 'foo/report.pdf' });
    expect(d.allowed).toBe(true);
    expect(d.kind).toBe('allow');
    expect(d.decidedBy!.prefix.prefix).toBe('foo/*');
    expect(d.decidedBy!.statement.effect).toBe('Allow');
    expect(d.reason).toContain('"foo/*"');
    expect(d.reason).toContain(ruleSource(rwd));
  });
  it('objects deeper than a path are covered by its prefix (* spans "/")', () => {
    expect(ask({ role: 'authenticated', action: 'get', key: 'foo/a/b/c/d.txt' }).allowed).toBe(
      true,
    );
    expect(ask({ role: 'guest', action: 'get', key: 'other/x/y' }).allowed).toBe(true);
  });
  it('list is decided on the requested prefix through the s3:prefix condition', () => {
    expect(ask({ role: 'guest', action: 'list', key: 'foo/bar/' }).allowed).toBe(true);
    expect(ask({ role: 'guest', action: 'list', key: 'foo/bar/deeper/' }).allowed).toBe(true);
    expect(ask({ role: 'guest', action: 'list', key: 'foo/' }).allowed).toBe(false);
  });
});

describe('explicit deny wins', () => {
  it('deny by default on a subpath beats the parent allow, and names subpath, parent and the subpath rules', () => {
    const d = ask({ role: 'authenticated', action: 'get', key: 'foo/bar/secret.txt' });
    expect(d.allowed).toBe(false);
    expect(d.kind).toBe('explicit-deny');
    expect(d.decidedBy!.statement.effect).toBe('Deny');
    expect(d.decidedBy!.prefix.prefix).toBe('foo/bar/*');
    expect(d.decidedBy!.prefix.parent).toBe('foo/*');
    expect(d.reason).toContain('"foo/bar/*"');
    expect(d.reason).toContain('"foo/*"');
    expect(d.reason).toContain(ruleSource(guestRead));
  });
  it('on foo/baz/* read stays allowed but write and delete are denied', () => {
    expect(ask({ role: 'authenticated', action: 'get', key: 'foo/baz/a' }).kind).toBe('allow');
    expect(ask({ role: 'authenticated', action: 'list', key: 'foo/baz/' }).kind).toBe('allow');
    const write = ask({ role: 'authenticated', action: 'write', key: 'foo/baz/a' });
    expect(write.kind).toBe('explicit-deny');
    expect(write.decidedBy!.prefix.prefix).toBe('foo/baz/*');
    expect(write.reason).toContain(ruleSource(authRead));
    expect(ask({ role: 'authenticated', action: 'delete', key: 'foo/baz/a' }).kind).toBe(
      'explicit-deny',
    );
  });
  it("listing the subpath's folder is denied, but listing the parent with a prefix that is not the folder is not (names leak)", () => {
    expect(ask({ role: 'authenticated', action: 'list', key: 'foo/bar/' }).kind).toBe(
      'explicit-deny',
    );
    expect(ask({ role: 'authenticated', action: 'list', key: 'foo/bar/x/' }).kind).toBe(
      'explicit-deny',
    );
    expect(ask({ role: 'authenticated', action: 'list', key: 'foo/' }).kind).toBe('allow');
    expect(ask({ role: 'authenticated', action: 'list', key: 'foo/bar' }).kind).toBe('allow');
  });
});

describe('implicit deny', () => {
  it('no statement allows it: denied without a deciding statement', () => {
    const d = ask({ role: 'guest', action: 'write', key: 'foo/x' });
    expect(d).toMatchObject({ allowed: false, kind: 'implicit-deny' });
    expect(d.decidedBy).toBeUndefined();
    expect(ask({ role: 'guest', action: 'get', key: 'foo/x' }).kind).toBe('implicit-deny');
    expect(ask({ role: 'authenticated', action: 'delete', key: 'other/x' }).kind).toBe(
      'implicit-deny',
    );
    expect(ask({ role: 'authenticated', action: 'get', key: 'elsewhere/x' }).kind).toBe(
      'implicit-deny',
    );
  });
  it('a role without any policy in the storage', () => {
    const d = ask({ role: 'group:admin', action: 'get', key: 'foo/x' });
    expect(d).toMatchObject({ allowed: false, kind: 'implicit-deny' });
    expect(ask({ role: 'function:fn', action: 'get', key: 'other/x' }).allowed).toBe(false);
  });
  it('the key must match the whole pattern: "foo" is not under foo/*', () => {
    expect(ask({ role: 'authenticated', action: 'get', key: 'foo' }).kind).toBe('implicit-deny');
  });
});

describe('owner folders (Gen 1 pattern)', () => {
  const gen1 = modelOf({
    'public/*': [allow.guest.to(['read']), allow.authenticated.to(['read', 'write', 'delete'])],
    'protected/{entity_id}/*': [
      allow.authenticated.to(['read']),
      allow.entity('identity').to(['read', 'write', 'delete']),
    ],
    'private/{entity_id}/*': [allow.entity('identity').to(['read', 'write', 'delete'])],
  });
  const as = (identityId: string | undefined, action: AccessRequest['action'], key: string) =>
    ask({ role: 'authenticated', action, key, ...(identityId ? { identityId } : {}) }, gen1);

  it('the owner reaches their own private folder through the identity variable', () => {
    const d = as('us-east-1:me', 'write', 'private/us-east-1:me/a.jpg');
    expect(d.kind).toBe('allow');
    expect(d.decidedBy!.prefix.prefix).toBe(`private/${SUB}/*`);
    expect(d.reason).toContain(
      ruleSource(allow.entity('identity').to(['read', 'write', 'delete'])),
    );
    expect(as('us-east-1:me', 'list', 'private/us-east-1:me/').allowed).toBe(true);
  });
  it("someone else's private folder is implicitly denied, and so is any folder without an identity id", () => {
    expect(as('us-east-1:me', 'get', 'private/us-east-1:you/a.jpg').kind).toBe('implicit-deny');
    expect(as(undefined, 'get', 'private/us-east-1:me/a.jpg').kind).toBe('implicit-deny');
  });
  it("protected: read anyone's folder, write only your own", () => {
    expect(as('me', 'get', 'protected/you/a.jpg').allowed).toBe(true);
    expect(as('me', 'list', 'protected/you/').allowed).toBe(true);
    expect(as('me', 'write', 'protected/you/a.jpg').allowed).toBe(false);
    expect(as('me', 'write', 'protected/me/a.jpg').allowed).toBe(true);
    expect(as('me', 'delete', 'protected/me/a.jpg').allowed).toBe(true);
  });
  it('guests reach only public', () => {
    expect(
      ask({ role: 'guest', action: 'get', key: 'public/a', identityId: 'g' }, gen1).allowed,
    ).toBe(true);
    expect(
      ask({ role: 'guest', action: 'get', key: 'protected/g/a', identityId: 'g' }, gen1).allowed,
    ).toBe(false);
    expect(ask({ role: 'guest', action: 'write', key: 'public/a' }, gen1).allowed).toBe(false);
  });
});
