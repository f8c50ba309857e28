import {
  ACCESS_ACTIONS,
  type AccessAction,
  type PathEntry,
  type Principal,
  type Rule,
  type RuleAction,
} from '../model/types';
import { expandActions } from '../model/actions';
import type { Grantee } from './edits';

/** Whether a rule's principal is exactly this grantee (a multi-group rule matches each group). */
export function ruleGrantsTo(rule: Rule, grantee: Grantee): boolean {
  const p = rule.principal;
  switch (grantee.kind) {
    case 'guest':
    case 'authenticated':
      return p.kind === grantee.kind;
    case 'owner':
      return p.kind === 'entity';
    case 'group':
      return p.kind === 'groups' && p.groups.includes(grantee.name);
    case 'function':
      return p.kind === 'resource' && p.fn === grantee.name;
  }
}

/** The principal a checkbox creates for a grantee. */
export function principalFor(grantee: Grantee): Principal {
  switch (grantee.kind) {
    case 'guest':
    case 'authenticated':
      return { kind: grantee.kind };
    case 'owner':
      return { kind: 'entity', entity: 'identity' };
    case 'group':
      return { kind: 'groups', groups: [grantee.name] };
    case 'function':
      return { kind: 'resource', fn: grantee.name };
  }
}

/**
 * Actions as a person writes them: `read` when both get and list are granted, then the rest in
 * Amplify's order.
 */
export function writtenActions(actions: ReadonlySet<AccessAction>): string[] {
  const written: string[] = [];
  if (actions.has('get') && actions.has('list')) written.push('read');
  else for (const a of ['get', 'list'] as const) if (actions.has(a)) written.push(a);
  for (const a of ['write', 'delete'] as const) if (actions.has(a)) written.push(a);
  return written;
}

/**
 * How a checkbox for `action` shows what a person is granted: `read` is granted when both get and
 * list are, partly when only one of them is (the box shows as mixed).
 */
export function grantState(
  granted: ReadonlySet<AccessAction>,
  action: RuleAction,
): 'granted' | 'partly' | 'not' {
  if (action !== 'read') return granted.has(action) ? 'granted' : 'not';
  const count = Number(granted.has('get')) + Number(granted.has('list'));
  return count === 2 ? 'granted' : count === 1 ? 'partly' : 'not';
}

/**
 * Ticks or unticks one action for one person on one path; `read` ticks or unticks get and list
 * together. The grantee's rules on the path are merged into one (a group is split out of a shared `allow.groups([...])` rule first, leaving the
 * other groups as they were); a rule left with no action is removed.
 */
export function setGrant(
  entry: PathEntry,
  grantee: Grantee,
  action: RuleAction,
  granted: boolean,
): PathEntry {
  const current = new Set<AccessAction>();
  const rules: Rule[] = [];
  let firstIndex = -1;
  entry.rules.forEach((rule) => {
    if (!ruleGrantsTo(rule, grantee)) {
      rules.push(rule);
      return;
    }
    expandActions(rule.actions).forEach((a) => current.add(a));
    if (firstIndex < 0) firstIndex = rules.length;
    if (
      rule.principal.kind === 'groups' &&
      rule.principal.groups.length > 1 &&
      grantee.kind === 'group'
    ) {
      const others = rule.principal.groups.filter((g) => g !== grantee.name);
      // groups(['a', 'a']) has no other group: keep no empty groups([]) rule behind.
      if (others.length > 0) {
        rules.push({ ...rule, principal: { kind: 'groups', groups: others } });
        firstIndex = rules.length;
      }
    }
  });
  for (const a of expandActions([action])) {
    if (granted) current.add(a);
    else current.delete(a);
  }
  if (current.size === 0) {
    // Unchanged only if every rule is the very same one: splitting a group out of a multi-group
    // rule replaces that rule (same count, different groups), which is a change.
    const unchanged =
      rules.length === entry.rules.length && rules.every((r, i) => r === entry.rules[i]);
    return unchanged ? entry : { ...entry, rules };
  }
  const ordered = new Set(ACCESS_ACTIONS.filter((a) => current.has(a)));
  const merged: Rule = { principal: principalFor(grantee), actions: writtenActions(ordered) };
  const at = firstIndex < 0 ? rules.length : firstIndex;
  return { ...entry, rules: [...rules.slice(0, at), merged, ...rules.slice(at)] };
}
