import type { Storage } from '../model/types';
import type { Finding } from './finding';
import { validatePaths } from './path-rules';

/**
 * What Amplify would say about a path if it were added to the storage now: the path findings of
 * the new entry (duplicate, leading "/", missing "/*", too deep, {entity_id} misuse...), so the
 * path box can say it while the user types, before `Add path`. Fixes are left out: they address
 * a path that does not exist yet.
 */
export function newPathFindings(storage: Storage, path: string): Finding[] {
  const at = storage.paths.length;
  const withNew: Storage = { ...storage, paths: [...storage.paths, { path, rules: [] }] };
  return validatePaths(withNew, 0)
    .filter((f) => f.pathIndex === at)
    .map(({ fix: _fix, alternatives: _alternatives, ...rest }) => rest);
}
