import { roleLabel } from '../compile/roles';
import { ACCESS_ACTIONS, type AccessAction } from '../model/types';
import { causeKey, type CauseRule, type DecisionCause } from './cause';
import type { Decision } from './decide';

/** Actions whose decisions have one cause, with that cause said once. */
export interface SharedReason {
  /** In get, list, write, delete order. */
  readonly actions: readonly AccessAction[];
  readonly allowed: boolean;
  readonly cause: DecisionCause;
  /** One sentence for all of `actions` (it does not repeat them). */
  readonly reason: string;
}

/**
 * A cell's decisions grouped by cause, so a reason several actions share is said once:
 * `get, list: Allowed by allow.guest.to(["read"]) on "media/*" (the guest policy).` Groups come
 * in the order of their first action.
 */
export function sharedReasons(
  decisions: Readonly<Partial<Record<AccessAction, Decision>>>,
): SharedReason[] {
  const groups = new Map<
    string,
    { actions: AccessAction[]; allowed: boolean; cause: DecisionCause }
  >();
  for (const action of ACCESS_ACTIONS) {
    const d = decisions[action];
    if (!d) continue;
    const key = `${d.allowed}\t${causeKey(d.cause)}`;
    const group = groups.get(key);
    if (group) group.actions.push(action);
    else groups.set(key, { actions: [action], allowed: d.allowed, cause: d.cause });
  }
  return [...groups.values()].map((g) => ({ ...g, reason: causeText(g.cause, g.actions.length) }));
}

const quote = (text: string) => JSON.stringify(text);
const listRules = (rules: readonly CauseRule[], withPath: boolean) =>
  rules.map((r) => (withPath ? `${r.rule} on ${quote(r.path)}` : r.rule)).join('; ');

/** The sentence for a cause that `count` actions share (the pronoun follows the count). */
export function causeText(cause: DecisionCause, count: number): string {
  const role = roleLabel(cause.role);
  const it = count === 1 ? 'it' : 'them';
  switch (cause.kind) {
    case 'rules': {
      const through = cause.rules.every((r) => r.path === cause.prefix)
        ? ''
        : `, through ${quote(cause.prefix)}`;
      return `Allowed by ${listRules(cause.rules, true) || 'a rule'} (the ${role} policy${through}).`;
    }
    case 'statement':
      return cause.effect === 'Allow'
        ? `Allowed by ${cause.origin} (the ${role} policy, through ${quote(cause.pattern)}).`
        : `Denied by an explicit Deny, ${cause.origin} (the ${role} policy, through ${quote(cause.pattern)}).`;
    case 'subpath-deny': {
      const has = cause.rules.length > 0 ? ` (it has ${listRules(cause.rules, false)})` : '';
      return `Denied by default on the subpath ${quote(cause.prefix)} of ${quote(cause.parent)}: no rule on the subpath grants ${it} to ${role}${has}.`;
    }
    case 'no-statement':
      return `Denied: no rule grants ${it} to ${role} here (no statement in the ${role} policy allows ${it}).`;
    case 'no-policy':
      return `Denied: no rule grants ${role} anything in this storage, so its role has no policy here.`;
  }
}
