import type * as t from '@babel/types';
import type { ReadContext } from './context';
import { describe, unwrap } from './expressions';

/**
 * The storage path an access-record key spells, exactly as its string value (escapes decoded).
 * Accepted: `'a/*'`, `"a/*"`, `` [`a/*`] ``, `['a/*']`, and a bare identifier (`a`, the string "a").
 * Anything whose value needs evaluating is reported at the key and yields undefined.
 */
export function readPathKey(
  ctx: ReadContext,
  property: t.ObjectProperty | t.ObjectMethod,
): string | undefined {
  const key = property.computed ? unwrap(property.key) : property.key;
  if (key.type === 'StringLiteral') return key.value;
  if (!property.computed && key.type === 'Identifier') return key.name;
  if (property.computed && key.type === 'TemplateLiteral' && key.expressions.length === 0) {
    const cooked = key.quasis[0]?.value.cooked;
    if (typeof cooked === 'string') return cooked;
  }
  const found =
    property.computed && key.type !== 'TemplateLiteral'
      ? `a computed key [${ctx.quote(key)}]`
      : `${describe(key)} ${ctx.quote(key)}`;
  ctx.error(
    'invalid-path-key',
    key,
    `Expected a string literal as the storage path key, found ${found}`,
  );
  return undefined;
}
