import type { AccessAction, PathEntry, Rule, Storage } from '../model/types';
import {
  appendTo,
  denyPairs,
  grantsFor,
  readRule,
  sameList,
  toStatements,
  type ActionGrants,
  type CompileFold,
  type RulesAt,
  type PrefixLayout,
  type RoleGrants,
  type RuleFacts,
} from './compile';
import type { RoleKey } from './roles';
import { sameRefs, sameStatements } from './same-policy';
import type { CompiledStorage, OutputsPaths, RolePolicy, RuleRef } from './types';

/** An earlier compile of a storage, with what its walk built (see `compileStorageAfter`). */
export interface CompiledBefore {
  /** The path entries compiled. */
  readonly paths: readonly PathEntry[];
  readonly hasAccess: boolean;
  readonly compiled: CompiledStorage;
  readonly layout: PrefixLayout;
  /** What each rule said, by the position of its entry in the access record (`CompileFold`). */
  readonly facts: CompileFold['facts'];
  readonly rulesAt: CompileFold['rulesAt'];
  /** Position in the access record → path index. */
  readonly pathIndexAt: Int32Array;
  /** Path index → position in the access record; -1 for a repeated path's earlier entries, which Amplify never sees. */
  readonly positions: Int32Array;
  /** `compiled.outputsPaths`, as an object and the configs changed since (see `OutputsCell`). */
  readonly outputs: OutputsCell | undefined;
  /** Where each role and prefix is met; made by the first compile after this one that needs it. */
  readonly places?: Places;
}

/**
 * The positions (ascending) of the record's entries with a rule naming each role, and with a
 * rule of each prefix: a compile after a tick visits only those of the roles and prefixes the
 * tick touched, not every rule of the storage.
 */
interface Places {
  readonly byRole: ReadonlyMap<RoleKey, readonly number[]>;
  readonly byPrefix: ReadonlyMap<string, readonly number[]>;
}

function placesOf(facts: CompileFold['facts']): Places {
  const byRole = new Map<RoleKey, number[]>();
  const byPrefix = new Map<string, number[]>();
  const add = <K>(map: Map<K, number[]>, key: K, at: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [at]);
    else if (list[list.length - 1] !== at) list.push(at);
  };
  for (let at = 0; at < facts.length; at++) {
    const list = facts[at]!;
    for (let r = 0; r < list.length; r++) {
      const read = list[r]!;
      add(byPrefix, read.prefix, at);
      for (let k = 0; k < read.roles.length; k++) add(byRole, read.roles[k]!, at);
    }
  }
  return { byRole, byPrefix };
}

/** `byRole` after the entry at `at` changed from naming `old` roles to naming `now` roles. */
function withRolesAt(
  byRole: Map<RoleKey, readonly number[]>,
  at: number,
  old: readonly RuleFacts[],
  now: readonly RuleFacts[],
): void {
  const was = rolesIn(old);
  const is = rolesIn(now);
  was.forEach((role) => {
    if (is.has(role)) return;
    const list = byRole.get(role)!.filter((p) => p !== at);
    if (list.length > 0) byRole.set(role, list);
    else byRole.delete(role);
  });
  is.forEach((role) => {
    if (was.has(role)) return;
    const list = [...(byRole.get(role) ?? []), at].sort((a, b) => a - b);
    byRole.set(role, list);
  });
}

function rolesIn(list: readonly RuleFacts[]): Set<RoleKey> {
  const roles = new Set<RoleKey>();
  for (const read of list) for (const role of read.roles) roles.add(role);
  return roles;
}

type Config = Readonly<Record<string, readonly AccessAction[]>>;

/**
 * A storage's outputs paths as `base` with the configs of `changes` in place of its own: what
 * `outputsPaths` is, made into one object only when read (`value`). A tick changes one prefix's
 * config, and the editor reads the outputs only to show the exports, so it no longer copies an
 * object of every prefix per tick. `base` is always an object, never another cell, so a cell
 * holds no chain of the compiles before it.
 */
interface OutputsCell {
  readonly base: OutputsPaths;
  readonly changes: ReadonlyMap<string, Config>;
  value?: OutputsPaths;
}

/** More changes than this and the cell is made into an object at once (its map stays small). */
const MAX_PENDING = 64;

/** `CompiledBefore` of a full compile of `storage`. */
export function compiledBefore(
  storage: Storage,
  compiled: CompiledStorage,
  layout: PrefixLayout,
  { entries, facts, rulesAt }: CompileFold,
): CompiledBefore {
  const pathIndexAt = new Int32Array(entries.length);
  const positions = new Int32Array(storage.paths.length).fill(-1);
  for (let e = 0; e < entries.length; e++) {
    pathIndexAt[e] = entries[e]!.pathIndex;
    positions[entries[e]!.pathIndex] = e;
  }
  const { paths, hasAccess } = storage;
  const { outputsPaths } = compiled;
  const outputs = outputsPaths && { base: outputsPaths, changes: new Map(), value: outputsPaths };
  return { paths, hasAccess, compiled, layout, facts, rulesAt, pathIndexAt, positions, outputs };
}

/** Beyond this many changed entries the whole walk is about as cheap (and much simpler). */
const MAX_CHANGED = 8;

/**
 * `compileStorage(storage)` when `storage` is `before`'s storage with the rules of a few path
 * entries changed (a tick, a rule added, replaced or removed: the same paths in the same order),
 * or undefined when the edit is of another kind. Deep-equal to a fresh compile, in O(rules) of
 * light work instead of the full walk: the roles the changed rules name (and the roles denied a
 * prefix whose rules changed) are compiled again; every other role's policy is `before`'s object,
 * since a role's statements follow from its own rules, the granted prefixes (which must not
 * change: every changed entry grants the same prefixes in the same order) and the rules at the
 * prefixes it is denied. The outputs are `before`'s, with the configs of the changed entries'
 * prefixes worked out again (which must leave the outputs' prefixes in the same order).
 */
export function compileAfterRuleEdits(
  storage: Storage,
  before: CompiledBefore,
  factsOfRule: WeakMap<Rule, RuleFacts>,
): CompiledBefore | undefined {
  const { paths } = storage;
  if (paths.length !== before.paths.length || storage.hasAccess !== before.hasAccess) return;
  const { positions, pathIndexAt } = before;
  const changed: number[] = [];
  for (let i = 0; i < paths.length; i++) {
    const entry = paths[i]!;
    const old = before.paths[i]!;
    if (entry === old) continue;
    if (entry.path !== old.path) return;
    const at = positions[i]!;
    if (at >= 0 && changed.push(at) > MAX_CHANGED) return;
  }
  if (changed.length === 0) return { ...before, paths };

  const facts = before.facts.slice();
  const roles = new Set<RoleKey>();
  const prefixes = new Set<string>();
  const placesBefore = before.places ?? placesOf(before.facts);
  // The same prefixes at every entry (checked below): only the roles' places may move.
  const byRole = new Map(placesBefore.byRole);
  for (const at of changed) {
    const old = facts[at]!;
    const now = entryFacts(paths[pathIndexAt[at]!]!, factsOfRule);
    if (!sameList(grantedPrefixes(old, true), grantedPrefixes(now, true))) return;
    if (!sameList(grantedPrefixes(old, false), grantedPrefixes(now, false))) return;
    facts[at] = now;
    withRolesAt(byRole, at, old, now);
    // A rule at the same index with the same facts grants the same with the same ref.
    for (let r = 0; r < Math.max(old.length, now.length); r++) {
      if (old[r] === now[r]) continue;
      for (const read of [old[r], now[r]])
        if (read) {
          prefixes.add(read.prefix);
          for (const role of read.roles) roles.add(role);
        }
    }
  }

  const places: Places = { byRole, byPrefix: placesBefore.byPrefix };
  // Each role's first rule (roles come in the order Amplify meets them), and the rules and
  // output configs of the changed entries' prefixes (other entries may share them): only the
  // entries where those roles and prefixes are met are visited.
  const firstRule = firstRules(byRole, facts, pathIndexAt);
  const rulesAtChanged = new Map<string, RuleRef[]>();
  const configs = new Map<string, Record<string, readonly AccessAction[]>>();
  prefixes.forEach((prefix) => {
    const config: Record<string, readonly AccessAction[]> = {};
    configs.set(prefix, config);
    const at = places.byPrefix.get(prefix)!;
    for (let p = 0; p < at.length; p++) {
      const list = facts[at[p]!]!;
      for (let r = 0; r < list.length; r++) {
        const read = list[r]!;
        if (read.prefix !== prefix) continue;
        for (let i = 0; i < read.ids.length; i++) config[read.ids[i]!] = read.actions;
        if (read.actions.length > 0 && read.roles.length > 0)
          appendTo(rulesAtChanged, prefix, { pathIndex: pathIndexAt[at[p]!]!, ruleIndex: r });
      }
    }
  });

  let rulesAt = before.rulesAt;
  const newRules = new Set<string>();
  prefixes.forEach((prefix) => {
    if (!sameRefs(rulesAt.get(prefix), rulesAtChanged.get(prefix))) newRules.add(prefix);
  });
  if (newRules.size > 0) {
    rulesAt = LayeredRules.over(rulesAt, newRules, rulesAtChanged);
    // A deny statement lists the rules at its prefix: the roles denied such a prefix change too.
    for (const policy of before.compiled.policies)
      if (!roles.has(policy.role) && deniesAny(policy, newRules)) roles.add(policy.role);
  }

  const { ancestors } = before.layout;
  const grants = roleGrants(pathIndexAt, facts, roles, byRole);
  denyByDefaultFor(grants, before.layout);
  const policies: RolePolicy[] = [];
  const emptyPolicyRoles: { role: RoleKey; rule: RuleRef }[] = [];
  const policyBefore = new Map<RoleKey, RolePolicy>();
  for (const policy of before.compiled.policies) policyBefore.set(policy.role, policy);
  const emptyBefore = new Map<RoleKey, { role: RoleKey; rule: RuleRef }>();
  for (const empty of before.compiled.emptyPolicyRoles) emptyBefore.set(empty.role, empty);
  firstRule.forEach((rule, role) => {
    const old = policyBefore.get(role);
    if (!roles.has(role)) {
      if (old) policies.push(old);
      else emptyPolicyRoles.push(emptyBefore.get(role)!);
      return;
    }
    const statements = toStatements(grants.get(role)!, rulesAt, ancestors);
    if (statements.length === 0) emptyPolicyRoles.push({ role, rule });
    else
      policies.push(old && sameStatements(old.statements, statements) ? old : { role, statements });
  });

  const outputs = before.outputs && withConfigs(before.outputs, configs);
  const compiled: CompiledStorage = outputs
    ? {
        policies,
        emptyPolicyRoles,
        // Enumerable, like a data property: deep equality and JSON see the outputs object.
        get outputsPaths() {
          return outputsOf(outputs);
        },
      }
    : { policies, emptyPolicyRoles, outputsPaths: undefined };
  return { ...before, paths, compiled, facts, rulesAt, outputs, places };
}

/** Each role's first rule, in the order the record meets them (rule, then the role's place in it). */
function firstRules(
  byRole: ReadonlyMap<RoleKey, readonly number[]>,
  facts: CompileFold['facts'],
  pathIndexAt: Int32Array,
): Map<RoleKey, RuleRef> {
  const met: { role: RoleKey; at: number; rule: number; slot: number }[] = [];
  byRole.forEach((places, role) => {
    const at = places[0]!;
    const list = facts[at]!;
    for (let rule = 0; rule < list.length; rule++) {
      const slot = list[rule]!.roles.indexOf(role);
      if (slot >= 0) return void met.push({ role, at, rule, slot });
    }
  });
  met.sort((a, b) => a.at - b.at || a.rule - b.rule || a.slot - b.slot);
  const first = new Map<RoleKey, RuleRef>();
  for (const { role, at, rule } of met)
    first.set(role, { pathIndex: pathIndexAt[at]!, ruleIndex: rule });
  return first;
}

/** What compiling reads from each rule of `entry`, reusing what was read before. */
function entryFacts(entry: PathEntry, factsOfRule: WeakMap<Rule, RuleFacts>): RuleFacts[] {
  return entry.rules.map((rule) => {
    const kept = factsOfRule.get(rule);
    if (kept?.path === entry.path) return kept;
    const read = readRule(entry.path, rule);
    factsOfRule.set(rule, read);
    return read;
  });
}

/** The prefixes an entry's rules grant something on (or, all its rules' prefixes), each once, in order. */
function grantedPrefixes(list: readonly RuleFacts[], granting: boolean): string[] {
  const out: string[] = [];
  for (const read of list)
    if (
      (!granting || (read.actions.length > 0 && read.roles.length > 0)) &&
      !out.includes(read.prefix)
    )
      out.push(read.prefix);
  return out;
}

/** The grants of the roles in `roles`, as the full walk builds them (`compileStorageLaidOut`). */
function roleGrants(
  pathIndexAt: Int32Array,
  facts: CompileFold['facts'],
  roles: ReadonlySet<RoleKey>,
  byRole: ReadonlyMap<RoleKey, readonly number[]>,
): Map<RoleKey, RoleGrants> {
  const grants = new Map<RoleKey, RoleGrants>();
  // Each role's grants are its own: built a role at a time, over the entries that name it.
  roles.forEach((role) => {
    const places = byRole.get(role);
    if (!places) return;
    let roleGrants: RoleGrants | undefined;
    for (let p = 0; p < places.length; p++) {
      const list = facts[places[p]!]!;
      for (let ruleIndex = 0; ruleIndex < list.length; ruleIndex++) {
        const { roles: ruleRoles, actions, prefix } = list[ruleIndex]!;
        let ref: RuleRef | undefined;
        // Once per time the rule names the role (a group named twice grants twice, as Amplify).
        for (let k = 0; k < ruleRoles.length; k++) {
          if (ruleRoles[k] !== role) continue;
          ref ??= { pathIndex: pathIndexAt[places[p]!]!, ruleIndex };
          if (!roleGrants) grants.set(role, (roleGrants = { actions: new Map(), firstRule: ref }));
          for (let a = 0; a < actions.length; a++)
            appendTo(grantsFor(roleGrants, actions[a]!).allow, prefix, ref);
        }
      }
    }
  });
  return grants;
}

/** `denyByDefault` of `compile.ts`, for these roles' grants only (the same order). */
function denyByDefaultFor(grants: ReadonlyMap<RoleKey, RoleGrants>, layout: PrefixLayout): void {
  const all: ActionGrants[] = [];
  grants.forEach((g) => g.actions.forEach((forAction) => all.push(forAction)));
  if (all.length === 0) return;
  const pairs = denyPairsOf(layout);
  for (let p = 0; p < pairs.length; p += 2) {
    const prefix = pairs[p]!;
    const parent = pairs[p + 1]!;
    for (let i = 0; i < all.length; i++) {
      const { allow, deny } = all[i]!;
      if (allow.has(parent) && !allow.has(prefix) && !deny.has(prefix)) deny.set(prefix, parent);
    }
  }
}

/** `denyPairs` of a layout's ancestors, worked out once per layout (ticks keep the layout). */
function denyPairsOf(layout: PrefixLayout): readonly string[] {
  let pairs = layoutPairs.get(layout);
  if (!pairs) layoutPairs.set(layout, (pairs = denyPairs(layout.ancestors)));
  return pairs;
}

const layoutPairs = new WeakMap<PrefixLayout, readonly string[]>();

/** Whether `policy` denies one of `prefixes` (indexed loops: this runs once a tick, untiered). */
function deniesAny({ statements }: RolePolicy, prefixes: ReadonlySet<string>): boolean {
  for (let s = 0; s < statements.length; s++) {
    if (statements[s]!.effect !== 'Deny') continue;
    const list = statements[s]!.prefixes;
    for (let p = 0; p < list.length; p++) if (prefixes.has(list[p]!.prefix)) return true;
  }
  return false;
}

/** `cell` with the configs of `configs`' prefixes in place (the same cell when all are equal). */
function withConfigs(cell: OutputsCell, configs: ReadonlyMap<string, Config>): OutputsCell {
  let same = true;
  configs.forEach((config, prefix) => {
    if (same && !sameConfig(configOf(cell, prefix), config)) same = false;
  });
  if (same) return cell;
  const base = cell.value ?? cell.base;
  const changes = new Map(cell.value ? undefined : cell.changes);
  configs.forEach((config, prefix) => changes.set(prefix, config));
  const next: OutputsCell = { base, changes };
  if (changes.size > MAX_PENDING) outputsOf(next);
  return next;
}

const configOf = (cell: OutputsCell, prefix: string): Config | undefined =>
  cell.value ? cell.value[prefix] : (cell.changes.get(prefix) ?? cell.base[prefix]);

/** The outputs object of `cell`, made on first use (the changed prefixes are keys of `base`). */
function outputsOf(cell: OutputsCell): OutputsPaths {
  if (!cell.value) {
    const paths: Record<string, Config> = {};
    for (const prefix in cell.base) paths[prefix] = cell.changes.get(prefix) ?? cell.base[prefix]!;
    cell.value = paths;
  }
  return cell.value;
}

function sameConfig(a: Config | undefined, b: Config): boolean {
  if (!a) return false;
  const keys = Object.keys(a);
  const other = Object.keys(b);
  if (!sameList(keys, other)) return false;
  for (const key of keys) if (!sameList(a[key], b[key])) return false;
  return true;
}

/**
 * `RulesAt` as a base and the prefixes changed since (a copy of a 2,000-prefix map per tick was
 * most of what a tick's compile allocated); flattened into one map past `MAX_PENDING` changes,
 * so a lookup is at most two and nothing holds a chain of compiles.
 */
class LayeredRules implements RulesAt {
  private constructor(
    private readonly base: RulesAt,
    private readonly changes: ReadonlyMap<string, readonly RuleRef[] | undefined>,
  ) {}

  /** `rulesAt` with each of `prefixes` given its list in `lists` (none: no rules there). */
  static over(
    rulesAt: RulesAt,
    prefixes: ReadonlySet<string>,
    lists: ReadonlyMap<string, readonly RuleRef[]>,
  ): RulesAt {
    const layered = rulesAt instanceof LayeredRules ? rulesAt : undefined;
    const changes = new Map(layered?.changes);
    prefixes.forEach((prefix) => changes.set(prefix, lists.get(prefix)));
    const base = layered?.base ?? rulesAt;
    if (changes.size <= MAX_PENDING) return new LayeredRules(base, changes);
    // The base of a layer is always a Map (`compileStorageLaidOut`'s, or one made here).
    const flat = new Map<string, readonly RuleRef[]>();
    (base as ReadonlyMap<string, readonly RuleRef[]>).forEach((list, prefix) => {
      if (!changes.has(prefix)) flat.set(prefix, list);
    });
    changes.forEach((list, prefix) => list && flat.set(prefix, list));
    return flat;
  }

  get(prefix: string): readonly RuleRef[] | undefined {
    return this.changes.has(prefix) ? this.changes.get(prefix) : this.base.get(prefix);
  }
}
