import type { PathEntry, Storage } from '../model/types';
import { prefixForm } from '../paths/prefix';
import { pathAddress, quote, type Fix } from './finding';
import { formsAbove, isPlainFolderPath, pathLayoutOf, pathsUnder } from './path-layout';

/**
 * Repairs for a path nested too deep (spec §2 rule 5: at most one other path may be its prefix),
 * e.g. `media/albums/2024/*` under `media/*` and `media/albums/*`. Amplify cannot give a third
 * level its own rules, so the path must move: both repairs rename it to sit directly under the
 * top path of its chain (the one with no prefix itself, the only parent it may have):
 * - move up: keep its last folders, drop the levels in between (`media/2024/*`);
 * - flatten: join the folders below the top path into one (`media/albums-2024/*`).
 * Each is offered only when the new path is free: not defined yet, under no other path than the
 * top one, and over none (it would become some path's parent). Only plain folder paths are
 * renamed; a path with other mistakes, or with `{entity_id}`, gets none (those come first).
 *
 * @param others the paths that are prefixes of `entry.path` (at least two)
 */
export function tooDeepFixes(
  storage: Storage,
  storageIndex: number,
  entry: PathEntry,
  others: readonly string[],
): Fix[] {
  const { path } = entry;
  const forms = others.map(prefixForm);
  const form = prefixForm(path);
  if (!isPlainFolderPath(path) || !forms.every((f) => f.endsWith('/') && form.startsWith(f)))
    return [];
  const byLength = [...forms].sort((a, b) => a.length - b.length);
  const top = byLength[0]!;
  const deepest = byLength[byLength.length - 1]!;
  if (deepest.length >= form.length) return [];
  const movedUp = `${top}${form.slice(deepest.length)}*`;
  const flattened = `${top}${form.slice(top.length, -1).replaceAll('/', '-')}/*`;
  const layout = pathLayoutOf(storage);
  const free = (candidate: string) => {
    const to = prefixForm(candidate);
    const above = formsAbove(layout, to);
    // The renamed path itself is under `to` only if `to` is a prefix of its current form.
    const under = pathsUnder(layout, to) - (form.startsWith(to) ? 1 : 0);
    // Under the top form alone, and that form is one path's: `a/b/` and `a/b/*` (one form, two
    // paths) are both prefixes of anything renamed under them, so no rename there repairs it.
    return (
      !layout.count.has(to) &&
      above.length === 1 &&
      above[0] === top &&
      layout.count.get(top) === 1 &&
      under === 0
    );
  };
  const rename = (title: string, to: string): Fix => ({
    title,
    edits: [{ type: 'renamePath', ...pathAddress(storageIndex, entry), path: to }],
  });
  const fixes: Fix[] = [];
  if (free(movedUp)) fixes.push(rename(`Move up to ${quote(movedUp)}`, movedUp));
  if (flattened !== movedUp && free(flattened))
    fixes.push(rename(`Flatten to ${quote(flattened)}`, flattened));
  return fixes;
}
