import type * as t from '@babel/types';
import { parseModule, type ESTree } from 'meriyah';

/**
 * The fast path of parseResourceTs: a resource.ts written in plain JavaScript (as Amplify's docs
 * and our own export write it) read by meriyah, a small standards-checking JavaScript parser,
 * then given the node shapes the readers expect from babel. Babel's TypeScript parser is the
 * slow part of a cold CLI run (about 120 ms of CPU for a 2,000-path file in a fresh process,
 * against about 40 for meriyah, whose tree, without babel's position objects, is half the size:
 * 5.3 against 10.9 MB); babel stays the parser of record for everything else.
 *
 * Returns undefined, and the caller parses with babel, whenever this cannot be certain of giving
 * what babel gives: any syntax error (TypeScript syntax is one; babel also recovers from errors
 * and words them), a `<` or `>` (in TypeScript `f<T>(x)` is a call with a type argument, in
 * JavaScript two comparisons), a directive, or any node the readers would see in another shape
 * than babel's (classes, optional chains, import attributes...): those are rare in a
 * resource.ts, and babel reads them. test/fuzz/plain-js.test.ts holds the two to the same
 * imports over the fuzz suite's real and mutated sources.
 */
export function parsePlainJs(source: string): t.Program | undefined {
  let program: ESTree.Program;
  try {
    // `lexical`: the early errors of scope babel reports too (a name declared twice, an export
    // of an undeclared name), so a file babel flags never takes this path.
    program = parseModule(source, {
      ranges: { start: true, end: true, range: false },
      lexical: true,
    });
  } catch {
    // A syntax error, or a stack overflow on pathological nesting: babel reports either.
    return undefined;
  }
  return asBabelShapes(program) ? (program as unknown as t.Program) : undefined;
}

/**
 * The node types this path hands on, each with the keys that hold its children. Their fields
 * that the readers use are the same in ESTree and babel's AST, after `rewrite` for `Literal` and
 * `Property`. A type not listed (a class, an optional chain, `import()`...) sends the source to
 * babel. Walking listed keys instead of every key costs a third of the time (a cold run's
 * interpreted `for...in` over each node's fields was 7 ms for 2,000 paths).
 */
const CHILD_KEYS: Readonly<Record<string, readonly string[]>> = {
  Identifier: [],
  Literal: [],
  ThisExpression: [],
  EmptyStatement: [],
  TemplateElement: [],
  ImportDeclaration: ['specifiers', 'source'],
  ImportSpecifier: ['imported', 'local'],
  ImportDefaultSpecifier: ['local'],
  ImportNamespaceSpecifier: ['local'],
  ExportNamedDeclaration: ['declaration', 'specifiers', 'source'],
  ExportDefaultDeclaration: ['declaration'],
  ExportSpecifier: ['local', 'exported'],
  VariableDeclaration: ['declarations'],
  VariableDeclarator: ['id', 'init'],
  FunctionDeclaration: ['id', 'params', 'body'],
  FunctionExpression: ['id', 'params', 'body'],
  ArrowFunctionExpression: ['params', 'body'],
  BlockStatement: ['body'],
  ReturnStatement: ['argument'],
  ExpressionStatement: ['expression'],
  CallExpression: ['callee', 'arguments'],
  NewExpression: ['callee', 'arguments'],
  MemberExpression: ['object', 'property'],
  ObjectExpression: ['properties'],
  ArrayExpression: ['elements'],
  Property: ['key', 'value'],
  SpreadElement: ['argument'],
  RestElement: ['argument'],
  ObjectPattern: ['properties'],
  ArrayPattern: ['elements'],
  AssignmentPattern: ['left', 'right'],
  TemplateLiteral: ['quasis', 'expressions'],
  TaggedTemplateExpression: ['tag', 'quasi'],
  ConditionalExpression: ['test', 'consequent', 'alternate'],
  LogicalExpression: ['left', 'right'],
  BinaryExpression: ['left', 'right'],
  UnaryExpression: ['argument'],
  AssignmentExpression: ['left', 'right'],
  SequenceExpression: ['expressions'],
  AwaitExpression: ['argument'],
};

const METHOD_KEYS = ['key', 'params', 'body'];

type Mutable = Record<string, unknown> & { type: string };

/**
 * Rewrites the ESTree nodes babel names or shapes differently, in place (a second tree would
 * double the garbage this path exists to save), and says whether every node could be: false
 * means the caller must parse with babel. Iterative: a deeply nested source must not overflow.
 */
function asBabelShapes(program: ESTree.Program): boolean {
  (program as unknown as Mutable).directives = [];
  const stack: unknown[] = program.body.slice();
  while (stack.length > 0) {
    const node = stack.pop() as Mutable | null;
    if (node === null) continue; // an array hole: `[a, , b]`
    // Looked up before `rewrite` renames the node.
    let keys = Object.hasOwn(CHILD_KEYS, node.type) ? CHILD_KEYS[node.type] : undefined;
    if (keys === undefined || !rewrite(node)) return false;
    if (node.type === 'ObjectMethod') keys = METHOD_KEYS; // its function's parts moved into it
    // Indexed loops: `for...of` in a cold run's interpreter allocates an iterator result per
    // item (3.8 MB for the 2,000-path bench file, a tenth of the run's garbage).
    for (let k = 0; k < keys.length; k++) {
      const child = node[keys[k]!];
      if (Array.isArray(child)) for (let i = 0; i < child.length; i++) stack.push(child[i]);
      else if (child != null) stack.push(child);
    }
  }
  return true;
}

/** One node in babel's shape; false when it has none here. */
function rewrite(node: Mutable): boolean {
  switch (node.type) {
    case 'Literal':
      return rewriteLiteral(node);
    case 'Property':
      return rewriteProperty(node);
    case 'ExpressionStatement':
      // A directive ('use strict') is a statement in ESTree, babel's `directives` elsewhere.
      return node.directive === undefined;
    case 'BinaryExpression':
      return node.operator !== '<' && node.operator !== '>';
    case 'ImportDeclaration':
    case 'ExportNamedDeclaration':
      return !Array.isArray(node.attributes) || node.attributes.length === 0;
    default:
      return true;
  }
}

function rewriteLiteral(node: Mutable): boolean {
  const { value } = node;
  if ('regex' in node || 'bigint' in node) return false;
  if (typeof value === 'string') node.type = 'StringLiteral';
  else if (typeof value === 'number') node.type = 'NumericLiteral';
  else if (typeof value === 'boolean') node.type = 'BooleanLiteral';
  else if (value === null) node.type = 'NullLiteral';
  else return false;
  return true;
}

/**
 * ESTree's Property is babel's ObjectProperty, or an ObjectMethod holding the function's parts.
 * Fields are overwritten, never deleted: `delete` turns an object into a slow dictionary, and
 * the fields babel does not have (`kind`, `method`) hold no syntax, which is all a reader looks
 * for among the fields it does not know.
 */
function rewriteProperty(node: Mutable): boolean {
  if (node.kind === 'init' && node.method === false) {
    node.type = 'ObjectProperty';
    return true;
  }
  const fn = node.value as Mutable;
  if (fn.type !== 'FunctionExpression') return false;
  node.type = 'ObjectMethod';
  if (node.method === true) node.kind = 'method';
  node.params = fn.params;
  node.body = fn.body;
  node.async = fn.async;
  node.generator = fn.generator;
  node.id = null;
  node.value = undefined; // its parts are the method's now: not a second child
  return true;
}
