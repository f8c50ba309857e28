import type * as t from '@babel/types';
import type { Rule } from '../../model/types';
import { NO_LIST, NO_SPAN, NOWHERE, type ReadContext } from './context';
import { describe, memberName, unwrap } from './expressions';
import { readPrincipal } from './principal';
import { readStringList } from './string-list';
import type { RuleSpans } from './spans';
import type { RuleLocation } from './types';

export interface ReadRule {
  rule: Rule;
  location: RuleLocation;
  spans: RuleSpans;
}

/** What a rule's location and spans are when the caller keeps none (`ReadContext.recording`). */
const NO_LOCATION: RuleLocation = Object.freeze({
  loc: NOWHERE,
  principal: NOWHERE,
  actions: NOWHERE,
});
const NO_SPANS: RuleSpans = Object.freeze({ rule: NO_SPAN, principal: NO_SPAN, actions: NO_LIST });

/** The array literal of `allow.groups([...])` / `allow.group(...)`, if the principal has one. */
function groupList(node: t.Node): t.ArrayExpression | undefined {
  const value = unwrap(node);
  if (value.type !== 'CallExpression') return undefined;
  const first = value.arguments[0] && unwrap(value.arguments[0]);
  return first?.type === 'ArrayExpression' ? first : undefined;
}

const PRINCIPAL_BUILDERS = new Set([
  'guest',
  'authenticated',
  'groups',
  'group',
  'entity',
  'resource',
]);

/** Why `node` is not `<principal>.to([...])`, phrased for the commonest slip: a forgotten `.to`. */
function notARule(ctx: ReadContext, node: t.Node, param: string | undefined): void {
  const value = unwrap(node);
  const member = value.type === 'CallExpression' ? unwrap(value.callee) : value;
  const forgotTo =
    member.type === 'MemberExpression' && PRINCIPAL_BUILDERS.has(memberName(member) ?? '');
  const example = `\`${param ?? 'allow'}.guest.to(['read'])\``;
  const found = `${describe(node)} ${ctx.quote(node)}`;
  const why = forgotTo
    ? ' without `.to([...])`'
    : value.type === 'Identifier' || value.type === 'SpreadElement'
      ? ': the importer reads rules written in place, not variables'
      : '';
  ctx.error('invalid-rule', node, `Expected a rule such as ${example}, found ${found}${why}`);
}

/**
 * One element of a path's rule array: `<principal>.to([...actions])`. Undefined (with errors at the
 * exact nodes) when either part cannot be read; actions are kept as written, unknown ones included.
 */
export function readRule(
  ctx: ReadContext,
  node: t.Node,
  param: string | undefined,
): ReadRule | undefined {
  const call = unwrap(node);
  const callee = call.type === 'CallExpression' ? unwrap(call.callee) : undefined;
  if (
    call.type !== 'CallExpression' ||
    callee?.type !== 'MemberExpression' ||
    memberName(callee) !== 'to'
  ) {
    notARule(ctx, node, param);
    return undefined;
  }
  const principalNode = unwrap(callee.object);
  const principal = readPrincipal(ctx, principalNode, param);
  const argument = call.arguments[0];
  const extra = call.arguments[1];
  if (!argument || extra) {
    ctx.error(
      'invalid-actions',
      extra ?? call,
      `Expected exactly one array of actions in ${ctx.quote(call)}`,
    );
    return undefined;
  }
  const actions = readStringList(
    ctx,
    argument,
    { list: 'invalid-actions', item: 'invalid-action' },
    { list: 'actions', item: 'an action' },
  );
  if (!principal || !actions) return undefined;
  const rule: Rule = { principal, actions };
  if (!ctx.recording) return { rule, location: NO_LOCATION, spans: NO_SPANS };
  const groups = groupList(principalNode);
  const spans: RuleSpans = {
    rule: ctx.span(call),
    principal: ctx.span(principalNode),
    actions: ctx.list(unwrap(argument) as t.ArrayExpression),
    ...(groups ? { groups: ctx.list(groups) } : {}),
  };
  return {
    spans,
    rule,
    location: {
      loc: ctx.loc(call),
      principal: ctx.loc(principalNode),
      actions: ctx.loc(unwrap(argument)),
    },
  };
}
