import type { StoreApi } from 'zustand/vanilla';
import type { AppStore } from '../create-store';
import { SESSION_VERSION } from './envelope';
import type { SessionStatus } from './session-status';
import { peekSaved, readRaw, writeRaw } from './storage-io';
import { savedText, sessionChanged } from './write-saved';

export interface Autosave {
  /** The revision this tab last loaded or saved; a stored one above it came from another tab. */
  base: number;
  /**
   * Saves now unless paused. Finds another tab's newer save (or a newer app's) instead of
   * overwriting it, unless `overwrite` says the user chose to.
   */
  save(overwrite?: boolean): void;
  /** Saves pending changes (on leaving the page, or when a pause ends). */
  flush(): void;
  /** Forgets pending changes (after the store was replaced by what is saved). */
  markClean(): void;
  dispose(): void;
}

/** While the session has something to resolve, nothing is written. */
export const isPaused = (s: SessionStatus) =>
  s.unreadable !== null || s.conflict !== null || s.shared;

/**
 * Saves the design and view a moment after each change (so typing never waits on it), with a
 * revision counter shared by every tab: a tab that finds a newer revision than its own raises a
 * conflict for the user to resolve rather than overwrite another tab's work.
 */
export function createAutosave(
  app: AppStore,
  storage: Storage | undefined,
  status: StoreApi<SessionStatus>,
  base: number,
  delayMs = 300,
): Autosave {
  let dirty = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: number | undefined;
  const cancel = () => {
    clearTimeout(timer);
    timer = undefined;
    if (idle !== undefined) cancelIdleCallback(idle);
    idle = undefined;
  };
  /**
   * A moment after the change, and then when the page is idle: writing a large design (its text
   * rebuilt from the unchanged paths' kept texts, then localStorage's setItem of all of it) never
   * holds up an input's frame.
   */
  const schedule = () => {
    timer = setTimeout(() => {
      if (typeof requestIdleCallback !== 'function') return self.save();
      idle = requestIdleCallback(() => self.save(), { timeout: 1000 });
    }, delayMs);
  };
  const self: Autosave = {
    base,
    save(overwrite = false) {
      cancel();
      if (!storage || isPaused(status.getState())) return;
      const stored = peekSaved(readRaw(storage));
      if (stored && stored.version > SESSION_VERSION && !overwrite) {
        status.setState({
          unreadable: {
            reason: 'newer',
            message: `A newer Access Matrix (saved-data version ${stored.version}) saved a design here from another tab.`,
          },
        });
        return;
      }
      if (stored && stored.revision > self.base && !overwrite) {
        status.setState({ conflict: { revision: stored.revision } });
        return;
      }
      const revision = Math.max(stored?.revision ?? 0, self.base) + 1;
      if (writeRaw(storage, savedText(app.getState(), revision))) self.base = revision;
      dirty = false;
    },
    flush() {
      if (dirty) self.save();
    },
    markClean() {
      cancel();
      dirty = false;
    },
    dispose: () => {
      cancel();
      unsubscribe();
    },
  };
  const unsubscribe = app.subscribe((state, previous) => {
    if (!sessionChanged(state, previous)) return;
    dirty = true;
    if (timer === undefined && !isPaused(status.getState())) schedule();
  });
  return self;
}
