import { expandActions } from '../model/actions';
import { accessRecordEntries } from '../model/access-record';
import type { AccessAction, Storage } from '../model/types';
import { prefixForm, PrefixTrie } from '../paths/prefix';
import { OWNER_VARIABLE } from '../paths/tokens';
import { uniquenessIds } from '../validate/rule-rules';
import { rolesOf, type RoleKey } from './roles';
import { substitutedPrefix } from './substitute';
import type { CompiledStatement, CompiledStorage, OutputsPaths, RolePolicy, RuleRef, StatementPrefix } from './types';

/** Allow and deny prefixes of one role for one action, in insertion order (Sets keep it). */
interface ActionGrants {
  readonly allow: Map<string, RuleRef[]>;
  readonly deny: Map<string, string>; // subpath prefix → parent prefix
}

interface RoleGrants {
  readonly actions: Map<AccessAction, ActionGrants>;
  readonly firstRule: RuleRef;
}

/**
 * Compiles one storage's access record into what Amplify deploys (spec §3): one policy per role,
 * deny-by-default statements for subpaths, and the `paths` output. It follows the order in which
 * @aws-amplify/backend-storage meets paths, rules, roles and actions, so statements come out in
 * Amplify's order too. Works on invalid designs as well (the editor shows a best-effort matrix);
 * validation says whether Amplify would accept it.
 */
export function compileStorage(storage: Storage): CompiledStorage {
  const roles = new Map<RoleKey, RoleGrants>();
  // prefix → every (role, action) allowed there, in the order they were added (Amplify's prefixDenyMap).
  const grantsAt = new Map<string, { role: RoleKey; action: AccessAction }[]>();
  // prefix → rules of any role that produced it (to explain deny-by-default).
  const rulesAt = new Map<string, RuleRef[]>();
  const outputs: Record<string, Record<string, AccessAction[]>> = {};

  for (const { pathIndex, entry } of accessRecordEntries(storage.paths)) {
    entry.rules.forEach((rule, ruleIndex) => {
      const ref = { pathIndex, ruleIndex };
      const actions = expandActions(rule.actions);
      const prefix = substitutedPrefix(entry.path, rule.principal);
      const config: Record<string, AccessAction[]> = {};
      for (const id of uniquenessIds(rule.principal)) config[id] = actions;
      outputs[prefix] = { ...outputs[prefix], ...config };
      for (const role of rolesOf(rule.principal)) {
        let grants = roles.get(role);
        if (!grants) roles.set(role, (grants = { actions: new Map(), firstRule: ref }));
        for (const action of actions) {
          let forAction = grants.actions.get(action);
          if (!forAction) grants.actions.set(action, (forAction = { allow: new Map(), deny: new Map() }));
          const refs = forAction.allow.get(prefix) ?? [];
          forAction.allow.set(prefix, [...refs, ref]);
          appendTo(grantsAt, prefix, { role, action });
        }
      }
      // Once per rule, not per action: the rules a deny-by-default subpath has.
      if (actions.length > 0 && rolesOf(rule.principal).length > 0) appendTo(rulesAt, prefix, ref);
    });
  }

  denyByDefault(roles, grantsAt);
  const policies: RolePolicy[] = [];
  const emptyPolicyRoles: { role: RoleKey; rule: RuleRef }[] = [];
  for (const [role, grants] of roles) {
    const statements = toStatements(grants, rulesAt);
    if (statements.length === 0) emptyPolicyRoles.push({ role, rule: grants.firstRule });
    else policies.push({ role, statements });
  }
  return {
    policies,
    emptyPolicyRoles,
    outputsPaths: storage.hasAccess ? (outputs as OutputsPaths) : undefined,
  };
}

function appendTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * A subpath overrides its parent: every role allowed an action on the parent prefix but not
 * explicitly on the subpath gets the subpath in its deny set. The parent is the first granted
 * prefix (in insertion order) that is a prefix of the subpath; an owner folder directly under its
 * own wildcard parent (`a/${sub}/*` under `a/*`) is not denied.
 */
function denyByDefault(
  roles: Map<RoleKey, RoleGrants>,
  grantsAt: Map<string, { role: RoleKey; action: AccessAction }[]>,
): void {
  const allPrefixes = [...grantsAt.keys()];
  const order = new Map(allPrefixes.map((p, i) => [p, i]));
  const trie = new PrefixTrie<string>();
  for (const p of allPrefixes) trie.add(prefixForm(p), p);
  for (const prefix of allPrefixes) {
    const parent = firstInOrder(trie.under(prefix).filter((p) => p !== prefix), order);
    if (!parent || parent === prefix.replaceAll(`${OWNER_VARIABLE}/`, '')) continue;
    for (const { role, action } of grantsAt.get(parent) ?? []) {
      const grants = roles.get(role)!.actions.get(action)!;
      if (!grants.allow.has(prefix) && !grants.deny.has(prefix)) grants.deny.set(prefix, parent);
    }
  }
}

function firstInOrder(candidates: readonly string[], order: ReadonlyMap<string, number>): string | undefined {
  let best: string | undefined;
  for (const c of candidates) if (best === undefined || order.get(c)! < order.get(best)!) best = c;
  return best;
}

/**
 * Amplify drops an allowed prefix that another allowed prefix already covers, visiting them in
 * insertion order and looking only at those still present (removeSubPathsFromSet).
 */
function withoutCoveredPrefixes(allow: ReadonlyMap<string, RuleRef[]>): [string, RuleRef[]][] {
  const present = new Set(allow.keys());
  const trie = new PrefixTrie<string>();
  for (const p of present) trie.add(prefixForm(p), p);
  for (const p of allow.keys()) {
    if (trie.under(p).some((q) => q !== p && present.has(q))) present.delete(p);
  }
  return [...allow].filter(([p]) => present.has(p));
}

function toStatements(grants: RoleGrants, rulesAt: ReadonlyMap<string, RuleRef[]>): CompiledStatement[] {
  const statements: CompiledStatement[] = [];
  for (const [action, { allow, deny }] of grants.actions) {
    const allowed: StatementPrefix[] = withoutCoveredPrefixes(allow).map(([prefix, rules]) => ({ prefix, rules }));
    if (allowed.length > 0) statements.push({ effect: 'Allow', action, prefixes: allowed });
    if (deny.size > 0) {
      const denied = [...deny].map(([prefix, parent]) => ({ prefix, parent, rules: rulesAt.get(prefix) ?? [] }));
      statements.push({ effect: 'Deny', action, prefixes: denied });
    }
  }
  return statements;
}
