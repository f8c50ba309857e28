import { pathIdOf, type Design } from '../../core';
import { memoOn2 } from './memo';
import { stableArrays } from './stable';

const stableIds = stableArrays<string>();
const NONE: readonly string[] = [];

/**
 * The stable ids of one storage's paths, in order (`pathIdOf`), as the very same array while they
 * do not change: ticking a checkbox replaces a path entry (it keeps its id), so what is built on
 * the paths' identities alone (the rules grid's item list) can stay as it was.
 */
export const pathIdsOf = memoOn2((design: Design, storageIndex: number): readonly string[] => {
  const storage = design.storages[storageIndex];
  return storage ? stableIds(String(storageIndex), storage.paths.map(pathIdOf)) : NONE;
});
