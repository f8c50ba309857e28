import { expandActions } from '../model/actions';
import type { AccessAction, Design, Rule, Storage } from '../model/types';
import { ENTITY_TOKEN } from '../paths/tokens';
import { finding, quote, type Finding } from './finding';

/** How many affected paths a message names before it says "and N more" (all are in `paths`). */
const NAMED_PATHS = 4;

/**
 * Group members act through the group's IAM role only: authenticated and owner rules skip them.
 * One cause, so one finding per group and storage, naming the paths where members get less than
 * authenticated (all of them in `paths`). By consequence: a note in general; a warning when
 * members lose access to their own `{entity_id}` folder, which is rarely what a designer means.
 */
export function groupMemberFindings(
  design: Design,
  storage: Storage,
  storageIndex: number,
): Finding[] {
  const groups = new Set(design.groups);
  for (const { rules } of storage.paths)
    for (const r of rules)
      if (r.principal.kind === 'groups') r.principal.groups.forEach((g) => groups.add(g));
  if (groups.size === 0) return [];
  const affected = new Map<string, { paths: string[]; ownFolders: string[] }>();
  for (const { path, rules } of storage.paths) {
    const signedIn = actionsOf(rules, (r) => r.principal.kind === 'authenticated');
    const owner = actionsOf(rules, (r) => r.principal.kind === 'entity');
    if (signedIn.size === 0 && owner.size === 0) continue;
    const ownFolder = path.includes(ENTITY_TOKEN);
    for (const g of groups) {
      const own = actionsOf(
        rules,
        (r) => r.principal.kind === 'groups' && r.principal.groups.includes(g),
      );
      const loses = (set: ReadonlySet<AccessAction>) => [...set].some((a) => !own.has(a));
      if (!loses(signedIn) && !loses(owner)) continue;
      const entry = affected.get(g) ?? { paths: [], ownFolders: [] };
      entry.paths.push(path);
      if (ownFolder && loses(owner)) entry.ownFolders.push(path);
      affected.set(g, entry);
    }
  }
  return [...affected].map(([group, { paths, ownFolders }]) => {
    const f = finding('warn-group-members-lose-access', message(group, paths, ownFolders), {
      storageIndex,
      name: group,
      paths,
    });
    return ownFolders.length > 0 ? { ...f, severity: 'warning' as const } : f;
  });
}

function actionsOf(rules: readonly Rule[], which: (r: Rule) => boolean): Set<AccessAction> {
  const set = new Set<AccessAction>();
  for (const r of rules) if (which(r)) expandActions(r.actions).forEach((a) => set.add(a));
  return set;
}

const listed = (paths: readonly string[]) =>
  paths.length <= NAMED_PATHS
    ? paths.map(quote).join(', ')
    : `${paths.slice(0, NAMED_PATHS).map(quote).join(', ')} and ${paths.length - NAMED_PATHS} more`;

function message(group: string, paths: readonly string[], ownFolders: readonly string[]): string {
  const where = `${paths.length === 1 ? 'path' : `${paths.length} paths`} ${listed(paths)}`;
  const base = `Members of group ${quote(group)} use only the group's role: authenticated and owner rules do not apply to them, so on ${where} they get less than authenticated does.`;
  return ownFolders.length === 0
    ? base
    : `${base} That includes their own folder in ${listed(ownFolders)}.`;
}
