import type * as t from '@babel/types';
import type { FunctionOrigin } from '../../model/types';
import type { ReadContext } from './context';
import { propertyKey, stringValue, unwrap } from './expressions';
import { isBuilderCall } from './find-storages';
import type { ImportSpans, Span } from './spans';

/** Every import declaration's module, specifiers and span (namespace and default imports left out). */
export function importSpans(ctx: ReadContext, program: t.Program): ImportSpans[] {
  return program.body.flatMap((statement) => {
    if (statement.type !== 'ImportDeclaration') return [];
    const specifiers = statement.specifiers.flatMap((s) =>
      s.type === 'ImportSpecifier'
        ? [
            {
              imported: s.imported.type === 'Identifier' ? s.imported.name : s.imported.value,
              local: s.local.name,
              span: ctx.span(s),
            },
          ]
        : [],
    );
    return [
      {
        statement: ctx.span(statement),
        from: statement.source.value,
        typeOnly: statement.importKind === 'type',
        specifiers,
      },
    ];
  });
}

/** Names the top level binds: a new import or const must not take one of them. */
export function topLevelNames(program: t.Program): string[] {
  const names: string[] = [];
  for (const statement of program.body) {
    const declaration =
      statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportDefaultDeclaration'
        ? statement.declaration
        : statement;
    if (!declaration) continue;
    if (declaration.type === 'ImportDeclaration')
      declaration.specifiers.forEach((s) => names.push(s.local.name));
    if (declaration.type === 'VariableDeclaration')
      for (const d of declaration.declarations)
        if (d.id.type === 'Identifier') names.push(d.id.name);
    if (
      (declaration.type === 'FunctionDeclaration' ||
        declaration.type === 'ClassDeclaration' ||
        declaration.type === 'TSEnumDeclaration') &&
      declaration.id
    )
      names.push(declaration.id.name);
  }
  return names;
}

/**
 * The top-level statement that holds nothing but this defineStorage call (`export const s =
 * defineStorage(...)` or `export default defineStorage(...)`), so that removing the storage can
 * remove the statement. Undefined when the statement holds more, or the call is exported elsewhere.
 */
export function storageStatement(
  ctx: ReadContext,
  program: t.Program,
  call: t.CallExpression,
): Span | undefined {
  for (const statement of program.body) {
    if (statement.type === 'ExportDefaultDeclaration' && unwrap(statement.declaration) === call)
      return ctx.span(statement);
    if (statement.type !== 'ExportNamedDeclaration') continue;
    const declaration = statement.declaration;
    if (declaration?.type !== 'VariableDeclaration' || declaration.declarations.length !== 1)
      continue;
    const init = declaration.declarations[0]?.init;
    if (init && unwrap(init) === call) return ctx.span(statement);
  }
  return undefined;
}

/**
 * Top-level `const x = defineFunction({ entry, name })` (exported or not): the function `x` is
 * defined in this file, with the string options it is given (none for the docs' `defineFunction({})`).
 */
export function constFunctions(ctx: ReadContext, program: t.Program): Map<string, FunctionOrigin> {
  const found = new Map<string, FunctionOrigin>();
  for (const statement of program.body) {
    const declaration =
      statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
    if (declaration?.type !== 'VariableDeclaration') continue;
    for (const d of declaration.declarations) {
      const init = d.init && unwrap(d.init);
      if (d.id.type !== 'Identifier' || !init || !isBuilderCall(init, ctx.names, 'defineFunction'))
        continue;
      const options = init.arguments[0] && unwrap(init.arguments[0]);
      const strings: { entry?: string; name?: string } = {};
      if (options?.type === 'ObjectExpression')
        for (const p of options.properties) {
          const key = p.type === 'ObjectProperty' ? propertyKey(p) : undefined;
          const value = key && stringValue((p as t.ObjectProperty).value);
          if ((key === 'entry' || key === 'name') && value !== undefined) strings[key] = value;
        }
      found.set(d.id.name, { kind: 'inline', ...strings });
    }
  }
  return found;
}

/**
 * Where each named function came from: an import of the file, a top-level const bound to
 * defineFunction (`consts`), or an inline defineFunction.
 */
export function functionOrigins(
  ctx: ReadContext,
  imports: readonly ImportSpans[],
  functions: readonly string[],
  consts: ReadonlyMap<string, FunctionOrigin> = new Map(),
): Record<string, FunctionOrigin> {
  const origins: [string, FunctionOrigin][] = [];
  for (const fn of functions) {
    // Amplify's own builders are never a function's origin: a function that shares a builder's
    // name (an inline `defineFunction({ entry: './defineStorage.ts' })`) comes from elsewhere.
    const imported = imports
      .filter((i) => i.from !== '@aws-amplify/backend')
      .flatMap((i) => i.specifiers.map((s) => ({ ...s, from: i.from })))
      .find((s) => s.local === fn);
    const inline = consts.get(fn) ?? ctx.inlineFunctions.get(fn);
    if (imported)
      origins.push([fn, { kind: 'import', from: imported.from, imported: imported.imported }]);
    else if (inline) origins.push([fn, inline]);
  }
  // fromEntries, not assignment: a function named `__proto__` must stay an own key.
  return Object.fromEntries(origins);
}
