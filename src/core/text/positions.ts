/**
 * A span of source text. Lines and columns are 1-based; `endColumn` is the column just after the
 * last character (Monaco's convention), and columns count UTF-16 code units as editors do.
 */
export interface SourceLocation {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/**
 * Turns parser offsets into SourceLocations of the *original* source. The parser may have read a
 * repaired copy (commas inserted, see parse.ts), so offsets are first mapped back to the original.
 */
export interface Positions {
  /** Offset in the parsed text to offset in the original source. */
  toOriginal(offset: number): number;
  /** Location of the original-source range [start, end). */
  location(start: number, end: number): SourceLocation;
}

/** Offsets where a line starts; line terminators are those of ECMAScript, as babel counts them. */
function lineStarts(source: string): number[] {
  const starts = [0];
  // Most sources break lines with \n alone: then indexOf (native, fast even in a cold process)
  // finds them, instead of a loop over every character.
  if (!/[\r\u2028\u2029]/.test(source)) {
    for (let at = source.indexOf('\n'); at >= 0; at = source.indexOf('\n', at + 1))
      starts.push(at + 1);
    return starts;
  }
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 13 /* \r */ && source.charCodeAt(i + 1) === 10) continue; // \r\n is one break
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) starts.push(i + 1);
  }
  return starts;
}

/** Index of the last line start <= offset (binary search: sources may have many lines). */
function lineOf(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * @param source the original source
 * @param insertions original offsets before which one character was inserted, ascending
 */
export function createPositions(source: string, insertions: readonly number[] = []): Positions {
  const starts = lineStarts(source);
  const clamp = (offset: number) => Math.max(0, Math.min(source.length, offset));
  // The importer asks for thousands of locations: plain loops and no intermediate objects keep
  // a cold CLI run's garbage collector out of the way.
  const lineAt = (offset: number) => lineOf(starts, offset);
  // The \n of a \r\n is not a column of its own: such an offset means the end of that line.
  const unsplit = (at: number) =>
    at > 0 && source.charCodeAt(at - 1) === 13 && source.charCodeAt(at) === 10 ? at - 1 : at;
  return {
    toOriginal(offset) {
      // The k-th inserted character sits at parsed offset insertions[k] + k.
      let shift = 0;
      for (let k = 0; k < insertions.length; k++) if (insertions[k]! + k < offset) shift++;
      return clamp(offset - shift);
    },
    location(start, end) {
      const from = unsplit(clamp(start));
      const to = unsplit(clamp(Math.max(start, end)));
      const line = lineAt(from);
      const endLine = lineAt(to);
      return {
        line: line + 1,
        column: from - (starts[line] ?? 0) + 1,
        endLine: endLine + 1,
        endColumn: to - (starts[endLine] ?? 0) + 1,
      };
    },
  };
}

/**
 * Offset of a 1-based line and column in `source` (lines split as `createPositions` splits them),
 * clamped to the source: the inverse of a SourceLocation's start.
 */
export function offsetAt(source: string, line: number, column: number): number {
  const starts = lineStarts(source);
  if (line > starts.length) return source.length;
  const start = starts[Math.max(0, line - 1)] ?? 0;
  return Math.max(0, Math.min(source.length, start + column - 1));
}

/** The location used when a problem has no better place: the very start of the file. */
export const START_OF_FILE: SourceLocation = { line: 1, column: 1, endLine: 1, endColumn: 1 };
