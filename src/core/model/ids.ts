import type { PathEntry } from './types';

/**
 * A path entry's stable id: what edits and fixes address a path by, so that a row that moved (a
 * path added above it, a path moved) is still the row an edit meant.
 *
 * Where ids live, and why here: an id is the identity of a `PathEntry` object, kept in a WeakMap
 * and handed on by `applyEdit` to the entry that replaces it (`carryPathId`). It is not a field of
 * the model, so design files, autosave and share links stay byte-identical, structural equality of
 * designs (round trips, imports) is unchanged, and every reader that builds a design (importers,
 * builders, the design-file reader) needs to do nothing. Ids are only meaningful within one run:
 * the first time a path is asked for its id it gets a fresh one; undo and redo bring back the very
 * objects they stored, so their ids come back with them.
 *
 * One entry object placed twice in the same storage is one path to an edit (the first); every
 * reader and edit creates a new object per path, so that only happens in hand-made designs.
 */
const ids = new WeakMap<PathEntry, string>();
let issued = 0;

/** The stable id of a path entry (fresh on first use). */
export function pathIdOf(entry: PathEntry): string {
  let id = ids.get(entry);
  if (id === undefined) {
    id = `p${++issued}`;
    ids.set(entry, id);
  }
  return id;
}

/** Gives `next`, the entry that replaces `previous` after an edit, the id of `previous`. */
export function carryPathId(previous: PathEntry, next: PathEntry): PathEntry {
  if (next !== previous) ids.set(next, pathIdOf(previous));
  return next;
}

/**
 * Gives `entry` the id `id`: a copy of a design made in another realm (the editor's validation
 * worker receives a structured clone) addresses its paths by the ids the original's entries have
 * there, so the fixes it makes apply to the original.
 */
export function adoptPathId(entry: PathEntry, id: string): void {
  ids.set(entry, id);
}

/** Where the path with this id is in a list of paths, or -1. */
export const pathIndexOf = (paths: readonly PathEntry[], pathId: string): number =>
  paths.findIndex((entry) => pathIdOf(entry) === pathId);

/**
 * The id, in `live`, of the path at `index` of `madeFor` (a finding's path, say, from the design
 * it was made for). Its own id while `live` still holds that path: edits carry ids. A design
 * replaced by an equal one (the same template loaded again, resource.ts read again) has new
 * entries with new ids: then the entry with the same path text, the n-th of its name as in
 * `madeFor`. Undefined when `live` has no such path.
 */
export function livePathId(
  madeFor: readonly PathEntry[],
  index: number,
  live: readonly PathEntry[],
): string | undefined {
  const entry = madeFor[index];
  if (!entry) return undefined;
  const id = pathIdOf(entry);
  if (pathIndexOf(live, id) >= 0) return id;
  const rank = madeFor.slice(0, index).filter((e) => e.path === entry.path).length;
  const same = live.filter((e) => e.path === entry.path)[rank];
  return same && pathIdOf(same);
}
