import { readDesignFileValue, serializeDesignFile, type Design } from '../core';

/**
 * Versions a user saves to compare against later ("Save version"), in localStorage next to the
 * session. Each design is stored as a design file, so the core's migrations keep old versions
 * readable; the list itself carries a format version too.
 */
export const VERSIONS_KEY = 'access-matrix.versions';
const FORMAT = 1;
/** Oldest versions fall off beyond this many (a design file is a few KB; quotas are ~5 MB). */
export const VERSIONS_LIMIT = 30;

export interface SavedVersion {
  readonly id: string;
  readonly name: string;
  /** ISO time. */
  readonly savedAt: string;
  readonly design: Design;
}

interface StoredVersion {
  readonly id: string;
  readonly name: string;
  readonly savedAt: string;
  readonly designFile: unknown;
}

function readStored(storage: Storage | undefined): StoredVersion[] {
  try {
    const value = JSON.parse(storage?.getItem(VERSIONS_KEY) ?? 'null') as {
      version?: unknown;
      items?: unknown;
    } | null;
    return value?.version === FORMAT && Array.isArray(value.items)
      ? (value.items as StoredVersion[])
      : [];
  } catch {
    return [];
  }
}

function writeStored(storage: Storage | undefined, items: readonly StoredVersion[]): boolean {
  try {
    storage?.setItem(VERSIONS_KEY, JSON.stringify({ version: FORMAT, items }));
    return storage !== undefined;
  } catch {
    return false;
  }
}

/** Saved versions, newest first; entries that no longer read as a design are skipped. */
export function listVersions(
  storage: Storage | undefined = globalThis.localStorage,
): SavedVersion[] {
  return readStored(storage).flatMap((item) => {
    const file = readDesignFileValue(item?.designFile);
    return file.ok && typeof item.id === 'string' && typeof item.name === 'string'
      ? [{ id: item.id, name: item.name, savedAt: String(item.savedAt), design: file.design }]
      : [];
  });
}

/**
 * Saves the design as the newest version, named "Version N" unless a name is given. Returns it,
 * or null when the browser refuses to store it (privacy mode, full quota).
 */
export function saveVersion(
  design: Design,
  { name, now = new Date() }: { name?: string; now?: Date } = {},
  storage: Storage | undefined = globalThis.localStorage,
): SavedVersion | null {
  const items = readStored(storage);
  const numbers = items.map((i) => Number(/^Version (\d+)$/.exec(i.name)?.[1] ?? 0));
  const version: SavedVersion = {
    id: `${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    name: name?.trim() || `Version ${Math.max(0, ...numbers) + 1}`,
    savedAt: now.toISOString(),
    design,
  };
  const stored: StoredVersion = {
    id: version.id,
    name: version.name,
    savedAt: version.savedAt,
    designFile: JSON.parse(serializeDesignFile(design)),
  };
  return writeStored(storage, [stored, ...items].slice(0, VERSIONS_LIMIT)) ? version : null;
}

export function deleteVersion(
  id: string,
  storage: Storage | undefined = globalThis.localStorage,
): void {
  writeStored(
    storage,
    readStored(storage).filter((i) => i.id !== id),
  );
}
