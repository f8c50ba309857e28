/**
 * `JSON.stringify` (compact) whose text for each object it walks is kept by reference, so saving a
 * design after an edit writes again only what the edit replaced. The store's designs are immutable
 * (readonly types; an edit makes new objects along the edited path and shares the rest), so an
 * object's text never goes stale. The output is byte for byte JSON.stringify's: a property test
 * holds it there over random values (key order, undefined, holes, toJSON, lone surrogates).
 */

/** An object's JSON text by reference (never a `toJSON` object's: its text may depend on its key). */
const texts = new WeakMap<object, string>();

/**
 * `JSON.stringify(value)`. Objects and arrays down to `depth` levels are walked here, their text
 * assembled from their children's and kept; below that each object is one `JSON.stringify`, kept
 * too. `key` is the property name `value` sits under (what `toJSON` receives).
 */
export function cachedJson(value: unknown, depth: number, key = ''): string | undefined {
  if (typeof value !== 'object' || value === null) return leaf(value, key);
  const kept = texts.get(value);
  if (kept !== undefined) return kept;
  // Boxed primitives, class instances and `toJSON` objects are JSON.stringify's alone, unkept.
  if (!isPlain(value) || typeof (value as { toJSON?: unknown }).toJSON === 'function')
    return leaf(value, key);
  let text: string;
  if (depth <= 0) text = JSON.stringify(value);
  else if (Array.isArray(value)) {
    const items: string[] = [];
    // Indexed, not map(): a hole is written as null, as JSON.stringify does.
    for (let i = 0; i < value.length; i++)
      items.push(cachedJson(value[i], depth - 1, String(i)) ?? 'null');
    text = `[${items.join(',')}]`;
  } else text = objectJson(value as Record<string, unknown>, depth - 1);
  texts.set(value, text);
  return text;
}

const isPlain = (value: object) => {
  if (Array.isArray(value)) return true;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

/** An object's text from its own enumerable keys, in JSON.stringify's order (Object.keys'). */
function objectJson(value: Record<string, unknown>, depth: number): string {
  const members: string[] = [];
  for (const k of Object.keys(value)) {
    const text = cachedJson(value[k], depth, k);
    if (text !== undefined) members.push(`${JSON.stringify(k)}:${text}`);
  }
  return `{${members.join(',')}}`;
}

/**
 * A value written by JSON.stringify itself, as the member `key` of an object (so a `toJSON` gets
 * the key it would get; primitives do not depend on it). Undefined when JSON.stringify leaves the
 * member out (undefined, functions, symbols).
 */
function leaf(value: unknown, key: string): string | undefined {
  const hasToJson =
    (typeof value === 'object' && value !== null) || typeof value === 'bigint'
      ? typeof (value as { toJSON?: unknown }).toJSON === 'function'
      : false;
  if (!hasToJson) return JSON.stringify(value) as string | undefined;
  const holder = JSON.stringify({ [key]: value });
  const head = JSON.stringify(key).length + 2; // `{"key":`
  return holder.length > 2 ? holder.slice(head, -1) : undefined;
}

/**
 * A JSON object written from members already in JSON text, in the order given; an undefined text
 * leaves its member out, as JSON.stringify does for an undefined property.
 */
export function objectText(members: readonly (readonly [string, string | undefined])[]): string {
  const parts: string[] = [];
  for (const [k, text] of members)
    if (text !== undefined) parts.push(`${JSON.stringify(k)}:${text}`);
  return `{${parts.join(',')}}`;
}
