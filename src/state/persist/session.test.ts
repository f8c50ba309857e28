import { describe, expect, it } from 'vitest';
import { createAppStore, initialData } from '../create-store';
import { TEMPLATES } from '../templates';
import { SESSION_KEY, SESSION_VERSION } from './envelope';
import { readSaved } from './read-saved';
import { createSession, type SessionDefaults } from './session';
import { savedText } from './write-saved';

/** localStorage as a Map, with the `storage` event another tab's write would fire. */
function fakeStorage() {
  const map = new Map<string, string>();
  const storage = {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
    clear: () => map.clear(),
    key: () => null,
    get length() {
      return map.size;
    },
  } as Storage;
  return storage;
}

const defaults = (): SessionDefaults => {
  const { design, storageIndex, bucket, theme, simulator } = initialData();
  return { design, view: { storageIndex, bucket, theme, simulator } };
};

/** A tab: its store and session over shared storage and its own event target. */
function openTab(storage: Storage) {
  const events = new EventTarget();
  const read = readSaved(storage.getItem(SESSION_KEY), defaults());
  const own = read.kind === 'ok' ? read.data : {};
  const store = createAppStore(own);
  const session = createSession(
    store,
    { storage, events, fragment: () => null, clearFragment: () => {}, delayMs: 0 },
    defaults(),
    { read, shared: false, linkError: null },
  );
  /** Tells this tab another one wrote (what the browser does with the storage event). */
  const notify = () =>
    events.dispatchEvent(
      Object.assign(new Event('storage'), {
        key: SESSION_KEY,
        newValue: storage.getItem(SESSION_KEY),
      }),
    );
  return { store, session, notify, events };
}

const tick = () => new Promise((done) => setTimeout(done, 5));

describe('readSaved', () => {
  const d = defaults();
  it('migrates a version 1 session (design file, theme, bucket)', () => {
    const v1 = {
      version: 1,
      designFile: JSON.parse(savedText({ ...d.view, design: TEMPLATES.groups.design() }, 1))
        .designFile,
      theme: 'dark',
      bucket: { region: 'eu-west-1', bucketNames: { myProjectFiles: 'b' } },
    };
    const read = readSaved(JSON.stringify(v1), d);
    expect(read.kind).toBe('ok');
    if (read.kind !== 'ok') return;
    expect(read.data.design).toEqual(TEMPLATES.groups.design());
    expect(read.data.theme).toBe('dark');
    expect(read.data.bucket.region).toBe('eu-west-1');
    expect(read.revision).toBe(0);
  });

  it('round-trips the design and the whole view', () => {
    const data = {
      design: TEMPLATES.gen1.design(),
      storageIndex: 0,
      theme: 'light' as const,
      bucket: { region: 'us-east-2', bucketNames: { myProjectFiles: 'x' } },
      simulator: { person: 'owner' as const, action: 'write' as const, key: 'k', identityId: 'i' },
    };
    expect(readSaved(savedText(data, 9), d)).toEqual({ kind: 'ok', revision: 9, data });
  });

  it('falls back field by field on a bad view, and refuses what it cannot read', () => {
    const text = JSON.stringify({
      version: SESSION_VERSION,
      revision: 2,
      view: { storageIndex: 7, theme: 'pink', simulator: { action: 'fly', key: 3 } },
    });
    const read = readSaved(text, d);
    expect(read.kind === 'ok' && read.data.storageIndex).toBe(0);
    expect(read.kind === 'ok' && read.data.theme).toBe('system');
    expect(read.kind === 'ok' && read.data.simulator).toEqual(d.view.simulator);
    expect(readSaved('{"version":2', d)).toMatchObject({ kind: 'unreadable', reason: 'corrupt' });
    expect(readSaved('[1]', d)).toMatchObject({ reason: 'corrupt' });
    expect(readSaved('{"version":3}', d)).toMatchObject({ reason: 'newer' });
    expect(
      readSaved('{"version":2,"designFile":{"format":"access-matrix-design","version":1}}', d),
    ).toMatchObject({ reason: 'corrupt' });
  });
});

describe('session', () => {
  it('saves after a change with a rising revision', async () => {
    const storage = fakeStorage();
    const { store } = openTab(storage);
    expect(storage.getItem(SESSION_KEY)).toBeNull();
    store.getState().loadTemplate('gen1');
    await tick();
    expect(JSON.parse(storage.getItem(SESSION_KEY)!).revision).toBe(1);
    store.getState().setTheme('dark');
    await tick();
    expect(JSON.parse(storage.getItem(SESSION_KEY)!)).toMatchObject({
      revision: 2,
      view: { theme: 'dark' },
    });
  });

  it('raises a conflict instead of overwriting another tab, and resolves it either way', async () => {
    const storage = fakeStorage();
    const a = openTab(storage);
    const b = openTab(storage);
    a.store.getState().loadTemplate('gen1');
    await tick();
    b.notify();
    expect(b.session.status.getState().conflict).toEqual({ revision: 1 });
    b.store.getState().loadTemplate('groups');
    await tick();
    expect(readSaved(storage.getItem(SESSION_KEY), defaults())).toMatchObject({
      data: { design: TEMPLATES.gen1.design() },
    });
    // Load theirs: undo returns to this tab's own.
    b.session.loadOtherTab();
    expect(b.store.getState().design).toEqual(TEMPLATES.gen1.design());
    b.store.getState().undo();
    expect(b.store.getState().design).toEqual(TEMPLATES.groups.design());
    await tick();
    // That undo was a change: A sees B's save; A keeps its own, knowingly.
    a.notify();
    expect(a.session.status.getState().conflict).not.toBeNull();
    a.session.keepMine();
    expect(a.session.status.getState().conflict).toBeNull();
    expect(JSON.parse(storage.getItem(SESSION_KEY)!).revision).toBe(3);
  });

  it('finds a newer save even without the storage event', async () => {
    const storage = fakeStorage();
    const a = openTab(storage);
    const b = openTab(storage);
    a.store.getState().loadTemplate('gen1');
    await tick();
    b.store.getState().loadTemplate('groups');
    await tick();
    expect(b.session.status.getState().conflict).toEqual({ revision: 1 });
  });

  it('keeps unreadable data until the user starts fresh', async () => {
    const storage = fakeStorage();
    storage.setItem(SESSION_KEY, '{"version":2,');
    const { store, session } = openTab(storage);
    expect(session.status.getState().unreadable?.reason).toBe('corrupt');
    store.getState().loadTemplate('gen1');
    await tick();
    expect(storage.getItem(SESSION_KEY)).toBe('{"version":2,');
    expect(session.savedText()).toBe('{"version":2,');
    session.startFresh();
    expect(readSaved(storage.getItem(SESSION_KEY), defaults())).toMatchObject({
      kind: 'ok',
      data: { design: TEMPLATES.gen1.design() },
    });
  });
});
