import { describe, expect, it } from 'vitest';
import {
  allow,
  applyEdit,
  designFromAccess,
  pathAt,
  pathIdOf,
  type Design,
  type DesignEdit,
} from '../../core';
import { designDelta, designFrom } from './design-delta';

const start = (): Design =>
  designFromAccess({
    'media/*': [allow.guest.to(['read'])],
    'media/{entity_id}/x/*': [allow.authenticated.to(['get'])],
    'docs/*': [allow.groups(['admin']).to(['read', 'write'])],
    'docs/a/*': [],
  });

const edits = (design: Design): ((d: Design) => DesignEdit)[] => [
  (d) => ({
    type: 'setGrant',
    ...pathAt(d, 0, 1),
    grantee: { kind: 'guest' },
    action: 'write',
    granted: true,
  }),
  () => ({ type: 'addPath', storageIndex: 0, path: 'new/*', at: 1 }),
  (d) => ({ type: 'movePath', ...pathAt(d, 0, 0), to: 3 }),
  (d) => ({ type: 'removePath', ...pathAt(d, 0, 2) }),
  (d) => ({ type: 'renamePath', ...pathAt(d, 0, 0), path: 'renamed/*' }),
  () => ({ type: 'addStorage', storage: { ...design.storages[0]!, name: 'second' } }),
  () => ({ type: 'updateStorage', storageIndex: 0, patch: { versioned: true } }),
  () => ({ type: 'addGroup', name: 'auditor' }),
  () => ({ type: 'removeStorage', storageIndex: 0 }),
];

/** What the worker gets: a structured clone, as across a real worker's boundary. */
const across = <T>(value: T): T => structuredClone(value);
const ids = (design: Design) => design.storages.map((s) => s.paths.map(pathIdOf));

describe('designDelta and designFrom', () => {
  it('rebuild each design of an edit sequence from what changed, with the main thread ids', () => {
    let design = start();
    let sent: Design | undefined;
    let rebuilt: Design | undefined;
    for (const edit of [() => undefined, ...edits(design)]) {
      const made = edit(design);
      if (made) design = applyEdit(design, made);
      const delta = across(designDelta(design, sent));
      rebuilt = designFrom(delta, rebuilt);
      sent = design;
      expect(rebuilt).toEqual(design);
      expect(ids(rebuilt)).toEqual(ids(design));
    }
  });

  it('sends an untouched path as its index, and an untouched storage as its index', () => {
    const before = start();
    const after = applyEdit(before, {
      type: 'setGrant',
      ...pathAt(before, 0, 2),
      grantee: { kind: 'guest' },
      action: 'read',
      granted: true,
    });
    const delta = designDelta(after, before);
    const storage = delta.storages[0]!;
    if (typeof storage === 'number') throw new Error('the storage changed');
    expect(storage.paths.map((p) => typeof p)).toEqual(['number', 'number', 'object', 'number']);
    const twice = designDelta(
      applyEdit(after, { type: 'addGroup', name: 'auditor' }),
      after,
    ).storages;
    expect(twice).toEqual([0]);
    // Without a design before, all of it.
    expect(designDelta(after, undefined).storages[0]).toMatchObject({
      paths: after.storages[0]!.paths.map((entry) => ({ entry })),
    });
  });
});
