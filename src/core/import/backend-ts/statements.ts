import type * as t from '@babel/types';
import { describe, memberName, propertyKey, unwrap } from '../resource-ts/expressions';
import type { PolicyValue, ReadContext, StatementValue } from './context';
import { builderOf } from './names';
import { stringListOf, stringOf } from './values';
import type { ImportedCondition, ImportedStatement } from './types';

/** `new PolicyStatement(...)` / `new iam.PolicyStatement(...)`; also `new Policy(...)`. */
export function constructed(
  ctx: ReadContext,
  node: t.Node,
  builder: 'Policy' | 'PolicyStatement',
): t.NewExpression | undefined {
  const value = unwrap(node);
  return value.type === 'NewExpression' && builderOf(ctx.names, value.callee) === builder
    ? value
    : undefined;
}

/** `Effect.ALLOW` / `iam.Effect.DENY`; CDK's default when absent is Allow. */
function readEffect(ctx: ReadContext, node: t.Node): 'Allow' | 'Deny' | undefined {
  const value = unwrap(node);
  if (value.type === 'MemberExpression' && builderOf(ctx.names, value.object) === 'Effect') {
    const name = memberName(value);
    if (name === 'ALLOW') return 'Allow';
    if (name === 'DENY') return 'Deny';
  }
  ctx.error(
    'invalid-statement',
    node,
    `Expected \`Effect.ALLOW\` or \`Effect.DENY\` (imported from aws-cdk-lib/aws-iam), found ${describe(node)} ${ctx.quote(node)}`,
  );
  return undefined;
}

function readConditions(ctx: ReadContext, node: t.Node): ImportedCondition[] {
  const value = unwrap(node);
  if (value.type !== 'ObjectExpression') {
    ctx.error(
      'invalid-statement',
      node,
      `Expected \`conditions\` as an object literal such as \`{ StringLike: { 's3:prefix': ['public/*'] } }\`, found ${describe(node)}`,
    );
    return [];
  }
  const out: ImportedCondition[] = [];
  for (const p of value.properties) {
    const operator = p.type === 'SpreadElement' ? undefined : propertyKey(p);
    if (p.type !== 'ObjectProperty' || operator === undefined) {
      ctx.error('invalid-statement', p, `Cannot read this condition ${ctx.quote(p)}`);
      continue;
    }
    const block = unwrap(p.value);
    if (block.type !== 'ObjectExpression') {
      ctx.error(
        'invalid-statement',
        p.value,
        `Expected the ${operator} condition as an object literal of key → values`,
      );
      continue;
    }
    for (const entry of block.properties) {
      const key = entry.type === 'SpreadElement' ? undefined : propertyKey(entry);
      if (entry.type !== 'ObjectProperty' || key === undefined) {
        ctx.error('invalid-statement', entry, `Cannot read this condition key ${ctx.quote(entry)}`);
        continue;
      }
      const list = unwrap(entry.value);
      const values =
        list.type === 'ArrayExpression'
          ? stringListOf(ctx, entry.value, `${key} values`)?.map((v) => v.value)
          : [stringOf(ctx, entry.value, `the ${key} value`)].filter(
              (v): v is string => v !== undefined,
            );
      if (values) out.push({ operator, key, values });
    }
  }
  return out;
}

const UNSUPPORTED_OPTIONS = new Set(['principals', 'notPrincipals', 'notActions', 'notResources']);

/** Reads `new PolicyStatement({ effect, actions, resources, conditions, sid })`. */
export function readStatement(ctx: ReadContext, call: t.NewExpression): StatementValue | undefined {
  ctx.consumed.add(call);
  const arg = call.arguments[0];
  const props = arg && unwrap(arg);
  if (!props || props.type !== 'ObjectExpression' || call.arguments.length !== 1) {
    ctx.error(
      'invalid-statement',
      call,
      'Expected `new PolicyStatement({ effect, actions, resources })` with one object literal',
    );
    return undefined;
  }
  let effect: 'Allow' | 'Deny' | undefined = 'Allow';
  let actions: string[] = [];
  const resources: string[] = [];
  const resourceLocs: ImportedStatement['resourceLocs'][number][] = [];
  let conditions: ImportedCondition[] = [];
  for (const p of props.properties) {
    const key = p.type === 'SpreadElement' ? undefined : propertyKey(p);
    if (p.type !== 'ObjectProperty' || key === undefined) {
      ctx.error('invalid-statement', p, `Cannot read this statement option ${ctx.quote(p)}`);
      continue;
    }
    if (key === 'effect') effect = readEffect(ctx, p.value);
    else if (key === 'actions')
      actions = (stringListOf(ctx, p.value, 'actions') ?? []).map((a) => a.value);
    else if (key === 'resources') {
      for (const r of stringListOf(ctx, p.value, 'resources') ?? []) {
        resources.push(r.value);
        resourceLocs.push(ctx.loc(r.node));
      }
    } else if (key === 'conditions') conditions = readConditions(ctx, p.value);
    else if (UNSUPPORTED_OPTIONS.has(key))
      ctx.error(
        'not-principal',
        p,
        `\`${key}\` is not read: an inline policy on a role applies to that role, and the engine decides only \`actions\` and \`resources\``,
      );
    else if (key !== 'sid')
      ctx.warn('invalid-statement', p, `Statement option \`${key}\` is not read`);
  }
  if (effect === undefined) return undefined;
  return {
    statement: { effect, actions, resources, conditions, loc: ctx.loc(call), resourceLocs },
    used: false,
  };
}

/** A statement written in place or a const bound to one. */
function statementOf(ctx: ReadContext, node: t.Node): StatementValue | undefined {
  const value = unwrap(node);
  const made = constructed(ctx, value, 'PolicyStatement');
  if (made) return readStatement(ctx, made);
  if (value.type === 'Identifier') {
    const binding = ctx.bindings.get(value.name);
    if (binding?.kind === 'statement') return binding.statement;
  }
  ctx.error(
    'invalid-policy',
    node,
    `Expected \`new PolicyStatement({...})\` or a const holding one, found ${describe(node)} ${ctx.quote(node)}`,
  );
  return undefined;
}

/** Reads `new Policy(scope, id, { statements: [...] })`; `roles` in the props attach it at once. */
export function readPolicy(
  ctx: ReadContext,
  call: t.NewExpression,
): { policy: PolicyValue; roles: t.Node[] } | undefined {
  ctx.consumed.add(call);
  const [, idNode, propsNode] = call.arguments;
  const props = propsNode && unwrap(propsNode);
  const id = idNode ? stringOf(ctx, idNode, 'the policy id') : undefined;
  const policy: PolicyValue = { id, statements: [], node: call, attached: false };
  const roles: t.Node[] = [];
  if (!props) return { policy, roles };
  if (props.type !== 'ObjectExpression') {
    ctx.error(
      'invalid-policy',
      propsNode!,
      `Expected the policy's props as an object literal \`{ statements: [...] }\`, found ${describe(propsNode!)}`,
    );
    return { policy, roles };
  }
  for (const p of props.properties) {
    const key = p.type === 'SpreadElement' ? undefined : propertyKey(p);
    if (p.type !== 'ObjectProperty' || key === undefined) {
      ctx.error('invalid-policy', p, `Cannot read this policy option ${ctx.quote(p)}`);
      continue;
    }
    const list = unwrap(p.value);
    if (key === 'statements' || key === 'roles') {
      if (list.type !== 'ArrayExpression') {
        ctx.error(
          'invalid-policy',
          p.value,
          `Expected \`${key}\` as an array literal, found ${describe(p.value)}`,
        );
        continue;
      }
      for (const element of list.elements) {
        if (!element || element.type === 'SpreadElement') {
          ctx.error('invalid-policy', element ?? list, `Cannot read this item of \`${key}\``);
          continue;
        }
        if (key === 'roles') roles.push(element);
        else {
          const statement = statementOf(ctx, element);
          if (statement) policy.statements.push(statement);
        }
      }
    } else if (key !== 'policyName' && key !== 'force')
      ctx.warn('invalid-policy', p, `Policy option \`${key}\` is not read`);
  }
  return { policy, roles };
}

export { statementOf };
