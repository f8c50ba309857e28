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
 * too. `key` is the property name or array index `value` sits under (what `toJSON` receives).
 */
export function cachedJson(
  value: unknown,
  depth: number,
  key: string | number = '',
): string | undefined {
  if (typeof value !== 'object' || value === null) return leaf(value, key);
  const kept = texts.get(value);
  if (kept !== undefined) return kept;
  // Boxed primitives, class instances and `toJSON` objects are JSON.stringify's alone, unkept.
  if (!isPlain(value) || typeof (value as { toJSON?: unknown }).toJSON === 'function')
    return leaf(value, key);
  let text: string;
  if (depth <= 0) text = JSON.stringify(value);
  else if (Array.isArray(value)) {
    const blocks: string[] = [];
    for (let start = 0; start < value.length; start += BLOCK)
      blocks.push(blockJson(value, start, Math.min(start + BLOCK, value.length), depth - 1));
    text = `[${commaList(blocks)}]`;
  } else text = objectJson(value as Record<string, unknown>, depth - 1);
  texts.set(value, text);
  return text;
}

/**
 * Items per block of an array's text: after a tick, a 2,000-path list is 31 kept blocks and one
 * written again, not 2,000 lookups and a join of 2,000 texts.
 */
const BLOCK = 64;

/** A block's text by its first item, with the items it was written from. */
const blockTexts = new WeakMap<object, { items: readonly unknown[]; text: string }>();

/**
 * The text of `array[start..end)`, items joined by commas. Kept only when no item's text depends
 * on its index (a `toJSON` object's or a bigint's may), so the same items give the same text
 * wherever the block starts.
 */
function blockJson(array: readonly unknown[], start: number, end: number, depth: number): string {
  const first = array[start];
  const keyed = typeof first === 'object' && first !== null;
  const kept = keyed ? blockTexts.get(first) : undefined;
  if (kept && sameItems(kept.items, array, start, end)) return kept.text;
  const items: string[] = [];
  let indexFree = true;
  // Indexed, not map(): a hole is written as null, as JSON.stringify does.
  for (let i = start; i < end; i++) {
    const item = array[i];
    items.push(cachedJson(item, depth, i) ?? 'null');
    if (indexFree && !textIgnoresKey(item)) indexFree = false;
  }
  const text = items.join(',');
  if (keyed && indexFree) blockTexts.set(first, { items: array.slice(start, end), text });
  return text;
}

function sameItems(
  items: readonly unknown[],
  array: readonly unknown[],
  start: number,
  end: number,
) {
  if (items.length !== end - start) return false;
  for (let k = 0; k < items.length; k++) if (items[k] !== array[start + k]) return false;
  return true;
}

/** Whether JSON.stringify writes `value` the same under any key (no toJSON is called on it). */
const textIgnoresKey = (value: unknown) =>
  typeof value === 'object' && value !== null
    ? isPlain(value) && typeof (value as { toJSON?: unknown }).toJSON !== 'function'
    : typeof value !== 'bigint';

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
  return `{${commaList(members)}}`;
}

/**
 * A value written by JSON.stringify itself, as the member `key` of an object (so a `toJSON` gets
 * the key it would get; primitives do not depend on it). Undefined when JSON.stringify leaves the
 * member out (undefined, functions, symbols).
 */
function leaf(value: unknown, key: string | number): string | undefined {
  const hasToJson =
    (typeof value === 'object' && value !== null) || typeof value === 'bigint'
      ? typeof (value as { toJSON?: unknown }).toJSON === 'function'
      : false;
  if (!hasToJson) return JSON.stringify(value) as string | undefined;
  const name = String(key); // An array item's key is its index as a string.
  const holder = JSON.stringify({ [name]: value });
  const head = JSON.stringify(name).length + 2; // `{"key":`
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
  return `{${commaList(parts)}}`;
}

/**
 * Texts joined by commas with `+`, not `join`: V8's `join` copies every character into a new
 * string, so each level of a 2,000-path design (the paths, their storage, the design, the design
 * file, the envelope) copied its 260 KB again; `+` makes a rope that is copied once, by setItem.
 * (A block's short items are joined: there the copy is small and a flat string reads faster.)
 */
function commaList(texts: readonly string[]): string {
  let out = texts[0] ?? '';
  for (let i = 1; i < texts.length; i++) out += `,${texts[i]}`;
  return out;
}
