import { diffLines, type DiffLine } from './line-diff';

/** Lines of a text, each without its line break (a final break makes no empty last line). */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split(/\r\n|\n|\r/);
  if (/(\r\n|\n|\r)$/.test(text)) lines.pop();
  return lines;
}

/** One hunk of a unified diff: where it starts on each side and its lines. */
export interface DiffHunk {
  readonly oldStart: number;
  readonly oldLines: number;
  readonly newStart: number;
  readonly newLines: number;
  readonly lines: readonly DiffLine[];
}

/** The changed lines of `before` → `after` grouped into hunks with `context` unchanged lines around. */
export function diffHunks(before: string, after: string, context = 3): DiffHunk[] {
  const lines = diffLines(splitLines(before), splitLines(after));
  const changed = lines.flatMap((l, i) => (l.kind === 'keep' ? [] : [i]));
  const hunks: DiffHunk[] = [];
  let k = 0;
  while (k < changed.length) {
    const from = Math.max(0, changed[k]! - context);
    let to = changed[k]!;
    while (k < changed.length && changed[k]! <= to + 2 * context) to = changed[k++]!;
    const slice = lines.slice(from, Math.min(lines.length, to + context + 1));
    const oldCount = slice.filter((l) => l.kind !== 'add').length;
    const newCount = slice.filter((l) => l.kind !== 'remove').length;
    const firstOld = slice.find((l) => l.oldLine !== undefined)?.oldLine;
    const firstNew = slice.find((l) => l.newLine !== undefined)?.newLine;
    const oldBefore = lines.slice(0, from).filter((l) => l.kind !== 'add').length;
    const newBefore = lines.slice(0, from).filter((l) => l.kind !== 'remove').length;
    hunks.push({
      // Unified diff numbers from 1; an empty side names the line before it (0 at the top).
      oldStart: oldCount === 0 ? oldBefore : (firstOld ?? oldBefore) + 1,
      oldLines: oldCount,
      newStart: newCount === 0 ? newBefore : (firstNew ?? newBefore) + 1,
      newLines: newCount,
      lines: slice,
    });
  }
  return hunks;
}

const range = (start: number, count: number) => (count === 1 ? `${start}` : `${start},${count}`);

/**
 * A unified diff (as `diff -u` and `git diff` print it) of two texts; empty when they are equal.
 * Lines are compared without their line breaks, so a file's CRLF endings do not make every line
 * differ; a missing final line break is marked as diff marks it.
 */
export function unifiedDiff(
  before: string,
  after: string,
  oldName = 'a',
  newName = 'b',
  context = 3,
): string {
  if (before === after) return '';
  const hunks = diffHunks(before, after, context);
  const out = [`--- ${oldName}`, `+++ ${newName}`];
  const oldLast = splitLines(before).length - 1;
  const newLast = splitLines(after).length - 1;
  const oldOpen = before !== '' && !/[\r\n]$/.test(before);
  const newOpen = after !== '' && !/[\r\n]$/.test(after);
  for (const hunk of hunks) {
    out.push(
      `@@ -${range(hunk.oldStart, hunk.oldLines)} +${range(hunk.newStart, hunk.newLines)} @@`,
    );
    for (const line of hunk.lines) {
      const mark = line.kind === 'keep' ? ' ' : line.kind === 'add' ? '+' : '-';
      out.push(`${mark}${line.text}`);
      const noEol =
        (line.kind !== 'add' && oldOpen && line.oldLine === oldLast) ||
        (line.kind !== 'remove' && newOpen && line.newLine === newLast);
      if (noEol) out.push('\\ No newline at end of file');
    }
  }
  return `${out.join('\n')}\n`;
}
