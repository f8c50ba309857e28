import type * as t from '@babel/types';
import type { ReadContext } from './context';
import { describe, unwrap } from './expressions';

export interface ReadCallback {
  /** The object literal the callback returns; undefined when it cannot be read (already reported). */
  record?: t.ObjectExpression;
  /** The parameter's name (`allow`, `a`, ...); undefined when the callback declares none. */
  param?: string;
}

type AccessFunction = t.ArrowFunctionExpression | t.FunctionExpression | t.ObjectMethod;

const EXAMPLE = "`access: (allow) => ({ 'media/*': [allow.guest.to(['read'])] })`";

/** The callback an `access` option holds: `access: (allow) => ...`, `access: function (allow) {...}` or `access(allow) {...}`. */
function accessFunction(
  ctx: ReadContext,
  property: t.ObjectProperty | t.ObjectMethod,
): AccessFunction | undefined {
  const value = property.type === 'ObjectMethod' ? property : unwrap(property.value);
  const isFunction =
    value.type === 'ArrowFunctionExpression' ||
    value.type === 'FunctionExpression' ||
    (value.type === 'ObjectMethod' && value.kind === 'method');
  if (!isFunction) {
    ctx.error(
      'invalid-access',
      value,
      `Expected a callback such as ${EXAMPLE}, found ${describe(value)} ${ctx.quote(value)}`,
    );
    return undefined;
  }
  if (value.async || value.generator) {
    // Amplify calls the callback synchronously and reads its return value as the record.
    ctx.error(
      'invalid-access',
      value,
      `The access callback must return the access record directly, not ${value.async ? 'a promise' : 'a generator'}: found ${ctx.quote(value)}`,
    );
    return undefined;
  }
  return value;
}

/** The single parameter's name, reporting patterns and extra parameters. */
function parameterName(ctx: ReadContext, fn: AccessFunction): string | undefined {
  const params = fn.params.filter((p) => !(p.type === 'Identifier' && p.name === 'this')); // a TS `this:` annotation is no parameter
  const [first, second] = params;
  if (second)
    ctx.error(
      'invalid-access',
      second,
      `The access callback takes one parameter (such as \`allow\`), found another one ${ctx.quote(second)}`,
    );
  if (!first) return undefined;
  if (first.type === 'Identifier') return first.name;
  ctx.error(
    'invalid-access',
    first,
    `Expected a single parameter name such as \`allow\` for the access callback, found ${describe(first)} ${ctx.quote(first)}`,
  );
  return undefined;
}

/** The expression the callback returns: its expression body, or the argument of its (first) return. */
function returned(ctx: ReadContext, fn: AccessFunction): t.Node | undefined {
  if (fn.body.type !== 'BlockStatement') return fn.body;
  const statements = fn.body.body;
  const first = statements.find((s): s is t.ReturnStatement => s.type === 'ReturnStatement');
  for (const statement of statements) {
    if (statement === first || statement.type === 'EmptyStatement') continue;
    ctx.warn(
      'access-statement-ignored',
      statement,
      `Ignored statement in the access callback: ${ctx.quote(statement)}; only the object literal it returns is read`,
    );
  }
  if (!first?.argument)
    ctx.error(
      'invalid-access',
      first ?? fn.body,
      `The access callback returns nothing; expected \`return { 'path/*': [...] }\``,
    );
  return first?.argument ?? undefined;
}

/** Reads the `access` option down to its object literal and parameter name, reporting what it cannot. */
export function readAccessCallback(
  ctx: ReadContext,
  property: t.ObjectProperty | t.ObjectMethod,
): ReadCallback {
  const fn = accessFunction(ctx, property);
  if (!fn) return {};
  const param = parameterName(ctx, fn);
  const body = returned(ctx, fn);
  if (!body) return param === undefined ? {} : { param };
  const record = unwrap(body);
  if (record.type !== 'ObjectExpression') {
    ctx.error(
      'invalid-access',
      body,
      `Expected the access callback to return an object literal such as \`({ 'media/*': [...] })\`, found ${describe(body)} ${ctx.quote(body)}`,
    );
    return param === undefined ? {} : { param };
  }
  return param === undefined ? { record } : { record, param };
}
