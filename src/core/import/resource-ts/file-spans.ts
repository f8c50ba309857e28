import type * as t from '@babel/types';
import type { FunctionOrigin } from '../../model/types';
import type { ReadContext } from './context';
import { unwrap } from './expressions';
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

/** Where each named function came from: an import of the file, or an inline defineFunction. */
export function functionOrigins(
  ctx: ReadContext,
  imports: readonly ImportSpans[],
  functions: readonly string[],
): Record<string, FunctionOrigin> {
  const origins: [string, FunctionOrigin][] = [];
  for (const fn of functions) {
    const imported = imports
      .flatMap((i) => i.specifiers.map((s) => ({ ...s, from: i.from })))
      .find((s) => s.local === fn);
    const inline = ctx.inlineFunctions.get(fn);
    if (imported)
      origins.push([fn, { kind: 'import', from: imported.from, imported: imported.imported }]);
    else if (inline) origins.push([fn, inline]);
  }
  // fromEntries, not assignment: a function named `__proto__` must stay an own key.
  return Object.fromEntries(origins);
}
