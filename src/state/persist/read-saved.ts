import { DESIGN_FILE_VERSION, readDesignFileValue, type Design } from '../../core';
import { migrateEnvelope } from './migrations';
import type { ResourceSource } from '../types';
import { sanitizeView, SESSION_VERSION, type SavedView, type SessionData } from './envelope';

/** Saved data this app cannot open. It is kept as it is until the user decides what to do. */
export interface Unreadable {
  readonly reason: 'corrupt' | 'newer';
  readonly message: string;
}

export type SavedRead =
  | { readonly kind: 'empty' }
  | { readonly kind: 'ok'; readonly revision: number; readonly data: SessionData }
  | ({ readonly kind: 'unreadable' } & Unreadable);

const corrupt = (message: string): SavedRead => ({
  kind: 'unreadable',
  reason: 'corrupt',
  message,
});
const newer = (what: string, version: unknown, reads: number): SavedRead => ({
  kind: 'unreadable',
  reason: 'newer',
  message: `The saved ${what} has version ${String(version)}; this Access Matrix reads up to version ${reads}. A newer Access Matrix saved it.`,
});

/**
 * Reads the saved text: nothing, a session (migrated, view sanitized), or why it cannot be read.
 * Never throws: a damaged save must never keep the app from starting.
 */
export function readSaved(
  raw: string | null,
  defaults: { design: Design; view: SavedView },
): SavedRead {
  if (raw === null || raw === '') return { kind: 'empty' };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return corrupt('The saved data is not valid JSON (it may have been cut off or edited).');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return corrupt('The saved data is not an Access Matrix session.');
  const version = (value as { version?: unknown }).version;
  if (!Number.isInteger(version) || (version as number) < 1)
    return corrupt('The saved data has no valid version number.');
  if ((version as number) > SESSION_VERSION) return newer('session', version, SESSION_VERSION);
  const migrated = migrateEnvelope(value as Record<string, unknown>, version as number);
  if (!migrated.ok) return corrupt(`The saved data cannot be upgraded: ${migrated.error}.`);
  const { designFile, view, revision, source } = migrated.envelope;
  let design = defaults.design;
  if (designFile !== undefined) {
    const fileVersion = (designFile as { version?: unknown } | null)?.version;
    if (typeof fileVersion === 'number' && fileVersion > DESIGN_FILE_VERSION)
      return newer('design', fileVersion, DESIGN_FILE_VERSION);
    const file = readDesignFileValue(designFile);
    if (!file.ok) return corrupt(`The saved design is damaged. ${file.error}`);
    design = file.design;
  }
  return {
    kind: 'ok',
    revision: revisionOf(revision),
    data: { design, ...sanitizeView(view, design, defaults.view), source: sourceOf(source) },
  };
}

/**
 * The saved resource.ts, or undefined when there is none or it cannot be read: the design is then
 * still loaded and exports write a fresh file (the user's file is on their disk, not only here).
 */
function sourceOf(value: unknown): ResourceSource | undefined {
  const source = textAndDesign(value);
  if (!source) return undefined;
  const imported = textAndDesign((value as { imported?: unknown }).imported);
  return imported ? { ...source, imported } : source;
}

function textAndDesign(value: unknown): { text: string; design: Design } | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { text, designFile } = value as { text?: unknown; designFile?: unknown };
  if (typeof text !== 'string') return undefined;
  const file = readDesignFileValue(designFile);
  return file.ok ? { text, design: file.design } : undefined;
}

const revisionOf = (value: unknown) =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : 0;
