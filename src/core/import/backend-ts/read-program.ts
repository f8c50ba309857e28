import type * as t from '@babel/types';
import type { RoleKey } from '../../compile/roles';
import { describe, memberName, unwrap } from '../resource-ts/expressions';
import { findAll } from '../resource-ts/walk';
import { bucketFactory, readBucketImport } from './buckets';
import type { PolicyValue, ReadContext, StatementValue } from './context';
import { builderOf, readImports } from './names';
import { readAddOutput, type StorageOutput } from './outputs';
import { roleOf } from './roles';
import { constructed, readPolicy, readStatement, statementOf } from './statements';
import { stringListOf, tryString } from './values';
import type { BackendResource, ImportedBucketRef } from './types';

/** One attachment: which role, which policy (its statements are read at the end: addStatements may add some). */
interface Attachment {
  readonly role: RoleKey;
  readonly policy: PolicyValue;
  readonly node: t.Node;
}

export interface ProgramRead {
  readonly bucketRefs: ImportedBucketRef[];
  readonly outputs: StorageOutput[];
  readonly attachments: Attachment[];
  readonly policies: PolicyValue[];
  readonly resources: BackendResource[];
}

const CONSTRUCT_CALLS = new Set([
  'attachInlinePolicy',
  'addToPrincipalPolicy',
  'addToPolicy',
  'addStatements',
  'attachToRole',
  'addOutput',
  'fromBucketAttributes',
  'fromBucketName',
  'fromBucketArn',
]);

/** Reads the top-level statements in order: consts become bindings, calls attach or declare. */
export function readProgram(ctx: ReadContext, program: t.Program): ProgramRead {
  readImports(program, ctx.names);
  const read: ProgramRead = {
    bucketRefs: [],
    outputs: [],
    attachments: [],
    policies: [],
    resources: [],
  };
  for (const statement of program.body) {
    const inner =
      statement.type === 'ExportNamedDeclaration' && statement.declaration
        ? statement.declaration
        : statement;
    if (inner.type === 'VariableDeclaration') {
      for (const d of inner.declarations)
        if (d.id.type === 'Identifier' && d.init) bind(ctx, read, d.id.name, d.init);
    } else if (inner.type === 'ExpressionStatement') {
      const call = unwrap(inner.expression);
      // `role?.attachInlinePolicy(...)` (a function's role may be undefined) reads like a plain call.
      if (call.type === 'CallExpression' || call.type === 'OptionalCallExpression')
        readCall(ctx, read, call as t.CallExpression);
    }
  }
  sweep(ctx, program);
  return read;
}

function bind(ctx: ReadContext, read: ProgramRead, name: string, init: t.Node): void {
  const value = unwrap(init);
  if (value.type === 'CallExpression' && builderOf(ctx.names, value.callee) === 'defineBackend') {
    ctx.consumed.add(value);
    ctx.bindings.set(name, { kind: 'backend' });
    read.resources.push(...backendResources(ctx, value));
    return;
  }
  const factory = bucketFactory(ctx, value);
  if (factory) {
    const bucket = readBucketImport(ctx, value as t.CallExpression, factory, name);
    if (bucket) {
      read.bucketRefs.push(bucket);
      ctx.bindings.set(name, { kind: 'bucket', bucket });
    }
    return;
  }
  const policyCall = constructed(ctx, value, 'Policy');
  if (policyCall) {
    const made = readPolicy(ctx, policyCall);
    if (!made) return;
    read.policies.push(made.policy);
    ctx.bindings.set(name, { kind: 'policy', policy: made.policy });
    for (const role of made.roles) attach(ctx, read, role, made.policy, role);
    return;
  }
  const statementCall = constructed(ctx, value, 'PolicyStatement');
  if (statementCall) {
    const statement = readStatement(ctx, statementCall);
    if (statement) ctx.bindings.set(name, { kind: 'statement', statement });
    return;
  }
  const role = roleOf(ctx, value);
  if (role) return void ctx.bindings.set(name, { kind: 'role', role });
  const text = tryString(ctx, value);
  if (text !== undefined) return void ctx.bindings.set(name, { kind: 'string', value: text });
  if (
    value.type === 'ArrayExpression' &&
    value.elements.every((e) => e && tryString(ctx, e) !== undefined)
  ) {
    const values = (stringListOf(ctx, value, 'values') ?? []).map((v) => v.value);
    ctx.bindings.set(name, { kind: 'strings', values });
  }
}

/** `defineBackend({ auth, storage, fn })`: each resource with the module it comes from. */
function backendResources(ctx: ReadContext, call: t.CallExpression): BackendResource[] {
  const arg = call.arguments[0] && unwrap(call.arguments[0]);
  if (!arg || arg.type !== 'ObjectExpression') return [];
  const out: BackendResource[] = [];
  for (const p of arg.properties) {
    if (p.type !== 'ObjectProperty' || p.computed || p.key.type !== 'Identifier') continue;
    const local = p.value.type === 'Identifier' ? p.value.name : undefined;
    if (!local) continue;
    out.push({ key: p.key.name, local, from: ctx.names.importedFrom.get(local), loc: ctx.loc(p) });
  }
  return out;
}

function policyOf(ctx: ReadContext, read: ProgramRead, node: t.Node): PolicyValue | undefined {
  const value = unwrap(node);
  const made = constructed(ctx, value, 'Policy');
  if (made) {
    const policy = readPolicy(ctx, made)?.policy;
    if (policy) read.policies.push(policy);
    return policy;
  }
  if (value.type === 'Identifier') {
    const binding = ctx.bindings.get(value.name);
    if (binding?.kind === 'policy') return binding.policy;
  }
  ctx.error(
    'invalid-policy',
    node,
    `Expected \`new Policy(...)\` or a const holding one, found ${describe(node)} ${ctx.quote(node)}`,
  );
  return undefined;
}

function attach(
  ctx: ReadContext,
  read: ProgramRead,
  roleNode: t.Node,
  policy: PolicyValue,
  at: t.Node,
): void {
  const role = roleOf(ctx, roleNode);
  if (!role) {
    ctx.error(
      'unknown-role',
      roleNode,
      `${ctx.quote(roleNode)} is not a role the importer knows: expected backend.auth.resources.unauthenticatedUserIamRole, .authenticatedUserIamRole, .groups['NAME'].role or backend.FUNCTION.resources.lambda.role`,
    );
    return;
  }
  policy.attached = true;
  read.attachments.push({ role, policy, node: at });
}

function readCall(ctx: ReadContext, read: ProgramRead, call: t.CallExpression): void {
  if (builderOf(ctx.names, call.callee) === 'defineBackend') {
    // `defineBackend({ auth, storage })` on its own: the resources count even if nothing is bound.
    ctx.consumed.add(call);
    read.resources.push(...backendResources(ctx, call));
    return;
  }
  const callee = unwrap(call.callee) as t.MemberExpression;
  if (callee.type !== 'MemberExpression' && (callee as t.Node).type !== 'OptionalMemberExpression')
    return;
  const method = memberName(callee);
  const target = unwrap(callee.object);
  const [arg] = call.arguments;
  if (
    method === 'addOutput' &&
    target.type === 'Identifier' &&
    ctx.bindings.get(target.name)?.kind === 'backend'
  ) {
    const output = readAddOutput(ctx, call);
    if (output) read.outputs.push(output);
    return;
  }
  if (method === 'addEnvironment') return void ctx.consumed.add(call);
  if (!arg || !method || !CONSTRUCT_CALLS.has(method)) return;
  ctx.consumed.add(call);
  if (method === 'attachInlinePolicy') {
    const policy = policyOf(ctx, read, arg);
    if (policy) attach(ctx, read, target, policy, call);
  } else if (method === 'addToPrincipalPolicy' || method === 'addToPolicy') {
    const statement = statementOf(ctx, arg);
    if (!statement) return;
    const policy: PolicyValue = {
      id: undefined,
      statements: [statement],
      node: call,
      attached: false,
    };
    read.policies.push(policy);
    attach(ctx, read, target, policy, call);
  } else if (method === 'addStatements' || method === 'attachToRole') {
    const binding = target.type === 'Identifier' ? ctx.bindings.get(target.name) : undefined;
    if (binding?.kind !== 'policy') {
      ctx.warn(
        'construct-not-read',
        call,
        `${ctx.quote(callee)} is not called on a policy the importer follows; it is not read`,
      );
      return;
    }
    if (method === 'attachToRole') attach(ctx, read, arg, binding.policy, call);
    else
      for (const a of call.arguments) {
        const statement: StatementValue | undefined = statementOf(ctx, a);
        if (statement) binding.policy.statements.push(statement);
      }
  } else ctx.consumed.delete(call);
}

/** Whether a node is a construct that decides access (so skipping it must be said). */
function isConstruct(
  ctx: ReadContext,
  node: t.Node,
): node is t.CallExpression | t.OptionalCallExpression | t.NewExpression {
  if (node.type === 'NewExpression') {
    const builder = builderOf(ctx.names, node.callee);
    return builder === 'Policy' || builder === 'PolicyStatement';
  }
  if (node.type !== 'CallExpression' && node.type !== 'OptionalCallExpression') return false;
  const callee = node.callee as t.MemberExpression;
  if (callee.type !== 'MemberExpression' && (callee as t.Node).type !== 'OptionalMemberExpression')
    return false;
  const method = memberName(callee);
  return method !== undefined && CONSTRUCT_CALLS.has(method);
}

/** Every construct the reading above did not follow (inside a function, a loop, a condition…), as a warning. */
function sweep(ctx: ReadContext, program: t.Program): void {
  const unread = (node: t.Node): node is t.Node =>
    isConstruct(ctx, node) && !ctx.consumed.has(node);
  for (const node of findAll(program, unread)) {
    ctx.warn(
      'construct-not-read',
      node,
      `${ctx.quote(node)} is not read: the importer follows top-level consts and calls only, so what it does is not in either view`,
    );
  }
}
