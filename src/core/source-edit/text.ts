/** Line-oriented questions about a source text, by offset. */
export interface SourceText {
  readonly text: string;
  /** Offset where the line holding `offset` starts. */
  lineStart(offset: number): number;
  /** Offset of the line break ending the line holding `offset` (or the text's end). */
  lineEnd(offset: number): number;
  /** Offset where the next line starts (after the line break), or the text's end. */
  nextLine(offset: number): number;
  /** Whether two offsets are on the same line. */
  sameLine(a: number, b: number): boolean;
  /** The whitespace a line starts with. */
  indentOf(offset: number): string;
}

const isBreak = (c: number) => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;

/** Wraps a text for line questions (\r\n counts as one break, as the parser counts it). */
export function sourceText(text: string): SourceText {
  const lineStart = (offset: number) => {
    let i = offset;
    while (i > 0 && !isBreak(text.charCodeAt(i - 1))) i--;
    return i;
  };
  const lineEnd = (offset: number) => {
    let i = offset;
    while (i < text.length && !isBreak(text.charCodeAt(i))) i++;
    return i;
  };
  return {
    text,
    lineStart,
    lineEnd,
    nextLine(offset) {
      const end = lineEnd(offset);
      if (end >= text.length) return end;
      return text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
    },
    sameLine: (a, b) => lineEnd(Math.min(a, b)) >= Math.max(a, b),
    indentOf(offset) {
      const start = lineStart(offset);
      return /^[ \t]*/.exec(text.slice(start, lineEnd(offset)))![0];
    },
  };
}
