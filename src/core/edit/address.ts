import { pathIdOf } from '../model/ids';
import type { Design } from '../model/types';
import type { PathAddress } from './edits';

/**
 * The address of the path at a position of a design, for callers that know a row by its place
 * (a CLI argument, a test). An empty id, which no path has, when there is no path there.
 */
export function pathAt(design: Design, storageIndex: number, pathIndex: number): PathAddress {
  const entry = design.storages[storageIndex]?.paths[pathIndex];
  return { storageIndex, pathId: entry ? pathIdOf(entry) : '' };
}
