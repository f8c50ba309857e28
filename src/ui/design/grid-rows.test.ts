import { describe, expect, it } from 'vitest';
import type { Finding } from '../../core';
import type { GridItem } from './grid-items';
import { gridRowsOf } from './grid-rows';

const finding = (fixes: number) =>
  ({
    ...(fixes > 0 ? { fix: { title: 'a' } } : {}),
    ...(fixes > 1 ? { alternatives: [{ title: 'b' }] } : {}),
  }) as unknown as Finding;
// Path 0 (with subpaths) and a finding with two fixes; path 2 (path 1 filtered out) and an
// unfixable finding; path 3.
const items: GridItem[] = [
  { kind: 'path', pathIndex: 0, errors: false },
  { kind: 'finding', pathIndex: 0, finding: finding(2), n: 0 },
  { kind: 'path', pathIndex: 2, errors: false },
  { kind: 'finding', pathIndex: 2, finding: finding(0), n: 0 },
  { kind: 'path', pathIndex: 3, errors: false },
];
const rows = gridRowsOf(items, 2, (i) => i === 0);

describe('gridRowsOf', () => {
  it('finds rows by key and back, without a table of keys', () => {
    expect(items.map((_, r) => rows.key(r))).toEqual(['p0', 'f0-0', 'p2', 'f2-0', 'p3']);
    items.forEach((_, r) => expect(rows.indexOf(rows.key(r)!)).toBe(r));
    expect(rows.indexOf('p1')).toBeUndefined();
    expect(rows.indexOf('f0-1')).toBeUndefined();
    expect(rows.indexOf('p9')).toBeUndefined();
    expect(rows.indexOf('x')).toBeUndefined();
  });

  it('gives a path row its fold button only with subpaths, then name, 2 × 5 boxes and 3 buttons', () => {
    expect([rows.first(0), rows.last(0)]).toEqual([0, 14]);
    expect([rows.first(2), rows.last(2)]).toEqual([1, 14]);
    // A finding's row: a cell per fix, or no cell at all.
    expect([rows.first(1), rows.last(1)]).toEqual([0, 1]);
    expect(rows.last(3)).toBeLessThan(rows.first(3));
  });
});
