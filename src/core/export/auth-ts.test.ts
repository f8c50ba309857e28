/** The auth hint declares the design's groups in precedence order, whatever their names. */
import { parse } from '@babel/parser';
import type * as t from '@babel/types';
import { describe, expect, it } from 'vitest';
import type { Design } from '../model/types';
import { renderAuthHint } from './auth-ts';

/** The object passed to defineAuth, read back as plain data (string arrays, booleans, objects). */
function defineAuthOptions(source: string): Record<string, unknown> {
  const program = parse(source, { sourceType: 'module', plugins: ['typescript'] }).program;
  const exported = program.body.find(
    (s): s is t.ExportNamedDeclaration => s.type === 'ExportNamedDeclaration',
  )!;
  const declarator = (exported.declaration as t.VariableDeclaration).declarations[0]!;
  expect((declarator.id as t.Identifier).name).toBe('auth');
  const call = declarator.init as t.CallExpression;
  expect((call.callee as t.Identifier).name).toBe('defineAuth');
  const value = (node: t.Node): unknown => {
    if (node.type === 'StringLiteral' || node.type === 'BooleanLiteral') return node.value;
    if (node.type === 'ArrayExpression') return node.elements.map((e) => value(e!));
    if (node.type === 'ObjectExpression') {
      return Object.fromEntries(
        node.properties.map((p) => [
          ((p as t.ObjectProperty).key as t.Identifier).name,
          value((p as t.ObjectProperty).value),
        ]),
      );
    }
    throw new Error(node.type);
  };
  return value(call.arguments[0]!) as Record<string, unknown>;
}

const designWith = (groups: string[]): Design => ({ storages: [], groups, functions: [] });

describe('renderAuthHint', () => {
  it('lists the groups in the design order (Cognito precedence), awkward names included', () => {
    const groups = ['editors', "it's", 'q"t\\`${x}', '*/', '日本', 'admin'];
    expect(defineAuthOptions(renderAuthHint(designWith(groups)))).toEqual({
      loginWith: { email: true },
      groups,
    });
  });

  it('has no groups key when the design has no groups', () => {
    const source = renderAuthHint(designWith([]));
    expect(defineAuthOptions(source)).toEqual({ loginWith: { email: true } });
    expect(source).not.toContain('precedence');
  });
});
