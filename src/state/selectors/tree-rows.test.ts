import { describe, expect, it } from 'vitest';
import { matrixRowHeads } from '../../core';
import { ancestorsOf, hiddenByCollapse, subpathCountsOf, treeRowsOf } from './tree-rows';

// Design order mixes the subtrees: the tree puts each subpath under its parent.
const PATHS = [
  'media/*', // 0
  'other/*', // 1
  'media/photos/*', // 2
  'media/photos/raw/*', // 3
  'media/videos/*', // 4
  'other/inbox/*', // 5
  'lone/*', // 6
];
const heads = matrixRowHeads(PATHS);
const tree = treeRowsOf(heads);
const order = (indices: Iterable<number>) => [...indices].map((i) => PATHS[i]);

describe('subtrees', () => {
  it('counts every subpath under a row, at any depth', () => {
    const counts = subpathCountsOf(tree);
    expect(Object.fromEntries([...counts].map(([i, n]) => [PATHS[i], n]))).toEqual({
      'media/*': 3,
      'other/*': 1,
    });
    // Amplify's parent is the outermost defined prefix, so rows nest one deep; a deeper chain
    // (hand-made heads) is counted all the same.
    const deep = treeRowsOf([
      { pathIndex: 0, path: 'a/*' },
      { pathIndex: 1, path: 'a/b/*', parentIndex: 0 },
      { pathIndex: 2, path: 'a/b/c/*', parentIndex: 1 },
      { pathIndex: 3, path: 'z/*' },
    ]);
    expect([...subpathCountsOf(deep)]).toEqual([
      [1, 1],
      [0, 2],
    ]);
    expect([...hiddenByCollapse(deep, (i) => i === 1)]).toEqual([2]);
    expect([...hiddenByCollapse(deep, (i) => i === 0 || i === 1)]).toEqual([1, 2]);
  });

  it('a collapsed row hides its subpaths', () => {
    expect(order(hiddenByCollapse(tree, (i) => i === 0))).toEqual([
      'media/photos/*',
      'media/photos/raw/*',
      'media/videos/*',
    ]);
    expect(hiddenByCollapse(tree, (i) => i === 2).size).toBe(0);
    expect(order(hiddenByCollapse(tree, (i) => i === 1 || i === 6))).toEqual(['other/inbox/*']);
    expect(hiddenByCollapse(tree, () => false).size).toBe(0);
  });

  it('lists a row’s ancestors, parent first', () => {
    expect(order(ancestorsOf(heads, 3))).toEqual(['media/*']);
    const chain = [
      { pathIndex: 0, path: 'a/*' },
      { pathIndex: 1, path: 'a/b/*', parentIndex: 0 },
      { pathIndex: 2, path: 'a/b/c/*', parentIndex: 1 },
    ];
    expect(ancestorsOf(chain, 2)).toEqual([1, 0]);
    expect(ancestorsOf(heads, 6)).toEqual([]);
  });
});
