import { describe, expect, it } from 'vitest';
import { memoRecent, memoRecent2, RECENT_KEYS, RecentMap } from './memo';

describe('RecentMap', () => {
  it('keeps the keys used last, up to its limit', () => {
    const map = new RecentMap<string, number>(2);
    map.set('a', 1);
    map.set('b', 2);
    expect(map.get('a')).toBe(1); // now b is the oldest
    map.set('c', 3);
    expect(map.has('b')).toBe(false);
    expect(map.get('a')).toBe(1);
    expect(map.get('c')).toBe(3);
  });
});

describe('memoRecent', () => {
  it('derives once per recent key, and again for a key that fell out', () => {
    const calls: object[] = [];
    const derive = memoRecent((key: { n: number }) => {
      calls.push(key);
      return { twice: key.n * 2 };
    });
    const keys = Array.from({ length: RECENT_KEYS + 1 }, (_, n) => ({ n }));
    const first = derive(keys[0]!);
    expect(derive(keys[0]!)).toBe(first);
    for (const key of keys.slice(1)) derive(key);
    expect(calls).toHaveLength(RECENT_KEYS + 1);
    // keys[0] was the oldest: derived again, equal but not the same object.
    const again = derive(keys[0]!);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
    expect(derive(keys.at(-1)!)).toEqual({ twice: RECENT_KEYS * 2 });
    expect(calls).toHaveLength(RECENT_KEYS + 2);
  });

  it('memoRecent2 keeps each part of a recent key', () => {
    let calls = 0;
    const derive = memoRecent2((key: { n: number }, part: number) => {
      calls++;
      return [key.n, part];
    });
    const key = { n: 1 };
    expect(derive(key, 0)).toBe(derive(key, 0));
    expect(derive(key, 1)).toEqual([1, 1]);
    expect(calls).toBe(2);
  });
});
