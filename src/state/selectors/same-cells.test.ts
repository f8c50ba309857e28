import { describe, expect, it } from 'vitest';
import { allow, applyEdit, pathAt, type Design } from '../../core';
import { matrixOf } from './access';
import { sameCells } from './same-cells';

const design: Design = {
  storages: [
    {
      name: 'files',
      hasAccess: true,
      paths: [
        { path: 'media/*', rules: [allow.guest.to(['read'])] },
        { path: 'media/private/*', rules: [] },
        { path: 'docs/*', rules: [] },
      ],
    },
  ],
  groups: [],
  functions: [],
};

const tick = (d: Design, pathIndex: number, kind: 'guest' | 'authenticated') =>
  applyEdit(d, {
    type: 'setGrant',
    ...pathAt(d, 0, pathIndex),
    grantee: { kind },
    action: 'read',
    granted: true,
  });

describe('sameCells', () => {
  const before = matrixOf(design, 0)!;
  const people = before.people;

  it('holds for a row an edit elsewhere leaves alone, though the row objects differ', () => {
    const after = matrixOf(tick(design, 2, 'guest'), 0)!;
    expect(after.row(0)).not.toBe(before.row(0));
    expect(sameCells(before.row(0), after.row(0), people)).toBe(true);
  });

  it('fails for the row whose cells the edit changed', () => {
    const after = matrixOf(tick(design, 2, 'guest'), 0)!;
    expect(sameCells(before.row(2), after.row(2), people)).toBe(false);
  });

  it('fails where a subpath now takes something else away from its parent', () => {
    // A rule on the subpath makes it a prefix of its own: the guest's read on media/* stops there.
    const after = matrixOf(tick(design, 1, 'authenticated'), 0)!;
    expect(before.row(1).cells.guest!.overridden).not.toEqual(after.row(1).cells.guest!.overridden);
    expect(sameCells(before.row(1), after.row(1), people)).toBe(false);
  });

  it('compares rows of different paths, and absent rows, as different', () => {
    expect(sameCells(before.row(0), before.row(2), people)).toBe(false);
    expect(sameCells(undefined, before.row(0), people)).toBe(false);
    expect(sameCells(undefined, undefined, people)).toBe(true);
  });
});
