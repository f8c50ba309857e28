import { createStore, type StoreApi } from 'zustand/vanilla';
import { decodeShareFragment, type Design } from '../../core';
import type { AppStore } from '../create-store';
import { emptyHistory } from '../history';
import type { History } from '../types';
import { createAutosave, isPaused } from './autosave';
import { SESSION_KEY, type SavedView, type SessionData } from './envelope';
import { readSaved, type SavedRead } from './read-saved';
import { calmStatus, type SessionStatus } from './session-status';
import { peekSaved, readRaw } from './storage-io';

/** Where the session lives: the storage, the window's events and the address bar. */
export interface SessionEnv {
  readonly storage: Storage | undefined;
  /** Receives `storage`, `hashchange`, `pagehide` and `visibilitychange` (the window). */
  readonly events: EventTarget | undefined;
  /** The share fragment in the address bar now, if any. */
  readonly fragment: () => string | null;
  /** Takes the share fragment out of the address bar (so a reload shows the user's own design). */
  readonly clearFragment: () => void;
  readonly delayMs?: number;
}

export interface SessionDefaults {
  readonly design: Design;
  readonly view: SavedView;
}

/** The user's choices about saved data, other tabs and shared designs. */
export interface Session {
  readonly status: StoreApi<SessionStatus>;
  /** The saved text as it is (to download it before starting fresh). */
  savedText(): string;
  /** Saves what is on screen over saved data this app could not read. */
  startFresh(): void;
  /** Loads what another tab saved (undoable). */
  loadOtherTab(): void;
  /** Saves this tab's design over the other tab's, knowingly. */
  keepMine(): void;
  /** Makes the shared design the user's own (undo goes back to the design it replaced). */
  keepShared(): void;
  /** Leaves the shared design for the user's own saved one. */
  backToOwn(): void;
  /** Shows the design in a share fragment, or says why it cannot. */
  openLink(fragment: string): Promise<void>;
  dismissLinkError(): void;
  dispose(): void;
}

export interface SessionStart {
  readonly read: SavedRead;
  readonly shared: boolean;
  readonly linkError: string | null;
}

/** Wires autosave, other tabs and share links around an app store made from `start`. */
export function createSession(
  app: AppStore,
  env: SessionEnv,
  defaults: SessionDefaults,
  start: SessionStart,
): Session {
  const { storage } = env;
  const status = createStore<SessionStatus>()(() => ({
    ...calmStatus,
    unreadable: start.read.kind === 'unreadable' ? start.read : null,
    shared: start.shared,
    linkError: start.linkError,
  }));
  const revisionNow = () => peekSaved(readRaw(storage))?.revision ?? 0;
  const saver = createAutosave(
    app,
    storage,
    status,
    start.read.kind === 'ok' ? start.read.revision : revisionNow(),
    env.delayMs,
  );
  const update = (patch: Partial<SessionStatus>) => {
    status.setState(patch);
    if (!isPaused(status.getState())) saver.flush();
  };
  const readOwn = () => readSaved(readRaw(storage), defaults);
  const ownData = (read: SavedRead): SessionData =>
    read.kind === 'ok' ? read.data : { design: defaults.design, ...defaults.view };
  /** The user's history while a shared design is shown (entered at runtime, from a new link). */
  let stashed: History = emptyHistory;

  const session: Session = {
    status,
    savedText: () => readRaw(storage) ?? '',
    startFresh() {
      saver.base = revisionNow();
      status.setState({ unreadable: null });
      saver.save(true);
    },
    loadOtherTab() {
      const read = readOwn();
      if (read.kind === 'unreadable') return update({ conflict: null, unreadable: read });
      if (read.kind === 'ok') {
        app.getState().loadSession(read.data);
        saver.base = read.revision;
        saver.markClean();
      }
      update({ conflict: null });
    },
    keepMine() {
      saver.base = revisionNow();
      status.setState({ conflict: null });
      saver.save(true);
    },
    keepShared() {
      const read = readOwn();
      app.getState().keepShown(ownData(read).design);
      saver.base = read.kind === 'ok' ? read.revision : revisionNow();
      env.clearFragment();
      status.setState({
        shared: false,
        linkError: null,
        ...(read.kind === 'unreadable' ? { unreadable: read } : {}),
      });
      saver.save();
    },
    backToOwn() {
      const read = readOwn();
      app.getState().restoreSession(ownData(read), stashed);
      stashed = emptyHistory;
      saver.base = read.kind === 'ok' ? read.revision : revisionNow();
      saver.markClean();
      env.clearFragment();
      update({
        shared: false,
        linkError: null,
        ...(read.kind === 'unreadable' ? { unreadable: read } : {}),
      });
    },
    async openLink(fragment) {
      const result = await decodeShareFragment(fragment);
      if (!result.ok) return void status.setState({ linkError: result.error });
      if (!status.getState().shared) {
        saver.flush();
        stashed = app.getState().history;
        status.setState({ shared: true });
      }
      app.getState().showShared(result.design, defaults.view);
      status.setState({ linkError: null });
    },
    dismissLinkError() {
      env.clearFragment();
      status.setState({ linkError: null });
    },
    dispose() {
      saver.dispose();
      for (const [type, listener] of listeners) env.events?.removeEventListener(type, listener);
    },
  };

  const listeners: [string, (e: Event) => void][] = [
    ['storage', (e) => onStorage(e as StorageEvent)],
    ['pagehide', () => saver.flush()],
    ['visibilitychange', () => saver.flush()],
    [
      'hashchange',
      () => {
        const fragment = env.fragment();
        if (fragment) void session.openLink(fragment);
      },
    ],
  ];
  const onStorage = (e: StorageEvent) => {
    if (e.key !== SESSION_KEY || e.newValue === null) return;
    const s = status.getState();
    if (s.shared || s.unreadable) return; // Re-read when the user goes back to their own design.
    const revision = peekSaved(e.newValue)?.revision ?? 0;
    if (revision > saver.base) status.setState({ conflict: { revision } });
  };
  for (const [type, listener] of listeners) env.events?.addEventListener(type, listener);
  return session;
}
