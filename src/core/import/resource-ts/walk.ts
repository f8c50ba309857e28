import type * as t from '@babel/types';

/** Keys that hold no child syntax (or comments, which are not code). */
const SKIPPED_KEYS = new Set(['loc', 'start', 'end', 'extra', 'range', 'leadingComments', 'trailingComments', 'innerComments']);

function isNode(value: unknown): value is t.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

function children(node: t.Node): t.Node[] {
  const found: t.Node[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (SKIPPED_KEYS.has(key)) continue;
    if (Array.isArray(value)) found.push(...value.filter(isNode));
    else if (isNode(value)) found.push(value);
  }
  return found;
}

/**
 * Every node matching `match`, in source order, without looking inside a match. Iterative with an
 * explicit stack, because a deeply nested (yet parseable) source must not overflow ours.
 */
export function findAll<T extends t.Node>(root: t.Node, match: (node: t.Node) => node is T): T[] {
  const found: T[] = [];
  const stack: t.Node[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (match(node)) found.push(node);
    else stack.push(...children(node).reverse());
  }
  return found.sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
}
