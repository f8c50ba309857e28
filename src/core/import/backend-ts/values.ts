import type * as t from '@babel/types';
import { describe, memberName, unwrap } from '../resource-ts/expressions';
import type { ReadContext } from './context';
import type { BackendImportProblemCode } from './codes';

/** A string value and the node it was written as (a list item keeps its own place). */
export interface Located {
  readonly value: string;
  readonly node: t.Node;
}

const NOT_FOLLOWED =
  'the importer reads literals, template literals of known values and top-level consts, not computed values';

/**
 * The string an expression stands for without running the file: a literal, a template literal
 * whose substitutions are known (`${customBucket.bucketArn}`, a const), `a + b`, or a const.
 * Undefined (and an error at the node) for anything else.
 */
export function stringOf(
  ctx: ReadContext,
  node: t.Node,
  what: string,
  code: BackendImportProblemCode = 'unresolved-value',
): string | undefined {
  const value = tryString(ctx, node);
  if (value === undefined)
    ctx.error(
      code,
      node,
      `Cannot read ${what} from ${describe(node)} ${ctx.quote(node)}: ${NOT_FOLLOWED}`,
    );
  return value;
}

/** `stringOf` without reporting: undefined when the value is not known. */
export function tryString(ctx: ReadContext, node: t.Node): string | undefined {
  const value = unwrap(node);
  switch (value.type) {
    case 'StringLiteral':
      return value.value;
    case 'TemplateLiteral': {
      let text = '';
      for (let i = 0; i < value.quasis.length; i++) {
        const cooked = value.quasis[i]!.value.cooked;
        if (cooked == null) return undefined;
        text += cooked;
        const expression = value.expressions[i];
        if (expression) {
          const part = tryString(ctx, expression);
          if (part === undefined) return undefined;
          text += part;
        }
      }
      return text;
    }
    case 'BinaryExpression': {
      if (value.operator !== '+' || value.left.type === 'PrivateName') return undefined;
      const left = tryString(ctx, value.left);
      const right = left === undefined ? undefined : tryString(ctx, value.right);
      return right === undefined ? undefined : left! + right;
    }
    case 'Identifier': {
      const binding = ctx.bindings.get(value.name);
      return binding?.kind === 'string' ? binding.value : undefined;
    }
    case 'MemberExpression':
      return bucketMember(ctx, value);
    default:
      return undefined;
  }
}

/** `bucket.bucketName`, `bucket.bucketArn`, `bucket.env.region` of an imported bucket. */
function bucketMember(ctx: ReadContext, node: t.MemberExpression): string | undefined {
  const name = memberName(node);
  const object = unwrap(node.object);
  if (object.type === 'Identifier') {
    const binding = ctx.bindings.get(object.name);
    if (binding?.kind !== 'bucket') return undefined;
    if (name === 'bucketName') return binding.bucket.bucketName;
    if (name === 'bucketArn') return binding.bucket.arn;
    return undefined;
  }
  if (name === 'region' && object.type === 'MemberExpression' && memberName(object) === 'env') {
    const inner = unwrap(object.object);
    const binding = inner.type === 'Identifier' ? ctx.bindings.get(inner.name) : undefined;
    return binding?.kind === 'bucket' ? binding.bucket.region : undefined;
  }
  return undefined;
}

/** Each string literal of a tagged-template chain `` `a` `b` `c` `` (a list with missing commas). */
function taggedItems(node: t.TaggedTemplateExpression): t.Node[] | undefined {
  const tag = unwrap(node.tag);
  const head =
    tag.type === 'TaggedTemplateExpression'
      ? taggedItems(tag)
      : tag.type === 'TemplateLiteral' || tag.type === 'StringLiteral'
        ? [tag]
        : undefined;
  return head && [...head, node.quasi];
}

/**
 * The strings of an array literal (or a const holding one). Two template literals with no comma
 * between them parse as a tagged template: each gets its own error at the second literal, with the
 * fix, and both items are read so the rest of the file is still checked.
 */
export function stringListOf(ctx: ReadContext, node: t.Node, what: string): Located[] | undefined {
  const value = unwrap(node);
  if (value.type === 'Identifier') {
    const binding = ctx.bindings.get(value.name);
    if (binding?.kind === 'strings') return binding.values.map((v) => ({ value: v, node }));
  }
  if (value.type !== 'ArrayExpression') {
    ctx.error(
      'unresolved-value',
      node,
      `Expected an array literal of ${what} such as \`['s3:GetObject']\`, found ${describe(node)} ${ctx.quote(node)}`,
    );
    return undefined;
  }
  const out: Located[] = [];
  for (const element of value.elements) {
    if (element === null) {
      ctx.error(
        'unresolved-value',
        value,
        `Empty slot (two commas in a row) in the ${what} ${ctx.quote(value)}`,
      );
      continue;
    }
    if (element.type === 'SpreadElement') {
      const spread = unwrap(element.argument);
      const binding = spread.type === 'Identifier' ? ctx.bindings.get(spread.name) : undefined;
      if (binding?.kind === 'strings')
        out.push(...binding.values.map((v) => ({ value: v, node: element })));
      else stringOf(ctx, element, `one of the ${what}`);
      continue;
    }
    const unwrapped = unwrap(element);
    const items =
      unwrapped.type === 'TaggedTemplateExpression' ? taggedItems(unwrapped) : undefined;
    if (items) {
      for (const [i, item] of items.entries()) {
        if (i > 0) {
          ctx.error(
            'missing-comma-tagged-template',
            item,
            `A comma is missing before this template literal: without it, JavaScript calls the ${what.replace(/s$/, '')} before it as a tag (a tagged template), which TypeScript rejects; insert a comma after ${ctx.quote(items[i - 1]!)}`,
          );
          const end = ctx.loc(items[i - 1]!);
          const at = {
            line: end.endLine,
            column: end.endColumn,
            endLine: end.endLine,
            endColumn: end.endColumn,
          };
          ctx.fixLast({ title: 'Insert a comma', loc: at, text: ',' });
        }
        const text = stringOf(ctx, item, `one of the ${what}`);
        if (text !== undefined) out.push({ value: text, node: item });
      }
      continue;
    }
    const text = stringOf(ctx, element, `one of the ${what}`);
    if (text !== undefined) out.push({ value: text, node: element });
  }
  return out;
}
