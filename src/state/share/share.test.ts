import { describe, expect, it } from 'vitest';
import { decodeShareFragment, SHARE_LINK_SOFT_LIMIT } from '../../core';
import { createAppStore, initialData } from '../create-store';
import { SESSION_KEY } from '../persist/envelope';
import { readSaved } from '../persist/read-saved';
import { createSession, type SessionDefaults } from '../persist/session';
import { TEMPLATES, TEMPLATE_NAMES } from '../templates';
import { embedOptionsOf } from './embed-options';
import { shareFragmentOf } from './fragment';
import { embedCodeFor, shareLinkFor } from './share-url';

const APP = 'https://example.com/docs/tools/access-matrix/?x=1#old';

describe('share links', () => {
  it('round-trip every template, well under the soft limit', async () => {
    for (const name of TEMPLATE_NAMES) {
      const link = await shareLinkFor(TEMPLATES[name].design(), APP);
      expect(link.startsWith('https://example.com/docs/tools/access-matrix/#d1.')).toBe(true);
      expect(link.length).toBeLessThan(SHARE_LINK_SOFT_LIMIT / 2);
      const decoded = await decodeShareFragment(new URL(link).hash);
      expect(decoded).toEqual({ ok: true, design: TEMPLATES[name].design() });
    }
  });

  it('tell share fragments from in-page anchors', () => {
    expect(shareFragmentOf('#matrix')).toBeNull();
    expect(shareFragmentOf('')).toBeNull();
    expect(shareFragmentOf('#d1.abc')).toBe('d1.abc');
    expect(shareFragmentOf(`#${'x'.repeat(41)}`)).toBe('x'.repeat(41));
  });
});

describe('embed', () => {
  it('writes an iframe with escaped title and the options in the query', async () => {
    const design = TEMPLATES.groups.design();
    const named = {
      ...design,
      storages: [{ ...design.storages[0]!, name: 'a"<b>&c' }],
    };
    const code = await embedCodeFor(named, APP, { readonly: true, editor: false, storageIndex: 0 });
    expect(code).toMatch(
      /^<iframe src="https:\/\/example\.com\/docs\/tools\/access-matrix\/\?embed&readonly=1#d1\.[\w-]+" title="Access Matrix: a&quot;&lt;b&gt;&amp;c" width="100%" height="\d+" loading="lazy"><\/iframe>$/,
    );
  });

  it('reads its options from the query string', () => {
    expect(embedOptionsOf('?x=1')).toBeNull();
    expect(embedOptionsOf('?embed')).toEqual({
      editor: false,
      readonly: false,
      storageIndex: 0,
      theme: 'system',
    });
    expect(embedOptionsOf('?embed&editor=1&readonly=true&storage=2&theme=dark')).toEqual({
      editor: true,
      readonly: true,
      storageIndex: 2,
      theme: 'dark',
    });
  });
});

describe('a shared design in the session', () => {
  const defaults = (): SessionDefaults => {
    const { design, storageIndex, bucket, theme, simulator } = initialData();
    return { design, view: { storageIndex, bucket, theme, simulator } };
  };
  const setup = () => {
    const map = new Map<string, string>();
    const storage = {
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
    } as Storage;
    const store = createAppStore({ design: TEMPLATES.gen1.design() });
    const read = readSaved(null, defaults());
    let cleared = 0;
    const session = createSession(
      store,
      {
        storage,
        events: undefined,
        fragment: () => null,
        clearFragment: () => cleared++,
        delayMs: 0,
      },
      defaults(),
      { read, shared: false, linkError: null },
    );
    return { store, session, map, cleared: () => cleared };
  };
  const tick = () => new Promise((done) => setTimeout(done, 5));

  it('is shown without saving, and going back restores the own design and its history', async () => {
    const { store, session, map, cleared } = setup();
    store.getState().loadTemplate('profilePictures');
    await tick();
    const own = map.get(SESSION_KEY);
    const link = await shareLinkFor(TEMPLATES.groups.design(), APP);
    await session.openLink(new URL(link).hash.slice(1));
    expect(session.status.getState().shared).toBe(true);
    expect(store.getState().design).toEqual(TEMPLATES.groups.design());
    store.getState().loadTemplate('mistakes');
    await tick();
    expect(map.get(SESSION_KEY)).toBe(own);
    session.backToOwn();
    expect(store.getState().design).toEqual(TEMPLATES.profilePictures.design());
    expect(store.getState().history.past).toHaveLength(1);
    expect(cleared()).toBe(1);
  });

  it('kept, replaces the saved design with an undo step back to it', async () => {
    const { store, session, map } = setup();
    store.getState().loadTemplate('profilePictures');
    await tick();
    await session.openLink(
      new URL(await shareLinkFor(TEMPLATES.groups.design(), APP)).hash.slice(1),
    );
    session.keepShared();
    expect(readSaved(map.get(SESSION_KEY)!, defaults())).toMatchObject({
      data: { design: TEMPLATES.groups.design() },
    });
    store.getState().undo();
    expect(store.getState().design).toEqual(TEMPLATES.profilePictures.design());
  });

  it('refuses a damaged link with a message, keeping what is shown', async () => {
    const { store, session } = setup();
    const link = await shareLinkFor(TEMPLATES.groups.design(), APP);
    await session.openLink(new URL(link).hash.slice(1, 30));
    expect(session.status.getState().linkError).toMatch(/damaged|cut off/);
    expect(session.status.getState().shared).toBe(false);
    expect(store.getState().design).toEqual(TEMPLATES.gen1.design());
  });
});
