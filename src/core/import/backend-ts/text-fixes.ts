import { offsetAt, type SourceLocation } from '../../text/positions';
import type { ImportProblem } from '../resource-ts/types';

const span = (source: string, loc: SourceLocation) =>
  [offsetAt(source, loc.line, loc.column), offsetAt(source, loc.endLine, loc.endColumn)] as const;

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
