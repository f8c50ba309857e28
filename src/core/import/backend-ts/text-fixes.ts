import type { SourceLocation } from '../../text/positions';
import type { ImportProblem } from '../resource-ts/types';

/** Offset of a 1-based line:column in `source` (lines split as the positions module splits them). */
function offsetOf(source: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = source.slice(offset).search(/\r\n|[\r\n\u2028\u2029]/);
    if (next < 0) return source.length;
    offset += next + (source.startsWith('\r\n', offset + next) ? 2 : 1);
  }
  return Math.min(source.length, offset + column - 1);
}

const span = (source: string, loc: SourceLocation) =>
  [offsetOf(source, loc.line, loc.column), offsetOf(source, loc.endLine, loc.endColumn)] as const;

/**
 * The source with the text fixes of these problems applied (each replaces its span), last first so
 * that earlier offsets stay valid. What "apply all fixes" does to a pasted guide example.
 */
export function applyTextFixes(source: string, problems: readonly ImportProblem[]): string {
  const edits = problems
    .flatMap((p) => (p.fix ? [{ range: span(source, p.fix.loc), text: p.fix.text }] : []))
    .sort((a, b) => b.range[0] - a.range[0]);
  let text = source;
  for (const { range, text: insert } of edits)
    text = text.slice(0, range[0]) + insert + text.slice(range[1]);
  return text;
}
