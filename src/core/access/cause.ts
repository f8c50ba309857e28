import type { RoleKey } from '../compile/roles';
import type { RuleRef } from '../compile/types';
import { ruleSource } from '../model/build';
import type { Storage } from '../model/types';
import type { IndexedPattern } from './policy-index';

/** A design rule that a decision names, as resource.ts writes it and the path it is on. */
export interface CauseRule {
  /** e.g. `allow.guest.to(["read"])`. */
  readonly rule: string;
  readonly path: string;
}

/**
 * Why IAM decided as it did, without the action it decided about: the statement (and the rules
 * behind it) that allowed, the subpath whose deny took a parent's grant away, or that nothing
 * allowed. Decisions of one cell about different actions that share a cause share one reason.
 */
export type DecisionCause =
  /** Allowed by a statement compiled from these rules on `prefix`. */
  | {
      readonly kind: 'rules';
      readonly role: RoleKey;
      readonly prefix: string;
      readonly rules: readonly CauseRule[];
    }
  /** Decided by a statement not compiled from the design (an imported backend.ts), as written. */
  | {
      readonly kind: 'statement';
      readonly role: RoleKey;
      readonly effect: 'Allow' | 'Deny';
      readonly pattern: string;
      readonly origin: string;
    }
  /**
   * Denied by default: `prefix` is a subpath of `parent`, whose grant to the role its Deny takes
   * away; `rules` are what the subpath does have (for any person).
   */
  | {
      readonly kind: 'subpath-deny';
      readonly role: RoleKey;
      readonly prefix: string;
      readonly parent: string;
      readonly rules: readonly CauseRule[];
    }
  /** The role has a policy, and no statement in it allows this. */
  | { readonly kind: 'no-statement'; readonly role: RoleKey }
  /** No rule names the role at all: it has no policy in this storage. */
  | { readonly kind: 'no-policy'; readonly role: RoleKey };

function causeRules(storage: Storage, refs: readonly RuleRef[]): CauseRule[] {
  const out: CauseRule[] = [];
  for (const { pathIndex, ruleIndex } of refs) {
    const entry = storage.paths[pathIndex];
    const rule = entry?.rules[ruleIndex];
    if (entry && rule) out.push({ rule: ruleSource(rule), path: entry.path });
  }
  return out;
}

/**
 * The cause of a decision, from the statement that decided it (undefined: nothing matched).
 * `hasPolicy`: whether the role has a policy at all, for the undecided case.
 */
export function causeOf(
  storage: Storage,
  role: RoleKey,
  decidedBy: IndexedPattern | undefined,
  hasPolicy: boolean,
): DecisionCause {
  if (!decidedBy) return hasPolicy ? { kind: 'no-statement', role } : { kind: 'no-policy', role };
  const { statement, prefix, pattern } = decidedBy;
  if (statement.origin !== undefined)
    return { kind: 'statement', role, effect: statement.effect, pattern, origin: statement.origin };
  if (statement.effect === 'Allow')
    return { kind: 'rules', role, prefix: prefix.prefix, rules: causeRules(storage, prefix.rules) };
  return {
    kind: 'subpath-deny',
    role,
    prefix: prefix.prefix,
    parent: prefix.parent ?? '',
    rules: causeRules(storage, prefix.rules),
  };
}

/** Equal for causes that are the same reason: what groups a cell's actions under one sentence. */
export function causeKey(cause: DecisionCause): string {
  const rules = 'rules' in cause ? cause.rules.map((r) => `${r.rule} ${r.path}`).join('\n') : '';
  switch (cause.kind) {
    case 'rules':
      return `rules\t${cause.role}\t${cause.prefix}\t${rules}`;
    case 'statement':
      return `statement\t${cause.role}\t${cause.effect}\t${cause.pattern}\t${cause.origin}`;
    case 'subpath-deny':
      return `subpath-deny\t${cause.role}\t${cause.prefix}\t${cause.parent}\t${rules}`;
    default:
      return `${cause.kind}\t${cause.role}`;
  }
}
