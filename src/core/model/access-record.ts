import type { PathEntry } from './types';

/** A path entry as Amplify sees it, with the index it has in the design. */
export interface RecordEntry {
  readonly pathIndex: number;
  readonly entry: PathEntry;
}

const ARRAY_INDEX = /^(0|[1-9]\d*)$/;
const isArrayIndex = (key: string) => ARRAY_INDEX.test(key) && Number(key) < 2 ** 32 - 1;

/**
 * The access record as JavaScript builds it from the object literal the user wrote: a repeated key
 * keeps its first position but takes its last value, and array-index keys ("0", "12") come first
 * in numeric order. Amplify iterates `Object.entries` of that object, so policy and output order
 * follow this, not the source order.
 */
export function accessRecordEntries(paths: readonly PathEntry[]): RecordEntry[] {
  // Map insertion order is the key's first position; `set` on an existing key keeps that position.
  const byKey = new Map<string, RecordEntry>();
  paths.forEach((entry, pathIndex) => byKey.set(entry.path, { pathIndex, entry }));
  const entries = [...byKey.values()];
  const indices = entries
    .filter((e) => isArrayIndex(e.entry.path))
    .sort((a, b) => Number(a.entry.path) - Number(b.entry.path));
  return indices.length === 0
    ? entries
    : [...indices, ...entries.filter((e) => !isArrayIndex(e.entry.path))];
}
