/**
 * Memoizes a derivation on one object's identity (TanStack's rule: derived models are memoized on
 * their inputs, never stored). The core's edits keep untouched objects, so identity is exactly
 * "did this part change". WeakMap: old designs are collected with their derivations.
 */
export function memoOn<K extends object, V>(derive: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    if (cache.has(key)) return cache.get(key)!;
    const value = derive(key);
    cache.set(key, value);
    return value;
  };
}

/** Memoizes on an object plus a primitive (e.g. the design and a storage index). */
export function memoOn2<K extends object, P extends string | number, V>(
  derive: (key: K, part: P) => V,
): (key: K, part: P) => V {
  const cache = new WeakMap<K, Map<P, V>>();
  return (key, part) => {
    let byPart = cache.get(key);
    if (!byPart) cache.set(key, (byPart = new Map()));
    if (byPart.has(part)) return byPart.get(part)!;
    const value = derive(key, part);
    byPart.set(part, value);
    return value;
  };
}
