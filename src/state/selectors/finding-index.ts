import { pathIdOf, type Design, type Finding } from '../../core';
import { findingsOf } from './access';
import { memoRecent } from './memo';

const NONE: readonly Finding[] = [];

/** Findings sorted by where the UI shows them inline. Every finding is also in `all`. */
export interface FindingIndex {
  /** The design these findings were made for (what a fix needs to know, see `applyFix`). */
  readonly design: Design;
  readonly all: readonly Finding[];
  /** `all`, errors first, then warnings, then notes (otherwise in validation order). */
  readonly sorted: readonly Finding[];
  readonly errors: number;
  readonly warnings: number;
  readonly notes: number;
  /**
   * Per storage, per path by its stable id (`pathIdOf`): a finding made for a path stays with that
   * path in a newer design where rows moved, and never lands on the row now at its old index.
   */
  byPath(storageIndex: number, pathId: string): readonly Finding[];
  /** About a storage as a whole (name, default, triggers). */
  byStorage(storageIndex: number): readonly Finding[];
  /** About a group or function name with no path (invalid names). */
  byName(kind: 'group' | 'function', name: string): readonly Finding[];
}

/**
 * What a finding is about, as text: its code and target (storage, path as written, rule, name).
 * Stable across edits that leave the finding in place, so a list keyed by it keeps its items
 * when another finding comes or goes (index keys remounted every item after the change).
 */
export const findingKey = (f: Finding): string =>
  `${f.code}|${f.storageIndex ?? ''}|${f.path ?? f.pathIndex ?? ''}|${f.ruleIndex ?? ''}|${f.name ?? ''}`;

/** Keys for a list of findings: `findingKey`, made unique by a count for repeats. */
export function findingKeys(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const key = findingKey(f);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return n === 0 ? key : `${key}#${n}`;
  });
}

export const findingIndexOf = memoRecent((design: Design): FindingIndex => {
  const all = findingsOf(design);
  // Per storage, then per path id: `byPath` is asked for every path of the grid whenever the
  // findings change, and a key string made per question was most of what that allocated.
  const paths = new Map<number, Map<string, Finding[]>>();
  const storages = new Map<number, Finding[]>();
  const names = new Map<string, Finding[]>();
  const push = <K>(map: Map<K, Finding[]>, key: K, f: Finding) =>
    (map.get(key) ?? map.set(key, []).get(key)!).push(f);
  for (const f of all) {
    const entry =
      f.pathIndex === undefined ? undefined : design.storages[f.storageIndex!]?.paths[f.pathIndex];
    if (f.storageIndex !== undefined && entry) {
      let inStorage = paths.get(f.storageIndex);
      if (!inStorage) paths.set(f.storageIndex, (inStorage = new Map()));
      push(inStorage, pathIdOf(entry), f);
    } else if (f.storageIndex !== undefined) push(storages, f.storageIndex, f);
    else if (f.name !== undefined)
      push(names, `${f.code.startsWith('group') ? 'group' : 'function'}:${f.name}`, f);
  }
  const errorList = all.filter((f) => f.severity === 'error');
  const warningList = all.filter((f) => f.severity === 'warning');
  const noteList = all.filter((f) => f.severity === 'note');
  const kinds = [errorList, warningList, noteList].filter((l) => l.length > 0).length;
  return {
    design,
    all,
    // One severity only: validation order as it is (and the very same array).
    sorted: kinds <= 1 ? all : [...errorList, ...warningList, ...noteList],
    errors: errorList.length,
    warnings: warningList.length,
    notes: noteList.length,
    byPath: (s, p) => paths.get(s)?.get(p) ?? NONE,
    byStorage: (s) => storages.get(s) ?? NONE,
    byName: (kind, name) => names.get(`${kind}:${name}`) ?? NONE,
  };
});
