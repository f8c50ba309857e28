import type * as t from '@babel/types';

/** Wrappers that change a type, not a value: `x as const`, `x satisfies T`, `x!`, `<T>x`, `(x)`. */
const TRANSPARENT = new Set([
  'TSAsExpression',
  'TSSatisfiesExpression',
  'TSNonNullExpression',
  'TSTypeAssertion',
  'ParenthesizedExpression',
]);

/** The expression a type-only wrapper holds (iterative: the wrappers may be stacked arbitrarily deep). */
export function unwrap(node: t.Node): t.Node {
  let current = node;
  while (TRANSPARENT.has(current.type)) current = (current as t.TSAsExpression).expression;
  return current;
}

/**
 * The value of a string written literally: a quoted string or a template literal without `${}`,
 * escapes decoded. Undefined for anything else (including a template with an invalid escape).
 */
export function stringValue(node: t.Node): string | undefined {
  const value = unwrap(node);
  if (value.type === 'StringLiteral') return value.value;
  if (value.type === 'TemplateLiteral' && value.expressions.length === 0)
    return value.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/** The name of a property access `a.name` or `a['name']`, if it is written literally. */
export function memberName(node: t.MemberExpression): string | undefined {
  if (!node.computed && node.property.type === 'Identifier') return node.property.name;
  return node.computed ? stringValue(node.property) : undefined;
}

/** The name of an object key written as `name`, `'name'` or `['name']`; undefined for numbers and computed expressions. */
export function propertyKey(property: t.ObjectProperty | t.ObjectMethod): string | undefined {
  if (!property.computed && property.key.type === 'Identifier') return property.key.name;
  return stringValue(property.key);
}

const DESCRIPTIONS: Partial<Record<t.Node['type'], string>> = {
  StringLiteral: 'a string',
  NumericLiteral: 'a number',
  BigIntLiteral: 'a number',
  BooleanLiteral: 'a boolean',
  NullLiteral: 'null',
  RegExpLiteral: 'a regular expression',
  Identifier: 'the identifier',
  ThisExpression: '`this`',
  ArrayExpression: 'an array',
  ObjectExpression: 'an object',
  ObjectMethod: 'a method',
  ArrowFunctionExpression: 'a function',
  FunctionExpression: 'a function',
  CallExpression: 'a call',
  OptionalCallExpression: 'an optional call',
  NewExpression: 'a `new` expression',
  MemberExpression: 'a property access',
  OptionalMemberExpression: 'an optional property access',
  SpreadElement: 'a spread',
  ConditionalExpression: 'a conditional expression',
  LogicalExpression: 'a logical expression',
  BinaryExpression: 'a binary expression',
  UnaryExpression: 'a unary expression',
  AwaitExpression: 'an `await` expression',
  TaggedTemplateExpression: 'a tagged template',
  ObjectPattern: 'a destructuring pattern',
  ArrayPattern: 'a destructuring pattern',
  AssignmentPattern: 'a parameter with a default value',
  RestElement: 'a rest parameter',
};

/** A short noun phrase for a node, for messages like "found a template literal with a substitution". */
export function describe(node: t.Node): string {
  const value = unwrap(node);
  if (value.type === 'TemplateLiteral') {
    return value.expressions.length > 0
      ? 'a template literal with a substitution'
      : 'a template literal';
  }
  return DESCRIPTIONS[value.type] ?? `an expression (${value.type})`;
}
