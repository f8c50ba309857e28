import { adoptPathId, pathIdOf, type Design, type PathEntry, type Storage } from '../../core';

/** A path as sent: its index in the same storage of the design sent before, or the entry and its id. */
export type PathSent = number | { readonly entry: PathEntry; readonly id: string };

/** A storage as sent: its index in the design sent before (the same object), or its fields and paths. */
export type StorageSent =
  number | { readonly fields: Omit<Storage, 'paths'>; readonly paths: readonly PathSent[] };

/** A design as sent to the validation worker: what changed since the design sent before it. */
export interface DesignSent extends Omit<Design, 'storages'> {
  readonly storages: readonly StorageSent[];
}

/**
 * `design` as changes to `before` (the design sent just before, which the worker holds): a storage
 * or path entry that is the very object it was in `before` is sent as its index, the others
 * whole. An edit replaces one entry, so a tick sends one path instead of a structured clone of
 * every path (at 2,000 paths the copy was the largest part of the main thread's share of
 * validation). Without `before`, everything is sent whole.
 */
export function designDelta(design: Design, before: Design | undefined): DesignSent {
  const { storages, ...rest } = design;
  const storageIndex = new Map<Storage, number>();
  before?.storages.forEach((storage, i) => storageIndex.set(storage, i));
  return {
    ...rest,
    storages: storages.map((storage, s): StorageSent => {
      const kept = storageIndex.get(storage);
      if (kept !== undefined) return kept;
      const { paths, ...fields } = storage;
      const old = before?.storages[s]?.paths ?? [];
      let oldIndex: Map<PathEntry, number> | undefined;
      const sent: PathSent[] = new Array(paths.length);
      for (let i = 0; i < paths.length; i++) {
        const entry = paths[i]!;
        // Most entries are where they were; a path added or moved shifts the rest by one.
        let at =
          old[i] === entry ? i : old[i + 1] === entry ? i + 1 : old[i - 1] === entry ? i - 1 : -1;
        if (at < 0 && old.length > 0) {
          if (!oldIndex) oldIndex = new Map(old.map((e, k) => [e, k]));
          at = oldIndex.get(entry) ?? -1;
        }
        sent[i] = at >= 0 ? at : { entry, id: pathIdOf(entry) };
      }
      return { fields, paths: sent };
    }),
  };
}

/**
 * The design `designDelta(design, before)` stands for, given the worker's copy of `before` (the
 * result of the call before): kept storages and entries are its objects, new entries adopt the
 * ids they have on the main thread (so each fix addresses the main thread's paths).
 */
export function designFrom(sent: DesignSent, before: Design | undefined): Design {
  const { storages, ...rest } = sent;
  return {
    ...rest,
    storages: storages.map((storage, s) => {
      if (typeof storage === 'number') return before!.storages[storage]!;
      const old = before?.storages[s]?.paths;
      const paths = storage.paths.map((path) => {
        if (typeof path === 'number') return old![path]!;
        adoptPathId(path.entry, path.id);
        return path.entry;
      });
      return { ...storage.fields, paths };
    }),
  };
}
