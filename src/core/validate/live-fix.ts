import { pathIdOf } from '../model/ids';
import type { Design } from '../model/types';
import { fixesOf, type Finding, type Fix } from './finding';
import { validateDesign } from './validate';

/**
 * What a finding is about, in terms that survive edits elsewhere: its code and its subject: a
 * path by its stable id, a rule by its text, a storage by its place and name, a group or function
 * by its name. Positions of paths are left out on purpose: they move when another path is added
 * or removed. The fix is not part of it: it is picked by title among the live finding's fixes.
 */
function keyOf(f: Finding, design: Design): string {
  const storage = f.storageIndex === undefined ? undefined : design.storages[f.storageIndex];
  const entry = f.pathIndex === undefined ? undefined : storage?.paths[f.pathIndex];
  const subject =
    entry !== undefined ? pathIdOf(entry) : f.storageIndex === undefined ? '' : storage?.name;
  return JSON.stringify([
    f.code,
    f.storageIndex ?? null,
    subject ?? null,
    f.rule ?? null,
    f.name ?? null,
  ]);
}

/**
 * The fix to apply, now, for a finding the user saw. Findings are derived from a design that may
 * be a little older than the live one (the UI defers validation), and a fix's edits are only exact
 * on the design they were computed from (a rule index, a new name). So: on that very design the
 * chosen fix itself; otherwise the same finding is looked up on the live design and its fix with
 * the chosen fix's title (so the fix applied is the one the button named), made for the live
 * design, is returned; undefined when the live design no longer has that finding or that fix.
 * "The same" is `keyOf` plus the finding's rank among those with that key (a path with the same
 * duplicate twice has two findings alike but for their rule index).
 *
 * @param madeFor the design `finding` was computed from
 * @param live the design the fix will be applied to
 * @param findingsOf validation to use (a memoized one in the app); `validateDesign` by default
 * @param chosen which of the finding's fixes (`fixesOf`); its `fix` by default
 */
export function liveFix(
  finding: Finding,
  madeFor: Design,
  live: Design,
  findingsOf: (design: Design) => readonly Finding[] = validateDesign,
  chosen: Fix | undefined = finding.fix,
): Fix | undefined {
  if (!chosen || !fixesOf(finding).includes(chosen)) return undefined;
  if (live === madeFor) return chosen;
  const key = keyOf(finding, madeFor);
  const alike = findingsOf(madeFor).filter((f) => keyOf(f, madeFor) === key);
  const rank = alike.findIndex(
    (f) => f.ruleIndex === finding.ruleIndex && f.message === finding.message,
  );
  if (rank < 0) return undefined; // Not a finding of `madeFor`: nothing says which one it was.
  const now = findingsOf(live).filter((f) => keyOf(f, live) === key)[rank];
  return now && fixesOf(now).find((fix) => fix.title === chosen.title);
}
