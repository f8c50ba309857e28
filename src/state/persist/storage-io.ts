import { SESSION_KEY } from './envelope';

/** localStorage access that never throws (privacy modes and full quotas throw on access). */
export function readRaw(storage: Storage | undefined): string | null {
  try {
    return storage?.getItem(SESSION_KEY) ?? null;
  } catch {
    return null;
  }
}

export function writeRaw(storage: Storage | undefined, text: string): boolean {
  try {
    storage?.setItem(SESSION_KEY, text);
    return storage !== undefined;
  } catch {
    return false; // Quota or privacy mode: keep working without autosave.
  }
}

/** How `savedText` starts: the version and revision can be read without parsing the design. */
const HEAD = /^\{"version":(\d{1,15}),"revision":(\d{1,15}),/;

/** The envelope's version and revision without reading the design (for checks before a save). */
export function peekSaved(raw: string | null): { version: number; revision: number } | null {
  if (!raw) return null;
  const head = HEAD.exec(raw);
  if (head) return { version: Number(head[1]), revision: Number(head[2]) };
  try {
    const value = JSON.parse(raw) as { version?: unknown; revision?: unknown } | null;
    const num = (v: unknown) => (typeof v === 'number' && Number.isSafeInteger(v) ? v : 0);
    return { version: num(value?.version), revision: num(value?.revision) };
  } catch {
    return { version: 0, revision: 0 };
  }
}
