/**
 * JSON with object keys sorted, so that two equal designs give the same text whatever order their
 * objects' keys were written in (an edit may add `versioned` after `triggers`, the reader before).
 */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
