import { describe, expect, it } from 'vitest';
import { allow, applyEdit, designFromAccess, pathIdOf } from '../../core';
import { findingIndexOf } from './finding-index';

describe('findingIndexOf', () => {
  it('finds a path’s findings by its stable id, also from a newer design where rows moved', () => {
    const older = designFromAccess({
      'a/*': [allow.authenticated.to(['read'])],
      '/bad/*': [allow.guest.to(['read'])],
    });
    const bad = older.storages[0]!.paths[1]!;
    const index = findingIndexOf(older);
    expect(index.byPath(0, pathIdOf(bad)).map((f) => f.code)).toContain('path-leading-slash');
    expect(index.byPath(0, pathIdOf(older.storages[0]!.paths[0]!))).toEqual([]);
    // A path added on top: the row at index 1 is now a/*, and it gets none of /bad/*'s findings.
    const newer = applyEdit(older, { type: 'addPath', storageIndex: 0, path: 'new/*', at: 0 });
    const [, a, stillBad] = newer.storages[0]!.paths;
    expect(index.byPath(0, pathIdOf(a!))).toEqual([]);
    expect(index.byPath(0, pathIdOf(stillBad!))).toBe(index.byPath(0, pathIdOf(bad)));
  });
});
