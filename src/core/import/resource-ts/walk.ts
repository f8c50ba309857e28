import type * as t from '@babel/types';

/** Keys that hold no child syntax (or comments, which are not code). */
const SKIPPED_KEYS = new Set([
  'loc',
  'start',
  'end',
  'extra',
  'range',
  'leadingComments',
  'trailingComments',
  'innerComments',
]);

function isNode(value: unknown): value is t.Node {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string'
  );
}

/** Pushes the node's children onto `stack` so that the first child is popped first. */
function pushChildren(node: t.Node, stack: t.Node[]): void {
  const found: t.Node[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (SKIPPED_KEYS.has(key)) continue;
    // No push(...spread): an array literal may have hundreds of thousands of elements.
    if (Array.isArray(value)) for (const item of value) if (isNode(item)) found.push(item);
    if (isNode(value)) found.push(value);
  }
  for (let i = found.length - 1; i >= 0; i--) stack.push(found[i] as t.Node);
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
    else pushChildren(node, stack);
  }
  return found.sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
}
