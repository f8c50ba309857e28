/**
 * The app's state under bad input: damaged saved sessions, share links that fail and imports
 * that fail. Nothing throws, a failure says why (with line and column for sources), and the
 * design on screen, its undo history and what is saved stay exactly as they were.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compileDesign,
  bucketPlacements,
  encodeShareFragment,
  renderOutputsJson,
  renderResourceTs,
  serializeDesignFile,
  type Design,
} from '../../src/core';
import { createAppStore, importText, initialData, TEMPLATES } from '../../src/state';
import { readSaved } from '../../src/state/persist/read-saved';
import { createSession, type SessionDefaults } from '../../src/state/persist/session';
import { SESSION_KEY } from '../../src/state/persist/envelope';
import { savedText } from '../../src/state/persist/write-saved';
import { designArb } from '../exports/designs';
import { fuzzSuite, runs, timed, timedAsync } from './harness';
import { mutatedArb } from './mutate';
import { RESOURCE_TS_SEEDS } from './seeds';

fuzzSuite();

function fakeStorage(): Storage {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
    clear: () => map.clear(),
    key: () => null,
    get length() {
      return map.size;
    },
  } as Storage;
}

const defaults = (): SessionDefaults => {
  const { design, storageIndex, bucket, theme, simulator } = initialData();
  return { design, view: { storageIndex, bucket, theme, simulator } };
};

/** A running app with the user's own design (edited once, so there is history to lose). */
function userApp() {
  const storage = fakeStorage();
  const store = createAppStore({ design: TEMPLATES.groups.design() });
  store.getState().edit({ type: 'addPath', storageIndex: 0, path: 'mine/*' });
  expect(store.getState().history.past.length).toBe(1);
  const session = createSession(
    store,
    {
      storage,
      events: new EventTarget(),
      fragment: () => null,
      clearFragment: () => {},
      delayMs: 0,
    },
    defaults(),
    { read: { kind: 'empty' }, shared: false, linkError: null },
  );
  session.startFresh(); // saved as the user's own
  return { store, session, storage };
}

const sessionText = (design: Design) => savedText({ ...defaults().view, design }, 3);

describe('saved sessions', () => {
  it('damaged or foreign saved data never throws: a session or a reason', () => {
    const raw = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc
        .jsonValue()
        .map((v) => JSON.stringify({ version: 2, designFile: v, view: v, revision: v })),
      mutatedArb(designArb.map(sessionText)),
    );
    fc.assert(
      fc.property(raw, (text) => {
        const read = timed('store', text, () => readSaved(text, defaults()));
        expect(['empty', 'ok', 'unreadable']).toContain(read.kind);
        if (read.kind === 'unreadable') expect(read.message.length).toBeGreaterThan(10);
      }),
      { numRuns: runs(500) },
    );
  });
});

describe('share links into a running app', () => {
  it('a link that fails leaves the design, its history and the saved data as they were', async () => {
    const links = await Promise.all(fc.sample(designArb, 10).map(encodeShareFragment));
    const fragment = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 80 }),
      mutatedArb(fc.constantFrom(...links), 3),
    );
    await fc.assert(
      fc.asyncProperty(fragment, async (f) => {
        const { store, session, storage } = userApp();
        const before = store.getState();
        const saved = storage.getItem(SESSION_KEY);
        await timedAsync('store', f, () => session.openLink(f));
        const { linkError, shared } = session.status.getState();
        if (linkError !== null) {
          const after = store.getState();
          expect(after.design).toBe(before.design);
          expect(after.history).toBe(before.history);
          expect(after.storageIndex).toBe(before.storageIndex);
          expect(shared).toBe(false);
          expect(linkError.length).toBeGreaterThan(10);
        }
        expect(storage.getItem(SESSION_KEY), 'a shared design is never saved over the own').toBe(
          saved,
        );
        session.dispose();
      }),
      { numRuns: runs(300) },
    );
  });
});

describe('imports into a running app', () => {
  /** What the import dialog does: replace the design only when the import succeeded. */
  async function importInto(text: string, fileName = '') {
    const store = createAppStore({ design: TEMPLATES.groups.design() });
    const before = store.getState();
    const outcome = await timedAsync('store', text, () => importText(text, fileName));
    if (outcome.ok && outcome.design) store.getState().loadDesign(outcome.design);
    else if (outcome.ok) store.getState().edit({ type: 'addTests', tests: outcome.tests });
    else {
      expect(store.getState()).toBe(before);
      expect(outcome.errors.length).toBeGreaterThan(0);
      for (const e of outcome.errors) expect(e.message.trim().length).toBeGreaterThan(5);
      // A source that was read and found wrong says where.
      if (outcome.kind === 'resource.ts' || outcome.kind === 'amplify_outputs.json')
        for (const e of outcome.errors) expect(e.line, JSON.stringify(e)).toBeGreaterThanOrEqual(1);
    }
    return outcome;
  }

  it('damaged resource.ts, amplify_outputs.json and design files: the design stays', async () => {
    const text = fc.oneof(
      mutatedArb(fc.constantFrom(...RESOURCE_TS_SEEDS)),
      mutatedArb(designArb.map((d) => renderResourceTs(d))),
      mutatedArb(designArb.map((d) => renderOutputsJson(compileDesign(d), bucketPlacements(d)))),
      mutatedArb(designArb.map(serializeDesignFile)),
      fc.string({ unit: 'binary', maxLength: 200 }),
    );
    await fc.assert(
      fc.asyncProperty(
        text,
        fc.constantFrom('', 'resource.ts', 'amplify_outputs.json', 'x.json'),
        async (t, name) => void (await importInto(t, name)),
      ),
      {
        numRuns: runs(400),
      },
    );
  });
});
