/** Where a memo keeps what it derived: a WeakMap (as long as the key lives) or a `RecentMap`. */
interface Cache<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): void;
}

// The value is boxed, so that a derivation may return undefined and still be kept.
function memoIn<K, V>(cache: Cache<K, { value: V }>, derive: (key: K) => V): (key: K) => V {
  return (key) => {
    let known = cache.get(key);
    if (!known) cache.set(key, (known = { value: derive(key) }));
    return known.value;
  };
}

function memoIn2<K, P, V>(
  cache: Cache<K, Map<P, V>>,
  derive: (key: K, part: P) => V,
): (key: K, part: P) => V {
  return (key, part) => {
    let byPart = cache.get(key);
    if (!byPart) cache.set(key, (byPart = new Map()));
    if (byPart.has(part)) return byPart.get(part)!;
    const value = derive(key, part);
    byPart.set(part, value);
    return value;
  };
}

/**
 * Memoizes a derivation on one object's identity (TanStack's rule: derived models are memoized on
 * their inputs, never stored). The core's edits keep untouched objects, so identity is exactly
 * "did this part change". WeakMap: old designs are collected with their derivations.
 */
export const memoOn = <K extends object, V>(derive: (key: K) => V): ((key: K) => V) =>
  memoIn(new WeakMap(), derive);

/** Memoizes on an object plus a primitive (e.g. the design and a storage index). */
export const memoOn2 = <K extends object, P extends string | number, V>(
  derive: (key: K, part: P) => V,
): ((key: K, part: P) => V) => memoIn2(new WeakMap(), derive);

/**
 * How many designs keep their derivations (`memoRecent`): the store's, the one the derived views
 * follow, the one out for validation and the one waiting, with room to spare. Older designs
 * (the undo history holds up to 200) derive again if they come back.
 */
export const RECENT_KEYS = 8;

/**
 * A map that keeps only the `limit` keys used last. For derivations of designs: a WeakMap keyed on
 * the design keeps them as long as the undo history holds the design, so every tick left its
 * compiled policies, matrix rows and findings alive (about 0.35 MB a tick at 500 paths), and the
 * heap grew until a major GC, the slowest clicks.
 */
export class RecentMap<K, V> {
  private readonly map = new Map<K, V>();
  private last: K | undefined;
  constructor(private readonly limit: number = RECENT_KEYS) {}

  has(key: K): boolean {
    return this.map.has(key);
  }

  /** The value, now the most recently used. */
  get(key: K): V | undefined {
    const value = this.map.get(key);
    if (value !== undefined && key !== this.last) {
      this.map.delete(key);
      this.map.set(key, value);
      this.last = key;
    }
    return value;
  }

  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    this.last = key;
    if (this.map.size > this.limit) this.map.delete(this.map.keys().next().value!);
  }
}

/** `memoOn`, for the `RECENT_KEYS` keys used last only (see `RecentMap`). */
export const memoRecent = <K extends object, V>(derive: (key: K) => V): ((key: K) => V) =>
  memoIn(new RecentMap(), derive);

/** `memoOn2`, for the `RECENT_KEYS` objects used last only (see `RecentMap`). */
export const memoRecent2 = <K extends object, P extends string | number, V>(
  derive: (key: K, part: P) => V,
): ((key: K, part: P) => V) => memoIn2(new RecentMap(), derive);
