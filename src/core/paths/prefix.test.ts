import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PrefixTrie } from './prefix';

describe('PrefixTrie', () => {
  it('finds the values of every stored key that is a prefix of the text, shortest first, in insertion order', () => {
    const trie = new PrefixTrie<string>();
    for (const key of ['media/', 'media/a/', '', 'media/', 'med', 'media/ab/', 'other/'])
      trie.add(key, key || '(root)');
    expect(trie.under('media/ab/x')).toEqual(['(root)', 'med', 'media/', 'media/', 'media/ab/']);
    expect(trie.under('media/a')).toEqual(['(root)', 'med', 'media/', 'media/']);
    expect(trie.under('me')).toEqual(['(root)']);
  });

  it('agrees with a scan over all keys (splitting shared edges in any order)', () => {
    const text = fc.string({
      unit: fc.constantFrom('a', 'b', '/', '*', '\u{1F600}'),
      maxLength: 8,
    });
    fc.assert(
      fc.property(
        fc.array(text, { maxLength: 30 }),
        fc.array(text, { maxLength: 10 }),
        (keys, queries) => {
          const trie = new PrefixTrie<number>();
          keys.forEach((k, i) => trie.add(k, i));
          for (const q of queries) {
            const expected = keys
              .map((k, i) => [k, i] as const)
              .filter(([k]) => q.startsWith(k))
              .sort((a, b) => a[0].length - b[0].length || a[1] - b[1])
              .map(([, i]) => i);
            expect(trie.under(q)).toEqual(expected);
          }
        },
      ),
    );
  });
});
