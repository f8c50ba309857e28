import { describe, expect, it } from 'vitest';
import { allow, applyEdit, designFromAccess, pathAt } from '../../core';
import { pathIdsOf } from './path-ids';

describe('pathIdsOf', () => {
  const design = designFromAccess({
    'a/*': [allow.guest.to(['read'])],
    'b/*': [],
  });

  it('keeps the very same array over an edit that changes rules only', () => {
    const ticked = applyEdit(design, {
      type: 'setGrant',
      ...pathAt(design, 0, 1),
      grantee: { kind: 'guest' },
      action: 'write',
      granted: true,
    });
    expect(ticked.storages[0]!.paths[1]).not.toBe(design.storages[0]!.paths[1]);
    expect(pathIdsOf(ticked, 0)).toBe(pathIdsOf(design, 0));
  });

  it('changes when paths move, and for a design with other entries', () => {
    const ids = pathIdsOf(design, 0);
    const moved = applyEdit(design, { type: 'movePath', ...pathAt(design, 0, 1), to: 0 });
    expect(pathIdsOf(moved, 0)).toEqual([ids[1], ids[0]]);
    const other = designFromAccess({ 'a/*': [], 'b/*': [] });
    expect(pathIdsOf(other, 0)).not.toEqual(ids);
    expect(pathIdsOf(other, 1)).toEqual([]);
  });
});
