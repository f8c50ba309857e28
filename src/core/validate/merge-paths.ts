import type { DesignEdit } from '../edit/edits';
import { expandActions } from '../model/actions';
import { RULE_ACTIONS, type PathEntry, type Rule } from '../model/types';
import { writtenActions } from '../edit/grant';
import { pathAddress } from './finding';

/** Whether two rules name the very same principal (as written: `groups(['a','b'])` is not `groups(['a'])`). */
export const samePrincipal = (a: Rule, b: Rule) =>
  JSON.stringify(a.principal) === JSON.stringify(b.principal);
const known = (actions: readonly string[]) =>
  actions.every((a) => (RULE_ACTIONS as readonly string[]).includes(a));

/** The actions of two rules for the same principal, as one rule would write them. */
function unionActions(a: readonly string[], b: readonly string[]): string[] {
  if (known(a) && known(b))
    return writtenActions(new Set([...expandActions(a), ...expandActions(b)]));
  return [...new Set([...a, ...b])]; // unknown actions are kept as written, for their own finding
}

/**
 * The edits that merge a duplicate path entry into the first entry with the same path: each of
 * its rules joins the first entry's rule for the same principal (actions united) or is added,
 * then the duplicate is removed. The result grants what either entry granted; the fix's preview
 * shows what that changes (an object literal kept only the last entry).
 */
export function mergeDuplicatePath(
  storageIndex: number,
  first: PathEntry,
  duplicate: PathEntry,
): DesignEdit[] {
  return [
    ...mergeRulesInto(storageIndex, first, duplicate.rules),
    { type: 'removePath', ...pathAddress(storageIndex, duplicate) },
  ];
}

/**
 * The edits that add `rules` to a path entry: a rule for a principal the entry already has joins
 * that rule (actions united), any other is added at the end.
 */
export function mergeRulesInto(
  storageIndex: number,
  entry: PathEntry,
  rules: readonly Rule[],
): DesignEdit[] {
  const into = pathAddress(storageIndex, entry);
  const merged = [...entry.rules];
  const edits: DesignEdit[] = [];
  for (const rule of rules) {
    const at = merged.findIndex((r) => samePrincipal(r, rule));
    if (at < 0) {
      merged.push(rule);
      edits.push({ type: 'addRule', ...into, rule });
    } else {
      const joined: Rule = {
        ...merged[at]!,
        actions: unionActions(merged[at]!.actions, rule.actions),
      };
      merged[at] = joined;
      edits.push({ type: 'replaceRule', ...into, ruleIndex: at, rule: joined });
    }
  }
  return edits;
}
