/**
 * `next`, with every part that equals the same part of `prev` replaced by `prev`'s own object:
 * the core's rule that an edit keeps untouched references, for a design that arrives whole (read
 * from code). Memoized derivations then recompute only what really changed, and a `next` equal
 * to `prev` is `prev` itself. Plain JSON-like data only (what a Design is).
 */
export function keepUnchanged<T>(prev: T, next: T): T {
  if (Object.is(prev, next)) return prev;
  if (Array.isArray(prev) && Array.isArray(next)) {
    const items = next.map((item, i) => (i < prev.length ? keepUnchanged(prev[i], item) : item));
    const same = prev.length === next.length && items.every((item, i) => item === prev[i]);
    return (same ? prev : items) as T;
  }
  if (isRecord(prev) && isRecord(next) && !Array.isArray(prev) && !Array.isArray(next)) {
    const keys = Object.keys(next);
    const out: Record<string, unknown> = {};
    for (const key of keys)
      out[key] = key in prev ? keepUnchanged(prev[key], next[key]) : next[key];
    const same =
      keys.length === Object.keys(prev).length &&
      keys.every((key) => key in prev && out[key] === prev[key]);
    return (same ? prev : out) as T;
  }
  return next;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;
