import { compileStorageAfter } from '../compile/reuse';
import type { Storage } from '../model/types';
import type { AccessModel } from './matrix';
import { PolicyIndex } from './policy-index';

/**
 * `accessModel(storage)` after an edit: `previous` is the model of the same storage before it.
 * Deep-equal to a fresh model (same policies, same decisions), but a role whose policy the edit
 * did not change keeps its policy object and its index trie, so a tick compiles the storage and
 * indexes only the roles it touched. Without `previous`, exactly `accessModel`.
 */
export function accessModelAfter(storage: Storage, previous: AccessModel | undefined): AccessModel {
  const compiled = compileStorageAfter(storage, previous?.compiled);
  return { storage, compiled, index: new PolicyIndex(compiled, previous?.index) };
}
