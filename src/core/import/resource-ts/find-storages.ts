import type * as t from '@babel/types';
import { memberName, unwrap } from './expressions';
import { findAll } from './walk';

/** One defineStorage call and the name backend.ts imports it by (undefined: not exported). */
export interface FoundStorage {
  call: t.CallExpression;
  exportName?: string;
  /** The top-level const it is bound to, if any (exported or not). */
  localName?: string;
}

/** Local names bound to defineStorage / defineFunction and to namespace imports (`import * as b`). */
export interface BuilderNames {
  defineStorage: Set<string>;
  defineFunction: Set<string>;
  namespaces: Set<string>;
}

/**
 * Reads the import lines. The bare names always count, since the docs' snippets omit the import;
 * aliases (`import { defineStorage as ds }`) from any module are added.
 */
export function builderNames(program: t.Program): BuilderNames {
  const names: BuilderNames = {
    defineStorage: new Set(['defineStorage']),
    defineFunction: new Set(['defineFunction']),
    namespaces: new Set(),
  };
  for (const statement of program.body) {
    if (statement.type !== 'ImportDeclaration') continue;
    for (const specifier of statement.specifiers) {
      if (specifier.type === 'ImportNamespaceSpecifier') names.namespaces.add(specifier.local.name);
      if (specifier.type !== 'ImportSpecifier') continue;
      const imported =
        specifier.imported.type === 'Identifier'
          ? specifier.imported.name
          : specifier.imported.value;
      if (imported === 'defineStorage' || imported === 'defineFunction')
        names[imported].add(specifier.local.name);
    }
  }
  return names;
}

/** Whether `node` calls the builder `builder` (`defineStorage(...)`, an alias, or `ns.defineStorage(...)`). */
export function isBuilderCall(
  node: t.Node,
  names: BuilderNames,
  builder: 'defineStorage' | 'defineFunction',
): node is t.CallExpression {
  if (node.type !== 'CallExpression') return false;
  const callee = unwrap(node.callee);
  if (callee.type === 'Identifier') return names[builder].has(callee.name);
  return (
    callee.type === 'MemberExpression' &&
    callee.object.type === 'Identifier' &&
    names.namespaces.has(callee.object.name) &&
    memberName(callee) === builder
  );
}

/** Top-level `const x = defineStorage(...)` bindings, exported or not. */
function topLevelBindings(program: t.Program, names: BuilderNames): Map<string, t.CallExpression> {
  const bindings = new Map<string, t.CallExpression>();
  for (const statement of program.body) {
    const declaration =
      statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
    if (declaration?.type !== 'VariableDeclaration') continue;
    for (const declarator of declaration.declarations) {
      const init = declarator.init && unwrap(declarator.init);
      if (
        declarator.id.type === 'Identifier' &&
        init &&
        isBuilderCall(init, names, 'defineStorage')
      ) {
        bindings.set(declarator.id.name, init);
      }
    }
  }
  return bindings;
}

/** The export name of each exported defineStorage call; the first export of a call wins. */
function exportNames(program: t.Program, names: BuilderNames): Map<t.CallExpression, string> {
  const bindings = topLevelBindings(program, names);
  const exported = new Map<t.CallExpression, string>();
  const add = (call: t.CallExpression | undefined, name: string) => {
    if (call && !exported.has(call)) exported.set(call, name);
  };
  // `export default x` / `export = x` name a binding or hold the call itself.
  const addDefault = (expression: t.Node) => {
    const value = unwrap(expression);
    if (value.type === 'Identifier') add(bindings.get(value.name), 'default');
    else if (isBuilderCall(value, names, 'defineStorage')) add(value, 'default');
  };
  for (const statement of program.body) {
    if (statement.type === 'ExportDefaultDeclaration') addDefault(statement.declaration);
    if (statement.type === 'TSExportAssignment') addDefault(statement.expression);
    if (statement.type !== 'ExportNamedDeclaration' || statement.source) continue;
    if (statement.declaration?.type === 'VariableDeclaration') {
      for (const declarator of statement.declaration.declarations) {
        if (declarator.id.type === 'Identifier')
          add(bindings.get(declarator.id.name), declarator.id.name);
      }
    }
    for (const specifier of statement.specifiers) {
      if (specifier.type !== 'ExportSpecifier') continue;
      const name =
        specifier.exported.type === 'Identifier'
          ? specifier.exported.name
          : specifier.exported.value;
      add(bindings.get(specifier.local.name), name);
    }
  }
  return exported;
}

/** Every defineStorage call in the file, in source order, with the name it is exported under. */
export function findStorages(program: t.Program, names: BuilderNames): FoundStorage[] {
  const exported = exportNames(program, names);
  const bound = new Map([...topLevelBindings(program, names)].map(([name, call]) => [call, name]));
  const calls = findAll(program, (node): node is t.CallExpression =>
    isBuilderCall(node, names, 'defineStorage'),
  );
  return calls.map((call) => {
    const found: FoundStorage = { call };
    const exportName = exported.get(call);
    const localName = bound.get(call);
    if (exportName !== undefined) found.exportName = exportName;
    if (localName !== undefined) found.localName = localName;
    return found;
  });
}
