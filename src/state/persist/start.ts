import { decodeShareFragment } from '../../core';
import { createAppStore, initialData, type AppStore } from '../create-store';
import { embedOptionsOf, type EmbedOptions } from '../share/embed-options';
import { shareFragmentOf } from '../share/fragment';
import { loadSourceEdit } from '../source-edit';
import { readSaved } from './read-saved';
import { createSession, type Session, type SessionDefaults } from './session';
import { readRaw } from './storage-io';

export type Started =
  | { readonly kind: 'app'; readonly store: AppStore; readonly session: Session }
  | {
      readonly kind: 'embed';
      readonly store: AppStore;
      readonly options: EmbedOptions;
      /** Why the link's design could not be shown, if it could not. */
      readonly error: string | null;
      readonly fromLink: boolean;
    };

const defaultsOf = (): SessionDefaults => {
  const { design, storageIndex, bucket, theme, simulator } = initialData();
  return { design, view: { storageIndex, bucket, theme, simulator } };
};

/**
 * Decides what the page shows: an embedded view (`?embed`, never touching saved data), a shared
 * design (from `#d1.…`, while the user's own stays saved), or the user's own saved session.
 */
export async function startApp(win: Window = window): Promise<Started> {
  const fragment = shareFragmentOf(win.location.hash);
  const decoded = fragment ? await decodeShareFragment(fragment).catch(() => null) : undefined;
  const linkError =
    decoded === null
      ? 'This link could not be read.'
      : decoded && !decoded.ok
        ? decoded.error
        : null;
  const sharedDesign = decoded?.ok ? decoded.design : null;

  const embed = embedOptionsOf(win.location.search);
  if (embed) {
    const design = sharedDesign ?? initialData().design;
    const store = createAppStore({
      design,
      theme: embed.theme,
      storageIndex: Math.max(0, Math.min(embed.storageIndex, design.storages.length - 1)),
    });
    return { kind: 'embed', store, options: embed, error: linkError, fromLink: !!sharedDesign };
  }

  const storage = storageOf(win);
  const defaults = defaultsOf();
  const read = readSaved(readRaw(storage), defaults);
  const own = read.kind === 'ok' ? read.data : { design: defaults.design, ...defaults.view };
  // Exports write into the saved resource.ts synchronously: its writer must be there first.
  if (own.source) await loadSourceEdit();
  const store = createAppStore(
    sharedDesign ? { design: sharedDesign, storageIndex: 0, theme: own.theme } : own,
  );
  const session = createSession(
    store,
    {
      storage,
      events: win,
      fragment: () => shareFragmentOf(win.location.hash),
      clearFragment: () =>
        win.history.replaceState(
          win.history.state,
          '',
          win.location.pathname + win.location.search,
        ),
    },
    defaults,
    { read, shared: !!sharedDesign, linkError },
  );
  return { kind: 'app', store, session };
}

function storageOf(win: Window): Storage | undefined {
  try {
    return win.localStorage; // Throws where storage is disabled.
  } catch {
    return undefined;
  }
}
