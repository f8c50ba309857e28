import type * as t from '@babel/types';
import type { RoleKey } from '../../compile/roles';
import { memberName, unwrap } from '../resource-ts/expressions';
import type { ReadContext } from './context';

/** The member chain `a.b['c'].d` as names, outermost last; undefined if some part is computed or not a name. */
function chain(node: t.Node): { root: string; names: string[] } | undefined {
  const names: string[] = [];
  let current = unwrap(node);
  while (current.type === 'MemberExpression' || current.type === 'OptionalMemberExpression') {
    const name = memberName(current as t.MemberExpression);
    if (name === undefined) return undefined;
    names.unshift(name);
    current = unwrap(current.object);
  }
  return current.type === 'Identifier' ? { root: current.name, names } : undefined;
}

/**
 * The role an expression stands for: `backend.auth.resources.unauthenticatedUserIamRole` (guest),
 * `.authenticatedUserIamRole`, `.groups['NAME'].role`, `backend.FN.resources.lambda.role`, or a
 * const holding one of these. Undefined when it is none of them.
 */
export function roleOf(ctx: ReadContext, node: t.Node): RoleKey | undefined {
  const found = chain(node);
  if (!found) return undefined;
  const binding = ctx.bindings.get(found.root);
  if (binding?.kind === 'role' && found.names.length === 0) return binding.role;
  if (binding?.kind !== 'backend') return undefined;
  const n = found.names;
  if (n[0] === 'auth' && n[1] === 'resources') {
    if (n.length === 3 && n[2] === 'unauthenticatedUserIamRole') return 'guest';
    if (n.length === 3 && n[2] === 'authenticatedUserIamRole') return 'authenticated';
    if (n.length === 5 && n[2] === 'groups' && n[4] === 'role') return `group:${n[3]}`;
    return undefined;
  }
  if (n.length === 4 && n[1] === 'resources' && n[2] === 'lambda' && n[3] === 'role')
    return `function:${n[0]}`;
  return undefined;
}
