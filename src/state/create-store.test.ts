/** The store's verbs that do more than call the core: applyFix binds a fix to its design. */
import { describe, expect, it } from 'vitest';
import { allow, designFromAccess, pathAt, validateDesign } from '../core';
import { createAppStore } from './create-store';
import { emptyHistory } from './history';

const design = () =>
  designFromAccess({
    'a/*': [allow.authenticated.to(['read'])],
    'open/*': [allow.guest.to(['read', 'write'])],
  });
const guestWrites = (d: ReturnType<typeof design>) =>
  validateDesign(d).find((f) => f.code === 'warn-guest-write-or-delete')!;

describe('applyFix', () => {
  it('applies the fix of a finding made for the live design, as one undo step', () => {
    const store = createAppStore({ design: design() });
    const madeFor = store.getState().design;
    store.getState().applyFix(guestWrites(madeFor), madeFor);
    expect(store.getState().design.storages[0]!.paths[1]!.rules).toEqual([
      allow.guest.to(['read']),
    ]);
    store.getState().undo();
    expect(store.getState().design).toBe(madeFor);
  });

  it('recomputes a fix made for an older design: the path it was for, not the row at its index', () => {
    const store = createAppStore({ design: design() });
    const madeFor = store.getState().design;
    const finding = guestWrites(madeFor);
    store.getState().edit({ type: 'addPath', storageIndex: 0, path: 'new/*', at: 0 });
    store.getState().applyFix(finding, madeFor);
    expect(store.getState().design.storages[0]!.paths.map((p) => [p.path, p.rules])).toEqual([
      ['new/*', []],
      ['a/*', [allow.authenticated.to(['read'])]],
      ['open/*', [allow.guest.to(['read'])]],
    ]);
  });

  it('does nothing (and records no undo step) when the finding is gone', () => {
    const store = createAppStore({ design: design() });
    const madeFor = store.getState().design;
    const finding = guestWrites(madeFor);
    store.getState().edit({ type: 'removePath', ...pathAt(madeFor, 0, 1) });
    const { design: live, history } = store.getState();
    store.getState().applyFix(finding, madeFor);
    expect(store.getState().design).toBe(live);
    expect(store.getState().history).toBe(history);
  });
});

describe('session verbs', () => {
  const view = {
    storageIndex: 1,
    bucket: { region: 'eu-west-1', bucketNames: { files: 'b' } },
    theme: 'dark' as const,
    simulator: { person: 'owner' as const, action: 'write' as const, key: 'k', identityId: 'i' },
  };
  const twoStorages = () => {
    const d = design();
    return { ...d, storages: [d.storages[0]!, { ...d.storages[0]!, name: 'files' }] };
  };

  it('loadSession loads a design as one undo step, and its view', () => {
    const store = createAppStore({ design: design() });
    const before = store.getState().design;
    const saved = twoStorages();
    store.getState().loadSession({ design: saved, ...view });
    expect(store.getState()).toMatchObject({ design: saved, ...view });
    store.getState().undo();
    expect(store.getState().design).toBe(before);
  });

  it('showShared shows a design with no history, the first storage, given bucket and simulator', () => {
    const store = createAppStore({ design: design(), theme: 'light' });
    store.getState().edit({ type: 'addPath', storageIndex: 0, path: 'x/*' });
    const shared = twoStorages();
    store.getState().selectStorage(0);
    store.getState().showShared(shared, view);
    expect(store.getState()).toMatchObject({
      design: shared,
      storageIndex: 0,
      bucket: view.bucket,
      simulator: view.simulator,
      theme: 'light',
      history: { past: [], future: [] },
    });
  });

  it("a shared design is not the user's resource.ts; back to the session, its own source returns", () => {
    const store = createAppStore({ design: design() });
    const own = { text: '// my file\n', design: design() };
    store.getState().loadSession({ design: own.design, ...view, source: own });
    store.getState().showShared(twoStorages(), view);
    expect(store.getState().source).toBeUndefined();
    store.getState().restoreSession({ design: own.design, ...view, source: own }, emptyHistory);
    expect(store.getState().source).toBe(own);
    store.getState().showShared(twoStorages(), view);
    store.getState().restoreSession({ design: design(), ...view }, emptyHistory);
    expect(store.getState().source).toBeUndefined();
  });

  it('keepShown puts the previous design first in the undo history', () => {
    const own = design();
    const store = createAppStore({ design: twoStorages() });
    store.getState().edit({ type: 'addPath', storageIndex: 0, path: 'x/*' });
    store.getState().keepShown(own);
    store.getState().undo();
    store.getState().undo();
    expect(store.getState().design).toBe(own);
  });

  it('restoreSession brings back a design, its view and its history without an undo step', () => {
    const store = createAppStore({ design: design() });
    const own = twoStorages();
    const history = { past: [design()], future: [] };
    store.getState().restoreSession({ design: own, ...view }, history);
    expect(store.getState()).toMatchObject({ design: own, ...view });
    expect(store.getState().history).toBe(history);
  });
});

describe('replaceDesign (a design read from code)', () => {
  it('keeps the access tests: resource.ts has none, and the user must not lose them', () => {
    const tests = [{ who: 'guest', actions: ['write'], where: '*', expect: 'deny' as const }];
    const store = createAppStore({ design: { ...design(), tests } });
    const fromCode = designFromAccess({ 'b/*': [allow.guest.to(['read'])] });
    store.getState().replaceDesign(fromCode);
    expect(store.getState().design.tests).toBe(tests);
    expect(store.getState().design.storages).toBe(fromCode.storages);
  });
});
