import { SESSION_VERSION } from './envelope';

type Envelope = Record<string, unknown>;

/**
 * Up-migrations of the saved envelope, keyed by the version they upgrade from (tldraw's pattern:
 * the versions live next to the format). Each step returns the next version's shape.
 */
const MIGRATIONS: Readonly<Record<number, (old: Envelope) => Envelope>> = {
  // Version 1 (before revisions and the view): { version, designFile?, theme?, bucket? }.
  1: (old) => ({
    version: 2,
    revision: 0,
    savedAt: '',
    designFile: old.designFile,
    view: { theme: old.theme, bucket: old.bucket },
  }),
};

export type Migrated = { ok: true; envelope: Envelope } | { ok: false; error: string };

/** Brings an older envelope up to SESSION_VERSION step by step (the caller refuses newer ones). */
export function migrateEnvelope(envelope: Envelope, from: number): Migrated {
  let current = envelope;
  for (let version = from; version < SESSION_VERSION; version++) {
    const step = MIGRATIONS[version];
    if (!step)
      return { ok: false, error: `there is no upgrade from saved-data version ${version}` };
    current = step(current);
  }
  return { ok: true, envelope: current };
}
