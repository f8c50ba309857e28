import { describe, expect, it } from 'vitest';
import { allow, applyEdits, designFromAccess, pathIdOf, type Design } from '../../core';
import { changedPaths } from './changed-paths';

const design = designFromAccess([
  ['media/*', [allow.guest.to(['read'])]],
  ['other/*', [allow.authenticated.to(['read'])]],
  ['media/photos/*', []],
]);
const paths = (d: Design) => d.storages[0]!.paths;
const named = (d: Design, ids: readonly string[]) =>
  ids.map((id) => paths(d).find((e) => pathIdOf(e) === id)!.path);

describe('changedPaths', () => {
  it('marks an added path as added, and nothing else', () => {
    const next = applyEdits(design, [
      { type: 'addPath', storageIndex: 0, path: 'docs/*', rules: [] },
    ]);
    const changes = changedPaths(paths(design), paths(next));
    expect(named(next, changes.added)).toEqual(['docs/*']);
    expect(changes.changed).toEqual([]);
  });

  it('marks an edited path (its id carried by the edit) as changed', () => {
    const pathId = pathIdOf(paths(design)[1]!);
    const next = applyEdits(design, [
      {
        type: 'setGrant',
        storageIndex: 0,
        pathId,
        grantee: { kind: 'guest' },
        action: 'write',
        granted: true,
      },
    ]);
    const changes = changedPaths(paths(design), paths(next));
    expect(named(next, changes.changed)).toEqual(['other/*']);
    expect(changes.added).toEqual([]);
    // Undo brings the old entries back: the same path shows as changed.
    expect(changedPaths(paths(next), paths(design)).changed).toEqual([pathId]);
  });

  it('a renamed path is new; a design read anew with the same paths marks nothing', () => {
    const pathId = pathIdOf(paths(design)[2]!);
    const renamed = applyEdits(design, [
      { type: 'renamePath', storageIndex: 0, pathId, path: 'media/albums/*' },
    ]);
    expect(named(renamed, changedPaths(paths(design), paths(renamed)).added)).toEqual([
      'media/albums/*',
    ]);
    const reread = designFromAccess([
      ['media/*', [allow.guest.to(['read', 'write'])]],
      ['other/*', [allow.authenticated.to(['read'])]],
      ['media/photos/*', []],
      ['new/*', []],
    ]);
    const changes = changedPaths(paths(design), paths(reread));
    expect(named(reread, changes.added)).toEqual(['new/*']);
    expect(changes.changed).toEqual([]);
  });

  it('a removal or a move marks nothing', () => {
    const [a, b] = paths(design).map(pathIdOf);
    const removed = applyEdits(design, [{ type: 'removePath', storageIndex: 0, pathId: a! }]);
    expect(changedPaths(paths(design), paths(removed))).toEqual({ added: [], changed: [] });
    const moved = applyEdits(design, [{ type: 'movePath', storageIndex: 0, pathId: b!, to: 0 }]);
    expect(changedPaths(paths(design), paths(moved))).toEqual({ added: [], changed: [] });
  });
});
