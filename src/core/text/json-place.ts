import { JsonSyntaxError, parseJsonSource, pointerSegment } from './json-source';
import { createPositions } from './positions';

/** Where in a JSON file's text something is (1-based, columns in UTF-16 units as editors count). */
export interface JsonPlace {
  readonly line: number;
  readonly column: number;
}

/**
 * Where JSON.parse failed: its message has no line in some engines and none at all for
 * "Unexpected end", so the located reader parses again to find the place.
 */
export function jsonSyntaxPlace(text: string): { place: JsonPlace; message: string } | undefined {
  try {
    parseJsonSource(text);
  } catch (e) {
    if (e instanceof JsonSyntaxError) {
      const { line, column } = createPositions(text).location(e.offset, e.offset);
      return { place: { line, column }, message: e.message };
    }
  }
  return undefined;
}

/**
 * Line and column of the value at `path` (of its key, for a key that should not be there); the
 * deepest written value on the path when the last keys are missing.
 */
export function jsonPathPlace(
  text: string,
  path: readonly (string | number)[],
): JsonPlace | undefined {
  let spans;
  try {
    spans = parseJsonSource(text).spans;
  } catch {
    return undefined; // Deeper than that reader goes: the message still names the field.
  }
  for (let n = path.length; n >= 0; n--) {
    const span = spans.get(
      path
        .slice(0, n)
        .map((key) => `/${pointerSegment(key)}`)
        .join(''),
    );
    if (!span) continue;
    const start = n === path.length && span.key ? span.key.start : span.start;
    const { line, column } = createPositions(text).location(start, start);
    return { line, column };
  }
  return undefined;
}
