/**
 * Amplify's notion of "Q is a prefix of P": P starts with Q with every `*` removed
 * (validate_storage_access_paths.ts and storage_access_orchestrator.ts both use it).
 */
export function prefixForm(path: string): string {
  return path.replaceAll('*', '');
}

interface TrieNode<T> {
  readonly next: Map<string, TrieNode<T>>;
  readonly values: T[];
}

/**
 * A character trie over prefix forms. `under(path)` walks `path` once and returns every stored
 * value whose key is a prefix of it, so "which paths are prefixes of this one" costs O(length)
 * instead of a scan over all paths (Amplify's own check is quadratic).
 */
export class PrefixTrie<T> {
  private readonly root: TrieNode<T> = { next: new Map(), values: [] };

  add(key: string, value: T): void {
    let node = this.root;
    // UTF-16 units, as forEachUnder walks: both sides must split text the same way.
    for (const ch of key.split('')) {
      let child = node.next.get(ch);
      if (!child) {
        child = { next: new Map(), values: [] };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.values.push(value);
  }

  /** Values stored under keys that are prefixes of `text` (shortest key first). */
  under(text: string): T[] {
    const found: T[] = [];
    this.collectUnder(text, found);
    return found;
  }

  /** Same as `under`, appending to a caller's array: the hot path of every access decision. */
  collectUnder(text: string, out: T[]): void {
    let node: TrieNode<T> | undefined = this.root;
    for (let i = 0; ; i++) {
      for (let v = 0; v < node.values.length; v++) out.push(node.values[v]!);
      if (i >= text.length) return;
      node = node.next.get(text[i]!);
      if (!node) return;
    }
  }
}
