import { pathIdOf, type PathEntry } from '../../core';

/** What a change did to a storage's paths, for the grid to show it (by stable path id). */
export interface PathChanges {
  /** Paths whose text was not there before (added, imported, renamed or re-homed by a fix). */
  readonly added: readonly string[];
  /**
   * Paths that were there and were edited (the entry was replaced by an edit, which carries its
   * id: a fix, an undo). A design read anew (the code editor, an import) has fresh ids, so
   * re-reading paths that did not change marks nothing.
   */
  readonly changed: readonly string[];
}

const NONE: PathChanges = { added: [], changed: [] };

/**
 * The added and changed paths between two versions of a storage's path list, in the new list's
 * order. Cheap when little changed (the usual edit replaces one entry and keeps the others).
 */
export function changedPaths(
  before: readonly PathEntry[],
  after: readonly PathEntry[],
): PathChanges {
  if (before === after) return NONE;
  let texts: Set<string> | undefined;
  let byId: Map<string, PathEntry> | undefined;
  const added: string[] = [];
  const changed: string[] = [];
  after.forEach((entry, i) => {
    if (entry === before[i]) return;
    const id = pathIdOf(entry);
    const old = before[i];
    // The common edit: this entry replaced the one at its place, same path.
    if (old && old.path === entry.path && pathIdOf(old) === id) return void changed.push(id);
    texts ??= new Set(before.map((e) => e.path));
    byId ??= new Map(before.map((e) => [pathIdOf(e), e]));
    if (!texts.has(entry.path)) added.push(id);
    else {
      const was = byId.get(id);
      if (was && was !== entry) changed.push(id);
    }
  });
  return added.length === 0 && changed.length === 0 ? NONE : { added, changed };
}
