import type * as t from '@babel/types';
import type { Principal } from '../../model/types';
import type { ReadContext } from './context';
import { describe, memberName, stringValue, unwrap } from './expressions';
import { readFunctionRef } from './function-ref';
import { readStringList } from './string-list';

const EXPECTED =
  "allow.guest, allow.authenticated, allow.groups([...]), allow.entity('identity') or allow.resource(fn)";

/** `name` when `node` is `<param>.name` (or `<param>['name']`), reporting a wrong object. */
function builderName(
  ctx: ReadContext,
  node: t.Node,
  param: string | undefined,
): string | undefined {
  const member = unwrap(node);
  if (member.type !== 'MemberExpression') return undefined;
  const object = unwrap(member.object);
  const name = memberName(member);
  if (object.type !== 'Identifier' || name === undefined) return undefined;
  if (object.name !== param) {
    const why =
      param === undefined
        ? 'the access callback declares no parameter'
        : `the access callback's parameter is \`${param}\``;
    ctx.error(
      'invalid-principal',
      object,
      `Expected a principal such as \`${param ?? 'allow'}.guest\`, found ${ctx.quote(member)}: ${why}`,
    );
    return '';
  }
  return name;
}

/** The single string argument of `allow.group('x')` / `allow.entity('identity')`. */
function stringArgument(
  ctx: ReadContext,
  call: t.CallExpression,
  what: string,
): string | undefined {
  const [argument, extra] = call.arguments;
  if (!argument || extra) {
    ctx.error(
      'invalid-principal',
      extra ?? call,
      `Expected exactly one argument (${what}) in ${ctx.quote(call)}`,
    );
    return undefined;
  }
  const value = stringValue(argument);
  if (value === undefined)
    ctx.error(
      'invalid-principal',
      argument,
      `Expected a string literal as ${what}, found ${describe(argument)} ${ctx.quote(argument)}`,
    );
  return value;
}

/** Reads `allow.groups([...])`, `allow.group('x')`, `allow.entity('x')` or `allow.resource(fn)`. */
function calledPrincipal(
  ctx: ReadContext,
  call: t.CallExpression,
  name: string,
): Principal | undefined {
  if (name === 'group') {
    const group = stringArgument(ctx, call, 'the group name');
    return group === undefined
      ? undefined
      : { kind: 'groups', groups: [group], legacySingular: true };
  }
  if (name === 'entity') {
    const entity = stringArgument(ctx, call, "the entity, e.g. 'identity'");
    return entity === undefined ? undefined : { kind: 'entity', entity };
  }
  const [argument, extra] = call.arguments;
  if (!argument || extra) {
    const what =
      name === 'groups'
        ? "an array of group names, e.g. `allow.groups(['admin'])`"
        : 'a function, e.g. `allow.resource(myFunction)`';
    ctx.error(
      'invalid-principal',
      extra ?? call,
      `Expected exactly one argument (${what}) in ${ctx.quote(call)}`,
    );
    return undefined;
  }
  if (name === 'resource') {
    const fn = readFunctionRef(ctx, argument, ctx.quote(call));
    return fn === undefined ? undefined : { kind: 'resource', fn };
  }
  const groups = readStringList(
    ctx,
    argument,
    { list: 'invalid-principal', item: 'invalid-principal' },
    { list: 'group names', item: 'a group name' },
  );
  return groups === undefined ? undefined : { kind: 'groups', groups };
}

/**
 * The principal of a rule, e.g. `allow.guest` or `allow.groups(['admin'])`, where `allow` is the
 * access callback's parameter `param`. Undefined (and an error at the exact node) otherwise.
 */
export function readPrincipal(
  ctx: ReadContext,
  node: t.Node,
  param: string | undefined,
): Principal | undefined {
  const value = unwrap(node);
  const call = value.type === 'CallExpression' ? value : undefined;
  const name = builderName(ctx, call ? call.callee : value, param);
  if (name === '') return undefined; // wrong object, already reported
  if (call && (name === 'groups' || name === 'group' || name === 'entity' || name === 'resource'))
    return calledPrincipal(ctx, call, name);
  if (!call && (name === 'guest' || name === 'authenticated')) return { kind: name };
  const hint =
    name === 'guest' || name === 'authenticated'
      ? `: \`${name}\` is a property, not a function`
      : name === 'groups' || name === 'group' || name === 'entity' || name === 'resource'
        ? `: \`${name}\` must be called, e.g. \`${param ?? 'allow'}.${name}(...)\``
        : '';
  ctx.error(
    'invalid-principal',
    node,
    `Expected a principal (${EXPECTED}), found ${describe(node)} ${ctx.quote(node)}${hint}`,
  );
  return undefined;
}
