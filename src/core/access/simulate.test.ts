/** The request simulator's core: who a person's request acts as, the verdict, and notes on the key. */
import { describe, expect, it } from 'vitest';
import { accessModel, allow, designFromAccess, keyNotes, requestRole, simulateRequest } from '..';

const codes = (key: string, paths: string[]) => keyNotes(key, paths).map((n) => n.code);

describe('keyNotes', () => {
  it('flags a leading slash', () => {
    expect(codes('/media/a.jpg', ['media/*'])).toEqual(['key-leading-slash']);
    expect(codes('media/a.jpg', ['media/*'])).toEqual([]);
  });
  it('flags a Gen 1 prefix only when the storage defines no path under it', () => {
    expect(codes('public/a.jpg', ['media/*'])).toEqual(['key-gen1-prefix']);
    expect(codes('public/a.jpg', ['public/*'])).toEqual([]);
    expect(codes('/private/x', ['media/*'])).toEqual(['key-leading-slash', 'key-gen1-prefix']);
    expect(codes('publicity/x', ['media/*'])).toEqual([]);
  });
});

describe('requestRole', () => {
  it('owner is the authenticated role with the identity id given; blank means none', () => {
    expect(requestRole('owner', ' abc ')).toEqual({ role: 'authenticated', identityId: 'abc' });
    expect(requestRole('owner', '')).toEqual({ role: 'authenticated' });
    expect(requestRole('guest', 'abc')).toEqual({ role: 'guest' });
    expect(requestRole('group:admin', 'x')).toEqual({ role: 'group:admin', identityId: 'x' });
    expect(requestRole('function:fn', '')).toEqual({ role: 'function:fn' });
  });
});

describe('simulateRequest', () => {
  const design = designFromAccess({
    'private/{entity_id}/*': [allow.entity('identity').to(['read', 'write'])],
  });
  const model = accessModel(design.storages[0]!);
  const ask = (identityId: string, key: string) =>
    simulateRequest(model, { person: 'owner', action: 'write', key, identityId });
  it('an owner writes in their own folder only', () => {
    expect(ask('abc', 'private/abc/f.txt').decision.allowed).toBe(true);
    expect(ask('abc', 'private/xyz/f.txt').decision.allowed).toBe(false);
    expect(ask('', 'private/abc/f.txt').decision.allowed).toBe(false);
  });
  it('notes come with the verdict', () => {
    expect(ask('abc', '/private/abc/f.txt').notes.map((n) => n.code)).toEqual([
      'key-leading-slash',
    ]);
  });
});
