import { describe, expect, it } from 'vitest';
import { allow, applyEdit, designFromAccess, pathAt, pathIdOf } from '../../core';
import { findingIndexOf } from '../../state';
import { gridItemsOf } from './grid-items';

// media/* lists its subpath (a warning on media/*); docs has no "/*" (an error on docs).
const design = designFromAccess({
  'media/*': [allow.guest.to(['read'])],
  'media/private/*': [allow.authenticated.to(['read'])],
  docs: [],
});

describe('gridItemsOf', () => {
  it('lists each path with its findings under it, and keeps the items an edit left the same', () => {
    const index = findingIndexOf(design);
    const items = gridItemsOf(design.storages[0], 0, index);
    const shape = items.map((i) => (i.kind === 'path' ? `p${i.pathIndex}` : `f${i.pathIndex}`));
    const byPath = [0, 1, 2].map((p) => index.byPath(0, pathIdOf(design.storages[0]!.paths[p]!)));
    expect(shape).toEqual([0, 1, 2].flatMap((p) => [`p${p}`, ...byPath[p]!.map(() => `f${p}`)]));
    expect(items.some((i) => i.kind === 'path' && i.errors)).toBe(true);
    // The same entries and findings: the very same items.
    const again = gridItemsOf(design.storages[0], 0, index);
    again.forEach((item, i) => expect(item).toBe(items[i]));
    // A tick on path 1 replaces its entry: its item is new, the others are kept.
    const ticked = applyEdit(design, {
      type: 'setGrant',
      ...pathAt(design, 0, 1),
      grantee: { kind: 'guest' },
      action: 'read',
      granted: true,
    });
    const after = gridItemsOf(ticked.storages[0], 0, index);
    const paths = after.filter((i) => i.kind === 'path');
    expect(paths[0]).toBe(items.find((i) => i.kind === 'path' && i.pathIndex === 0));
    expect(paths[1]).not.toBe(items.find((i) => i.kind === 'path' && i.pathIndex === 1));
    expect(paths[1]).toEqual(items.find((i) => i.kind === 'path' && i.pathIndex === 1));
  });
});
