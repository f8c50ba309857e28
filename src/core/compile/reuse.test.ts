import { describe, expect, it } from 'vitest';
import { accessModel } from '../access/matrix';
import { accessModelAfter } from '../access/model-after';
import { applyEdit } from '../edit/apply';
import { allow, designFromAccess } from '../model/build';
import { pathIdOf } from '../model/ids';
import { compileStorage } from './compile';
import { compileStorageAfter } from './reuse';

const design = designFromAccess(
  [
    ['media/*', [allow.authenticated.to(['read', 'write']), allow.guest.to(['read'])]],
    ['media/thumbs/*', [allow.groups(['admin']).to(['read', 'delete'])]],
    ['private/{entity_id}/*', [allow.entity('identity').to(['read', 'write', 'delete'])]],
  ],
  { groups: ['admin'] },
);
const storage = design.storages[0]!;
const tick = applyEdit(design, {
  type: 'setGrant',
  storageIndex: 0,
  pathId: pathIdOf(storage.paths[0]!),
  grantee: { kind: 'guest' },
  action: 'write',
  granted: true,
}).storages[0]!;

describe('compileStorageAfter', () => {
  it('keeps the policy objects of the roles an edit left alone, and gives a fresh compile', () => {
    const before = compileStorageAfter(storage, undefined);
    const after = compileStorageAfter(tick, before);
    expect(after).toStrictEqual(compileStorage(tick));
    const kept = after.policies.filter((p) => before.policies.includes(p)).map((p) => p.role);
    expect(kept).toEqual(['authenticated', 'group:admin']);
  });

  it('is a fresh compile without a previous one, or when nothing is the same', () => {
    expect(compileStorageAfter(tick, undefined)).toStrictEqual(compileStorage(tick));
    const other = designFromAccess({ 'x/*': [allow.guest.to(['get'])] }).storages[0]!;
    const after = compileStorageAfter(tick, compileStorageAfter(other, undefined));
    expect(after).toStrictEqual(compileStorage(tick));
  });
});

describe('accessModelAfter', () => {
  it('keeps the index trie of a kept policy and rebuilds the others', () => {
    const before = accessModelAfter(storage, undefined);
    const after = accessModelAfter(tick, before);
    const fresh = accessModel(tick);
    expect(after.compiled).toStrictEqual(fresh.compiled);
    const key = 'media/thumbs/f.png';
    // The same pattern objects: the trie was kept.
    expect(after.index.candidates('authenticated', key)).toEqual(
      before.index.candidates('authenticated', key),
    );
    for (const [i, p] of after.index.candidates('authenticated', key).entries())
      expect(p).toBe(before.index.candidates('authenticated', key)[i]);
    // Guest's policy changed: new patterns, which now include write.
    const guest = after.index.candidates('guest', key);
    expect(guest.map((p) => p.statement.action)).toEqual(
      fresh.index.candidates('guest', key).map((p) => p.statement.action),
    );
    expect(guest.some((p) => before.index.candidates('guest', key).includes(p))).toBe(false);
  });
});
