import type { DesignEdit } from '../edit/edits';
import { expandActions, isRuleAction } from '../model/actions';
import { uniquenessIds } from '../model/uniqueness';
import type { PathEntry, Rule, Storage } from '../model/types';
import { prefixForm } from '../paths/prefix';
import { ENTITY_TOKEN } from '../paths/tokens';
import { pathAddress, quote, type Fix } from './finding';
import { mergeRulesInto, samePrincipal } from './merge-paths';
import { formsAbove, isPlainFolderPath, pathLayoutOf, pathsUnder } from './path-layout';

const isOwnerRule = (r: Rule) => r.principal.kind === 'entity';

/**
 * The repair for an owner folder under its own parent, `media/*` beside `media/{entity_id}/*`
 * (spec §2 rule 6 forbids any prefix of a `{entity_id}` path): the parent's rules move onto the
 * owner path and the parent goes. Nothing changes in who can do what: a rule for anyone but the
 * owner on `media/{entity_id}/*` already means all of `media/*` (the token becomes `*`, and
 * `media/*\/*` is cut to `media/*`, spec §3), which is what the docs' Gen 1 `protected` pattern
 * does. Offered only when that holds exactly: the parent is the owner path without its token, the
 * only prefix of it, has no other subpath (it would lose its parent), holds no owner rule (an
 * owner rule there means every signed-in user, not the owner), and each of its rules either names
 * exactly the principal of a rule on the owner path (actions are united) or none of its people.
 *
 * @param others the paths that are prefixes of `entry.path`
 */
export function ownerUnderParentFix(
  storage: Storage,
  storageIndex: number,
  entry: PathEntry,
  others: readonly string[],
): Fix | undefined {
  if (others.length !== 1) return undefined;
  const parentPath = others[0]!;
  const base = prefixForm(parentPath);
  if (!isPlainFolderPath(parentPath) || entry.path !== `${base}${ENTITY_TOKEN}/*`) return undefined;
  const layout = pathLayoutOf(storage);
  const parents = layout.entries.get(parentPath) ?? [];
  // Under the parent: itself and the owner path, nothing else (duplicates of either included).
  if (parents.length !== 1 || pathsUnder(layout, base) !== 2) return undefined;
  const parent = parents[0]!;
  if (parent.rules.some(isOwnerRule) || !mergesCleanly(parent.rules, entry.rules)) return undefined;
  const edits: DesignEdit[] = [
    ...mergeRulesInto(storageIndex, entry, parent.rules),
    { type: 'removePath', ...pathAddress(storageIndex, parent) },
  ];
  return { title: `Merge ${quote(parentPath)} into ${quote(entry.path)}`, edits };
}

const OWNER_END = `${ENTITY_TOKEN}/*`;

/**
 * The repairs for an owner folder under another path that is not simply its parent folder
 * (`foo/*` over `foo/bar/{entity_id}/*`): spec §2 rule 6 allows a `{entity_id}` path no prefix at
 * all, so the owner folder must move out from under it, to a folder no other path is over or
 * under. Two, as for a path nested too deep:
 * - move out: its last folder alone (`bar/{entity_id}/*`);
 * - flatten: its folders joined into one (`foo-bar/{entity_id}/*`).
 * Only for an owner path that is right in every other way (one token, alone, last).
 */
export function ownerMoveFixes(storage: Storage, storageIndex: number, entry: PathEntry): Fix[] {
  const { path } = entry;
  if (!path.endsWith(`/${OWNER_END}`)) return [];
  const base = path.slice(0, -OWNER_END.length);
  if (!isPlainFolderPath(`${base}*`)) return [];
  const folders = base.slice(0, -1).split('/');
  if (folders.length < 2) return [];
  const layout = pathLayoutOf(storage);
  const free = (candidate: string) => {
    const to = prefixForm(candidate);
    return (
      !layout.count.has(to) && formsAbove(layout, to).length === 0 && pathsUnder(layout, to) === 0
    );
  };
  const rename = (title: string, to: string): Fix => ({
    title,
    edits: [{ type: 'renamePath', ...pathAddress(storageIndex, entry), path: to }],
  });
  const movedOut = `${folders[folders.length - 1]}/${OWNER_END}`;
  const flattened = `${folders.join('-')}/${OWNER_END}`;
  const fixes: Fix[] = [];
  if (free(movedOut)) fixes.push(rename(`Move out to ${quote(movedOut)}`, movedOut));
  if (free(flattened)) fixes.push(rename(`Flatten to ${quote(flattened)}`, flattened));
  return fixes;
}

/**
 * The repairs for `{entity_id}` in the middle of a path (`foo/{entity_id}/bar/*`): Amplify wants
 * it right before the final `/*`. Two readings, each a button: put the token last
 * (`foo/bar/{entity_id}/*`, each user's `bar` folder as an owner folder of `foo/bar/`), or drop
 * what follows it (`foo/{entity_id}/*`). Only for a token that is otherwise right (once, alone,
 * not first) in an otherwise plain path, and to a folder no other path is over or under.
 */
export function ownerTokenNotLastFixes(
  storage: Storage,
  storageIndex: number,
  entry: PathEntry,
): Fix[] {
  const { path } = entry;
  const parts = path.split(`/${ENTITY_TOKEN}/`);
  if (parts.length !== 2 || !path.endsWith('/*')) return [];
  const before = `${parts[0]!}/`;
  const tail = parts[1]!.slice(0, -1); // `bar/` of `bar/*`
  if (before === '/' || tail === '' || !isPlainFolderPath(`${before}${tail}*`)) return [];
  const form = prefixForm(path);
  const layout = pathLayoutOf(storage);
  const free = (candidate: string) => {
    const to = prefixForm(candidate);
    const under = pathsUnder(layout, to) - (form.startsWith(to) ? 1 : 0);
    return !layout.count.has(to) && formsAbove(layout, to).length === 0 && under === 0;
  };
  const rename = (title: string, to: string): Fix => ({
    title,
    edits: [{ type: 'renamePath', ...pathAddress(storageIndex, entry), path: to }],
  });
  const last = `${before}${tail}${OWNER_END}`;
  const dropped = `${before}${OWNER_END}`;
  const fixes: Fix[] = [];
  if (free(last)) fixes.push(rename(`Put ${ENTITY_TOKEN} last: ${quote(last)}`, last));
  if (free(dropped))
    fixes.push(rename(`Drop what follows ${ENTITY_TOKEN}: ${quote(dropped)}`, dropped));
  return fixes;
}

/**
 * Whether merging leaves each person in one rule: every incoming rule names exactly the principal
 * of one rule already there (incoming ones included, in order), or none of its people.
 */
function mergesCleanly(incoming: readonly Rule[], existing: readonly Rule[]): boolean {
  const merged = [...existing];
  for (const rule of incoming) {
    const ids = uniquenessIds(rule.principal);
    const taken = new Set(merged.flatMap((r) => uniquenessIds(r.principal)));
    if (ids.every((id) => !taken.has(id))) merged.push(rule);
    else if (merged.filter((r) => samePrincipal(r, rule)).length !== 1) return false;
  }
  return true;
}

/**
 * Repairs for `allow.entity('identity')` on a path without `{entity_id}`, which Amplify reads as
 * every signed-in user (spec §2 warnings). Two, each said as what it does:
 * - write it as `allow.authenticated` (joined with an authenticated rule already there): the same
 *   access, now said plainly;
 * - make the path an owner folder, `docs/*` → `docs/{entity_id}/*`, so each user gets it in their
 *   own folder only (the rule then means what it says). Only when every rule of the path is an
 *   owner rule, and the path is plain, alone (no other path over or under it): the new path is
 *   then valid and nothing else moves.
 */
export function ownerRuleWithoutTokenFixes(
  storage: Storage,
  storageIndex: number,
  entry: PathEntry,
  ruleIndex: number,
): Fix[] {
  const rule = entry.rules[ruleIndex]!;
  if (rule.principal.kind !== 'entity' || rule.principal.entity !== 'identity') return [];
  const fixes: Fix[] = [];
  const address = pathAddress(storageIndex, entry);
  const signedIn = entry.rules.filter((r) => r.principal.kind === 'authenticated');
  const title = 'Write as allow.authenticated (same access)';
  if (signedIn.length === 0) {
    const authenticated: Rule = { ...rule, principal: { kind: 'authenticated' } };
    fixes.push({
      title,
      edits: [{ type: 'replaceRule', ...address, ruleIndex, rule: authenticated }],
    });
  } else if ([rule, ...signedIn].every((r) => r.actions.every(isRuleAction))) {
    // The checkbox edit joins the authenticated rules into one, with these actions added.
    const edits: DesignEdit[] = [{ type: 'removeRule', ...address, ruleIndex }];
    for (const action of expandActions(rule.actions))
      edits.push({
        type: 'setGrant',
        ...address,
        grantee: { kind: 'authenticated' },
        action,
        granted: true,
      });
    fixes.push({ title, edits });
  }
  const form = prefixForm(entry.path);
  const layout = pathLayoutOf(storage);
  if (
    isPlainFolderPath(entry.path) &&
    entry.rules.every(isOwnerRule) &&
    formsAbove(layout, form).length === 0 &&
    pathsUnder(layout, form) === 1
  ) {
    const owned = `${form}${ENTITY_TOKEN}/*`;
    fixes.push({
      title: `Limit to each user's folder: ${quote(owned)}`,
      edits: [{ type: 'renamePath', ...address, path: owned }],
    });
  }
  return fixes;
}
