import { describe, expect, it } from 'vitest';
import {
  accessMatrix,
  accessModel,
  allow,
  applyEdit,
  designFromAccess,
  pathAt,
  type Design,
} from '../../core';
import { matrixOf, rowHeadsOf } from './access';
import { treeRowsOf } from './tree-rows';

const storage = (name: string) => ({
  name,
  hasAccess: true,
  paths: [
    { path: 'media/*', rules: [allow.authenticated.to(['read', 'write'])] },
    { path: 'media/public/*', rules: [allow.guest.to(['read'])] },
  ],
});
const twoStorages = (): Design => ({
  storages: [{ ...storage('first'), isDefault: true }, storage('second')],
  groups: [],
  functions: [],
});
const tick = (design: Design, storageIndex: number) =>
  applyEdit(design, {
    type: 'setGrant',
    ...pathAt(design, storageIndex, 1),
    grantee: { kind: 'guest' },
    action: 'write',
    granted: true,
  });

describe('the lazy matrix of the app', () => {
  it('gives the same rows as the whole matrix, computing a row only when asked', () => {
    const design = designFromAccess({
      'a/*': [allow.guest.to(['read'])],
      'a/b/*': [allow.authenticated.to(['get'])],
    });
    const lazy = matrixOf(design, 0)!;
    const whole = accessMatrix(design, accessModel(design.storages[0]!), {
      includeDeclaredFunctions: true,
    });
    expect(lazy.people).toEqual(whole.people);
    expect(JSON.parse(JSON.stringify(lazy.heads.map((h) => lazy.row(h.pathIndex))))).toEqual(
      JSON.parse(JSON.stringify(whole.rows)),
    );
  });

  it('ticking a checkbox keeps the row heads and tree rows (paths did not change) but not the matrix', () => {
    const before = twoStorages();
    const after = tick(before, 0);
    expect(rowHeadsOf(after, 0)).toBe(rowHeadsOf(before, 0));
    expect(treeRowsOf(rowHeadsOf(after, 0))).toBe(treeRowsOf(rowHeadsOf(before, 0)));
    expect(matrixOf(after, 0)).not.toBe(matrixOf(before, 0));
    expect(matrixOf(after, 0)!.row(1).cells.guest!.allowed).toEqual(['get', 'list', 'write']);
  });

  it("an edit in another storage keeps this storage's matrix and the rows it computed", () => {
    const before = twoStorages();
    const first = matrixOf(before, 0)!;
    const row = first.row(1);
    const after = tick(before, 1);
    expect(after.storages[0]).toBe(before.storages[0]);
    expect(matrixOf(after, 0)).toBe(first);
    expect(matrixOf(after, 0)!.row(1)).toBe(row);
  });

  it('renaming a path gives new heads', () => {
    const before = twoStorages();
    const after = applyEdit(before, {
      type: 'renamePath',
      ...pathAt(before, 0, 1),
      path: 'media/shared/*',
    });
    expect(rowHeadsOf(after, 0)).not.toBe(rowHeadsOf(before, 0));
    expect(rowHeadsOf(after, 0).map((h) => [h.path, h.parentIndex])).toEqual([
      ['media/*', undefined],
      ['media/shared/*', 0],
    ]);
  });
});
