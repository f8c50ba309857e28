import { ACCESS_ACTIONS, type AccessAction, type Design } from '../../core';
import type { BucketSettings, SimulatorInput, ThemeChoice } from '../types';

/**
 * What autosave keeps in localStorage: one versioned envelope holding the design as a design file
 * (which has its own version and migrations in the core) and the view a reload must bring back.
 * `revision` counts saves across tabs, so a tab can tell that another one saved after it.
 */
export const SESSION_KEY = 'access-matrix.session';
export const SESSION_VERSION = 2;

export interface SavedView {
  readonly storageIndex: number;
  readonly bucket: BucketSettings;
  readonly theme: ThemeChoice;
  readonly simulator: SimulatorInput;
}

export interface SessionEnvelope {
  readonly version: typeof SESSION_VERSION;
  readonly revision: number;
  readonly savedAt: string;
  /** A design file value (`serializeDesignFile` parsed), read back with `readDesignFileValue`. */
  readonly designFile: unknown;
  readonly view: Partial<SavedView>;
  /**
   * The user's resource.ts the design came from, when it did (absent otherwise, and in saves made
   * before it was kept, so no version bump): its text and, as a design file value like
   * `designFile`, the design that text was read as, so exports still write into the user's file.
   */
  readonly source?: SavedSource & { readonly imported?: SavedSource };
}

/** A resource.ts text and the design it was read as (a design file value). */
export interface SavedSource {
  readonly text: string;
  readonly designFile: unknown;
}

/** The part of the store a session restores. */
export type { SessionData } from '../types';

const THEMES: readonly ThemeChoice[] = ['system', 'light', 'dark'];

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, fallback: string) => (typeof v === 'string' ? v : fallback);

/**
 * The saved view, each field checked on its own: a bad field falls back to its default (a view
 * preference is not worth refusing the whole session over).
 */
export function sanitizeView(view: unknown, design: Design, defaults: SavedView): SavedView {
  const v = isRecord(view) ? view : {};
  const index = v.storageIndex;
  const storageIndex =
    Number.isInteger(index) && (index as number) >= 0 && (index as number) < design.storages.length
      ? (index as number)
      : 0;
  const theme = THEMES.includes(v.theme as ThemeChoice) ? (v.theme as ThemeChoice) : defaults.theme;
  return {
    storageIndex,
    theme,
    bucket: sanitizeBucket(v.bucket, defaults.bucket),
    simulator: sanitizeSimulator(v.simulator, defaults.simulator),
  };
}

function sanitizeBucket(value: unknown, defaults: BucketSettings): BucketSettings {
  if (!isRecord(value)) return defaults;
  const names = isRecord(value.bucketNames) ? value.bucketNames : {};
  return {
    region: str(value.region, defaults.region),
    bucketNames: Object.fromEntries(
      Object.entries(names).filter((e): e is [string, string] => typeof e[1] === 'string'),
    ),
  };
}

function sanitizeSimulator(value: unknown, defaults: SimulatorInput): SimulatorInput {
  if (!isRecord(value)) return defaults;
  const action = (ACCESS_ACTIONS as readonly unknown[]).includes(value.action)
    ? (value.action as AccessAction)
    : defaults.action;
  return {
    // The simulator itself falls back to guest when the person is not a column of the design.
    person: str(value.person, defaults.person) as SimulatorInput['person'],
    action,
    key: str(value.key, defaults.key),
    identityId: str(value.identityId, defaults.identityId),
  };
}
