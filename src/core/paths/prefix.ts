/**
 * Amplify's notion of "Q is a prefix of P": P starts with Q with every `*` removed
 * (validate_storage_access_paths.ts and storage_access_orchestrator.ts both use it).
 */
export function prefixForm(path: string): string {
  // Most paths have one "*", at the end: slicing it off is far cheaper than a replaceAll.
  const star = path.indexOf('*');
  if (star < 0) return path;
  return star === path.length - 1 ? path.slice(0, -1) : path.replaceAll('*', '');
}

interface TrieNode<T> {
  /** The characters from the parent to here (empty only at the root). */
  edge: string;
  /** Values stored under exactly the key that ends here. */
  values: T[] | undefined;
  /** Children by the first UTF-16 unit of their edge (a number: cheaper to hash than a string). */
  children: Map<number, TrieNode<T>> | undefined;
}

const node = <T>(edge: string, values?: T[], children?: Map<number, TrieNode<T>>): TrieNode<T> => ({
  edge,
  values,
  children,
});

/**
 * A radix trie (path-compressed: one node per branch or key end, not per character) over prefix
 * forms. `under(path)` walks `path` once and returns every stored value whose key is a prefix of
 * it, so "which paths are prefixes of this one" costs O(length) instead of a scan over all paths
 * (Amplify's own check is quadratic). Compression matters: a node per character made the tries
 * of a 5,000-path design allocate so much that garbage collection dominated compilation.
 */
export class PrefixTrie<T> {
  private readonly root: TrieNode<T> = node('');

  add(key: string, value: T): void {
    (this.nodeAt(key).values ??= []).push(value);
  }

  /**
   * `add` of each of `values` in order, walking the trie once. The trie keeps `values` itself
   * when the key had none: the caller gives it up.
   */
  addAll(key: string, values: T[]): void {
    const at = this.nodeAt(key);
    if (!at.values) at.values = values;
    else for (let i = 0; i < values.length; i++) at.values.push(values[i]!);
  }

  /** The node where `key` ends, made (and an edge split) if there is none yet. */
  private nodeAt(key: string): TrieNode<T> {
    let at: TrieNode<T> = this.root;
    let pos = 0;
    for (;;) {
      if (pos === key.length) return at;
      const first = key.charCodeAt(pos);
      const child = at.children?.get(first);
      if (!child) {
        const leaf = node<T>(key.slice(pos));
        (at.children ??= new Map()).set(first, leaf);
        return leaf;
      }
      const common = commonLength(child.edge, key, pos);
      if (common < child.edge.length) {
        // Split the edge: a new node for the shared part, the old child below it.
        const middle = node(
          child.edge.slice(0, common),
          undefined,
          new Map([[child.edge.charCodeAt(common), child]]),
        );
        child.edge = child.edge.slice(common);
        at.children!.set(first, middle);
        at = middle;
      } else at = child;
      pos += common;
    }
  }

  /** Values stored under keys that are prefixes of `text` (shortest key first). */
  under(text: string): T[] {
    const found: T[] = [];
    this.collectUnder(text, found);
    return found;
  }

  /**
   * Same as `under`, written into a caller's array from index `from` (its end by default): the
   * hot path of every access decision. Returns the index after the last one written; what `out`
   * holds past it is left as it was, so a caller can reuse one array without emptying it (V8
   * frees an array's store when its length is set to 0, and the next push allocates it again).
   */
  collectUnder(text: string, out: T[], from = out.length): number {
    let n = from;
    let at: TrieNode<T> | undefined = this.root;
    let pos = 0;
    for (;;) {
      if (at.values) for (let v = 0; v < at.values.length; v++) out[n++] = at.values[v]!;
      if (pos >= text.length || !at.children) return n;
      at = at.children.get(text.charCodeAt(pos));
      if (!at || !text.startsWith(at.edge, pos)) return n;
      pos += at.edge.length;
    }
  }
}

/** How many UTF-16 units `edge` shares with `key` from `pos`. */
function commonLength(edge: string, key: string, pos: number): number {
  let n = 0;
  while (n < edge.length && pos + n < key.length && edge.charCodeAt(n) === key.charCodeAt(pos + n))
    n++;
  return n;
}
