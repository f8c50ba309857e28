import type * as t from '@babel/types';
import type { ImportProblemCode } from './codes';
import type { ReadContext } from './context';
import { describe, stringValue, unwrap } from './expressions';

/** Why a variable or spread is refused where a literal is expected: the importer does not evaluate code. */
function inPlace(node: t.Node): string {
  const type = unwrap(node).type;
  return type === 'Identifier' || type === 'SpreadElement'
    ? ': the importer reads values written in place, not variables'
    : '';
}

/**
 * The strings of an array literal such as `['read', 'write']`, kept as written. Undefined (and an
 * error) when `node` is not an array literal; an element that is not a string literal is reported
 * with `codes.item` at that element and skipped, so one typo does not hide the others.
 */
export function readStringList(
  ctx: ReadContext,
  node: t.Node,
  codes: { list: ImportProblemCode; item: ImportProblemCode },
  what: { list: string; item: string },
): string[] | undefined {
  const array = unwrap(node);
  if (array.type !== 'ArrayExpression') {
    const example = what.list === 'actions' ? "['read']" : "['admin']";
    ctx.error(
      codes.list,
      node,
      `Expected an array literal of ${what.list} such as \`${example}\`, found ${describe(node)} ${ctx.quote(node)}${inPlace(node)}`,
    );
    return undefined;
  }
  const values: string[] = [];
  for (let i = 0; i < array.elements.length; i++) {
    const element = array.elements[i] ?? null; // in bounds: `?? null` only narrows the type
    if (element === null) {
      ctx.error(
        codes.item,
        array,
        `Empty slot (two commas in a row) in the ${what.list} ${ctx.quote(array)}`,
      );
      continue;
    }
    const value = stringValue(element);
    if (value === undefined) {
      ctx.error(
        codes.item,
        element,
        `Expected a string literal as ${what.item}, found ${describe(element)} ${ctx.quote(element)}${inPlace(element)}`,
      );
    } else values.push(value);
  }
  return values;
}
