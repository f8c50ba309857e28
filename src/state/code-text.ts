/** The smallest single replacement turning `before` into `after`: offsets in `before`, and the new text. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Common prefix and suffix kept, the middle replaced: when a checkbox changes one rule, only that
 * line is rewritten, so the editor's cursor, selection and scroll stay where the user left them.
 */
export function textEdit(before: string, after: string): TextEdit {
  const max = Math.min(before.length, after.length);
  let start = 0;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (
    tail < max - start &&
    before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)
  )
    tail++;
  return { start, end: before.length - tail, text: after.slice(start, after.length - tail) };
}
