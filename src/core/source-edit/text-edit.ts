/** One replacement in a text: [start, end) becomes `text` (offsets in the original). */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Edits in order; at one offset an insertion comes before a replacement starting there. */
function sorted(edits: readonly TextEdit[]): TextEdit[] {
  return [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * The text of [start, end) of `source` with the edits inside it applied. Edits must not overlap
 * (they come from disjoint parts of the syntax tree); one that does is a bug, so it throws.
 */
export function sliceWith(
  source: string,
  start: number,
  end: number,
  edits: readonly TextEdit[],
): string {
  let out = '';
  let at = start;
  for (const edit of sorted(edits)) {
    if (edit.start < at || edit.end > end)
      throw new RangeError(`overlapping edit at ${edit.start}..${edit.end}`);
    out += source.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + source.slice(at, end);
}

/** The whole text with the edits applied. */
export const applyTextEdits = (source: string, edits: readonly TextEdit[]): string =>
  sliceWith(source, 0, source.length, edits);
