import { readDesignFileValue, serializeDesignFile } from '../core';
import type { AppStore } from './create-store';
import type { AppData, BucketSettings, ThemeChoice } from './types';

/**
 * Autosave in localStorage. The design is stored as a design file (versioned, with migrations in
 * the core), so what a browser saved keeps opening after the format moves on.
 */
const KEY = 'access-matrix.session';
const SESSION_VERSION = 1;

interface Saved {
  version: number;
  designFile: unknown;
  theme?: ThemeChoice;
  bucket?: BucketSettings;
}

export function loadSession(
  storage: Storage | undefined = globalThis.localStorage,
): Partial<AppData> {
  try {
    const raw = storage?.getItem(KEY);
    if (!raw) return {};
    const saved = JSON.parse(raw) as Saved;
    if (saved.version !== SESSION_VERSION) return {};
    const file = readDesignFileValue(saved.designFile);
    return {
      ...(file.ok ? { design: file.design } : {}),
      ...(saved.theme ? { theme: saved.theme } : {}),
      ...(saved.bucket ? { bucket: saved.bucket } : {}),
    };
  } catch {
    return {}; // A damaged session must never keep the app from starting.
  }
}

/** Saves the document and settings whenever they change (idle-time, so typing never waits on it). */
export function autosave(
  store: AppStore,
  storage: Storage | undefined = globalThis.localStorage,
): () => void {
  let pending: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    pending = undefined;
    const { design, theme, bucket } = store.getState();
    const saved: Saved = {
      version: SESSION_VERSION,
      designFile: JSON.parse(serializeDesignFile(design)),
      theme,
      bucket,
    };
    try {
      storage?.setItem(KEY, JSON.stringify(saved));
    } catch {
      // Quota or privacy mode: keep working without autosave.
    }
  };
  return store.subscribe((state, previous) => {
    if (
      state.design === previous.design &&
      state.theme === previous.theme &&
      state.bucket === previous.bucket
    )
      return;
    if (pending === undefined) pending = setTimeout(save, 300);
  });
}
