import { expandActions } from '../model/actions';
import { accessRecordEntries, type RecordEntry } from '../model/access-record';
import { uniquenessIds } from '../model/uniqueness';
import type { AccessAction, Rule, Storage } from '../model/types';
import { prefixForm, PrefixTrie } from '../paths/prefix';
import { OWNER_VARIABLE } from '../paths/tokens';
import { rolesOf, type RoleKey } from './roles';
import { substitutedPrefix } from './substitute';
import type {
  CompiledStatement,
  CompiledStorage,
  OutputsPaths,
  RolePolicy,
  RuleRef,
  StatementPrefix,
} from './types';

/** Allow and deny prefixes of one role for one action, in insertion order (Sets keep it). */
export interface ActionGrants {
  readonly allow: Map<string, RuleRef[]>;
  readonly deny: Map<string, string>; // subpath prefix → parent prefix
}

export interface RoleGrants {
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
  return compileStorageLaidOut(storage, undefined).compiled;
}

/**
 * The granted prefixes of a compiled storage, in insertion order, with each one's granted
 * ancestors: a function of that list alone, so a compile whose list is the same may take it.
 */
export interface PrefixLayout {
  readonly prefixes: readonly string[];
  readonly ancestors: ReadonlyMap<string, readonly string[]>;
}

/** What compiling reads from one rule on one path: a function of the two alone. */
export interface RuleFacts {
  readonly path: string;
  readonly prefix: string;
  readonly actions: AccessAction[];
  readonly ids: readonly string[];
  readonly roles: readonly RoleKey[];
}

/**
 * What the walk over the access record built that a later compile of an edited storage can start
 * from (`compileAfterRuleEdits`): the record's entries, what each entry's rules say (by entry
 * position) and the rules granting something at each prefix. Never changed once made.
 */
export interface CompileFold {
  readonly entries: readonly RecordEntry[];
  readonly facts: readonly (readonly RuleFacts[])[];
  readonly rulesAt: RulesAt;
}

/** The rules granting something at each prefix (a `Map`, or anything answering `get` as one). */
export interface RulesAt {
  get(prefix: string): readonly RuleRef[] | undefined;
}

/**
 * `compileStorage`, also giving its prefix layout, and taking `previous`'s ancestors when the
 * granted prefixes are the very same list (most edits: a tick changes actions, not which
 * prefixes some role is granted). `facts`: what earlier compiles read from each rule (an edit
 * keeps the rule objects it did not touch), filled as it goes; with it, the fold comes back too.
 * See `compileStorageAfter`.
 */
export function compileStorageLaidOut(
  storage: Storage,
  previous: PrefixLayout | undefined,
  facts?: WeakMap<Rule, RuleFacts>,
): { compiled: CompiledStorage; layout: PrefixLayout; fold: CompileFold | undefined } {
  const roles = new Map<RoleKey, RoleGrants>();
  // prefix → the grants of every (role, action) allowed there, in the order they were added
  // (Amplify's prefixDenyMap); the grants themselves, so no object per pair is made.
  const grantsAt = new Map<string, ActionGrants[]>();
  // prefix → rules of any role that produced it (to explain deny-by-default).
  const rulesAt = new Map<string, RuleRef[]>();
  // prefix → access key → actions. A Map while building (the object is written once at the end,
  // in the same key order): thousands of spreads into one big object were a hot spot.
  const outputs = new Map<string, Record<string, AccessAction[]>>();

  // Plain loops, no closure per path: a cold CLI run compiles thousands of paths once. Indexed
  // loops and `Map.forEach` rather than for…of here and below: a cold run stays in V8's baseline
  // tiers, where each step of an iterator allocates its result (and a Map entry its pair), which
  // was a third of what compiling 2,000 paths allocated.
  const entries = accessRecordEntries(storage.paths);
  const factsAt: RuleFacts[][] | undefined = facts && new Array(entries.length);
  for (let e = 0; e < entries.length; e++) {
    const { pathIndex, entry } = entries[e]!;
    const entryFacts: RuleFacts[] | undefined = factsAt && (factsAt[e] = []);
    for (let ruleIndex = 0; ruleIndex < entry.rules.length; ruleIndex++) {
      const rule = entry.rules[ruleIndex]!;
      const ref = { pathIndex, ruleIndex };
      const kept = facts?.get(rule);
      const read = kept?.path === entry.path ? kept : readRule(entry.path, rule);
      if (facts && read !== kept) facts.set(rule, read);
      entryFacts?.push(read);
      const { actions, prefix } = read;
      let config = outputs.get(prefix);
      if (!config) outputs.set(prefix, (config = {}));
      // A later rule for the same access key replaces the actions but keeps the key's place.
      for (let i = 0; i < read.ids.length; i++) config[read.ids[i]!] = actions;
      const ruleRoles = read.roles;
      for (let r = 0; r < ruleRoles.length; r++) {
        const role = ruleRoles[r]!;
        let grants = roles.get(role);
        if (!grants) roles.set(role, (grants = { actions: new Map(), firstRule: ref }));
        for (let a = 0; a < actions.length; a++) {
          const forAction = grantsFor(grants, actions[a]!);
          appendTo(forAction.allow, prefix, ref);
          appendTo(grantsAt, prefix, forAction);
        }
      }
      // Once per rule, not per action: the rules a deny-by-default subpath has.
      if (actions.length > 0 && ruleRoles.length > 0) appendTo(rulesAt, prefix, ref);
    }
  }

  const prefixes = [...grantsAt.keys()];
  const ancestors =
    previous && sameList(previous.prefixes, prefixes)
      ? previous.ancestors
      : prefixAncestors(prefixes);
  denyByDefault(grantsAt, ancestors);
  const policies: RolePolicy[] = [];
  const emptyPolicyRoles: { role: RoleKey; rule: RuleRef }[] = [];
  roles.forEach((grants, role) => {
    const statements = toStatements(grants, rulesAt, ancestors);
    if (statements.length === 0) emptyPolicyRoles.push({ role, rule: grants.firstRule });
    else policies.push({ role, statements });
  });
  const compiled = {
    policies,
    emptyPolicyRoles,
    outputsPaths: storage.hasAccess ? outputsObject(outputs) : undefined,
  };
  return {
    compiled,
    layout: { prefixes, ancestors },
    fold: factsAt && { entries, facts: factsAt, rulesAt },
  };
}

/** A role's grants for one action, made empty when it has none yet. */
export function grantsFor(grants: RoleGrants, action: AccessAction): ActionGrants {
  let forAction = grants.actions.get(action);
  if (!forAction) grants.actions.set(action, (forAction = { allow: new Map(), deny: new Map() }));
  return forAction;
}

/** What compiling reads from `rule` on the path `path`. */
export function readRule(path: string, rule: Rule): RuleFacts {
  return {
    path,
    prefix: substitutedPrefix(path, rule.principal),
    actions: expandActions(rule.actions),
    ids: uniquenessIds(rule.principal),
    roles: rolesOf(rule.principal),
  };
}

/** Whether two string lists have the same items in the same order (two absent lists are equal). */
export function sameList(
  a: readonly string[] | undefined,
  b: readonly string[] | undefined,
): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function outputsObject(outputs: ReadonlyMap<string, Record<string, AccessAction[]>>): OutputsPaths {
  const paths: Record<string, Record<string, AccessAction[]>> = {};
  outputs.forEach((config, prefix) => (paths[prefix] = config));
  return paths;
}

export function appendTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * For every granted prefix, the other granted prefixes that are prefixes of it (Amplify's
 * "Q is a prefix of P"), in insertion order. One trie for the whole storage, shared by the deny
 * and the covered-prefix passes below (a trie per role and action used to dominate compilation).
 */
function prefixAncestors(prefixes: readonly string[]): ReadonlyMap<string, readonly string[]> {
  const order = new Map<string, number>();
  const trie = new PrefixTrie<string>();
  for (let i = 0; i < prefixes.length; i++) {
    order.set(prefixes[i]!, i);
    trie.add(prefixForm(prefixes[i]!), prefixes[i]!);
  }
  const ancestors = new Map<string, string[]>();
  for (let i = 0; i < prefixes.length; i++) {
    const p = prefixes[i]!;
    const found = trie.under(p);
    if (found.length === 0 || (found.length === 1 && found[0] === p)) continue;
    ancestors.set(
      p,
      found.filter((q) => q !== p).sort((a, b) => order.get(a)! - order.get(b)!),
    );
  }
  return ancestors;
}

/**
 * The subpaths that a grant of their parent is denied on by default, each followed by that
 * parent (flat pairs, in the ancestors' order). The parent is the first granted prefix (in
 * insertion order) that is a prefix of the subpath; an owner folder directly under its own
 * wildcard parent (`a/${sub}/*` under `a/*`) is not denied.
 */
export function denyPairs(ancestors: ReadonlyMap<string, readonly string[]>): string[] {
  const pairs: string[] = [];
  ancestors.forEach((above, prefix) => {
    const parent = above[0]!;
    if (parent !== prefix.replaceAll(OWNER_FOLDER, '')) pairs.push(prefix, parent);
  });
  return pairs;
}

/**
 * A subpath overrides its parent: every role allowed an action on the parent prefix but not
 * explicitly on the subpath gets the subpath in its deny set (`denyPairs`).
 */
function denyByDefault(
  grantsAt: Map<string, ActionGrants[]>,
  ancestors: ReadonlyMap<string, readonly string[]>,
): void {
  const pairs = denyPairs(ancestors);
  for (let p = 0; p < pairs.length; p += 2) {
    const prefix = pairs[p]!;
    const parent = pairs[p + 1]!;
    const grantsList = grantsAt.get(parent) ?? [];
    for (let i = 0; i < grantsList.length; i++) {
      const grants = grantsList[i]!;
      if (!grants.allow.has(prefix) && !grants.deny.has(prefix)) grants.deny.set(prefix, parent);
    }
  }
}

const OWNER_FOLDER = `${OWNER_VARIABLE}/`;

/**
 * Amplify drops an allowed prefix that another allowed prefix already covers, visiting them in
 * insertion order and looking only at those still present (removeSubPathsFromSet).
 */
function withoutCoveredPrefixes(
  allow: ReadonlyMap<string, RuleRef[]>,
  ancestors: ReadonlyMap<string, readonly string[]>,
): StatementPrefix[] {
  // Most prefixes have no granted ancestor: track the few dropped ones, not a copy of them all.
  const dropped = new Set<string>();
  allow.forEach((_, p) => {
    const above = ancestors.get(p);
    if (above && someStillAllowed(above, allow, dropped)) dropped.add(p);
  });
  const kept: StatementPrefix[] = [];
  allow.forEach((rules, prefix) => dropped.has(prefix) || kept.push({ prefix, rules }));
  return kept;
}

/** Whether one of `prefixes` is allowed and not dropped (a loop: no closure per prefix). */
function someStillAllowed(
  prefixes: readonly string[],
  allow: ReadonlyMap<string, RuleRef[]>,
  dropped: ReadonlySet<string>,
): boolean {
  for (let i = 0; i < prefixes.length; i++)
    if (allow.has(prefixes[i]!) && !dropped.has(prefixes[i]!)) return true;
  return false;
}

/** One role's statements, in Amplify's order: per action, its Allow then its Deny. */
export function toStatements(
  grants: RoleGrants,
  rulesAt: RulesAt,
  ancestors: ReadonlyMap<string, readonly string[]>,
): CompiledStatement[] {
  const statements: CompiledStatement[] = [];
  grants.actions.forEach(({ allow, deny }, action) => {
    const allowed = withoutCoveredPrefixes(allow, ancestors);
    if (allowed.length > 0) statements.push({ effect: 'Allow', action, prefixes: allowed });
    if (deny.size > 0) {
      const denied: StatementPrefix[] = [];
      deny.forEach((parent, prefix) =>
        denied.push({ prefix, parent, rules: rulesAt.get(prefix) ?? [] }),
      );
      statements.push({ effect: 'Deny', action, prefixes: denied });
    }
  });
  return statements;
}
