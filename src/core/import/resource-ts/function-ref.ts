import { inlineFunctionName as nameOfInline } from '../../text/identifiers';
import type * as t from '@babel/types';
import type { ReadContext } from './context';
import { describe, propertyKey, stringValue, unwrap } from './expressions';
import { isBuilderCall } from './find-storages';

/** The `name`, else the entry's base name, of an inline `defineFunction({...})`. */
function inlineFunctionName(
  ctx: ReadContext,
  call: t.CallExpression,
  where: string,
): string | undefined {
  const options = call.arguments[0] && unwrap(call.arguments[0]);
  if (options?.type !== 'ObjectExpression') {
    ctx.error(
      'invalid-function',
      options ?? call,
      `Expected an object literal in defineFunction(...) for ${where}, found ${options ? `${describe(options)} ${ctx.quote(options)}` : `no argument in ${ctx.quote(call)}`}`,
    );
    return undefined;
  }
  let name: t.ObjectProperty | undefined;
  let entry: t.ObjectProperty | undefined;
  for (const property of options.properties) {
    if (property.type !== 'ObjectProperty') continue;
    const key = propertyKey(property);
    if (key === 'name') name = property;
    if (key === 'entry') entry = property;
  }
  const chosen = name ?? entry;
  if (!chosen) {
    ctx.error(
      'invalid-function',
      call,
      `Cannot tell the function's name for ${where}: ${ctx.quote(call)} has neither \`name\` nor \`entry\``,
    );
    return undefined;
  }
  const value = stringValue(chosen.value);
  const option = chosen === name ? 'name' : 'entry';
  if (value === undefined || value === '') {
    ctx.error(
      'invalid-function',
      chosen.value,
      `Expected a string literal as the function's \`${option}\` for ${where}, found ${describe(chosen.value)} ${ctx.quote(chosen.value)}`,
    );
    return undefined;
  }
  // The design names functions by the identifier resource.ts imports them as, so an inline
  // function's name ('on-upload-handler') becomes one ('onUploadHandler') for the export to compile.
  const fn = nameOfInline(chosen === name ? { name: value } : { entry: value })!;
  const entryValue = entry && stringValue(entry.value);
  if (!ctx.inlineFunctions.has(fn))
    ctx.inlineFunctions.set(fn, {
      kind: 'inline',
      ...(entryValue !== undefined ? { entry: entryValue } : {}),
      ...(chosen === name ? { name: value } : {}),
    });
  return fn;
}

/**
 * The function a trigger or `allow.resource(...)` names: an identifier as written (`demoFunction`),
 * or an inline `defineFunction({ name })` / `defineFunction({ entry })`. `where` names the place for messages.
 */
export function readFunctionRef(ctx: ReadContext, node: t.Node, where: string): string | undefined {
  const value = unwrap(node);
  if (value.type === 'Identifier') return value.name;
  if (isBuilderCall(value, ctx.names, 'defineFunction'))
    return inlineFunctionName(ctx, value, where);
  ctx.error(
    'invalid-function',
    node,
    `Expected a function for ${where} (an identifier such as \`myFunction\` or \`defineFunction({ name: '…' })\`), found ${describe(node)} ${ctx.quote(node)}`,
  );
  return undefined;
}
