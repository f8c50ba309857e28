/** The store's verbs that do more than call the core: applyFix binds a fix to its design. */
import { describe, expect, it } from 'vitest';
import { allow, designFromAccess, pathAt, validateDesign } from '../core';
import { createAppStore } from './create-store';

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
