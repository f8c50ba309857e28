import type * as t from '@babel/types';
import type { Positions, SourceLocation } from '../../text/positions';
import { MAX_PROBLEMS } from './limits';
import type { Span } from './spans';
import type { ImportProblem } from './types';

/** Where a parsed node is in the original source, and how a message quotes it. */
export interface NodeLocator {
  loc(node: t.Node): SourceLocation;
  /** The node's offsets in the original source (for source-keeping edits). */
  span(node: t.Node): Span;
  /** The node's source text for a message: whitespace collapsed, shortened, in backticks. */
  quote(node: t.Node): string;
  /** Reports a problem at a node into `problems`, keeping one more than the cap. */
  reporter<Code extends string>(
    problems: ImportProblem[],
    severity: ImportProblem['severity'],
  ): (code: Code, node: t.Node, message: string) => void;
}

const QUOTE_MAX = 60;

/**
 * The locator for one importer run (resource.ts and backend.ts share it); `source` is the
 * original text, before any comma repair, and `positions` maps the parser's offsets back to it.
 */
export function nodeLocator(source: string, positions: Positions): NodeLocator {
  // Called for nearly every node the importer reads: no tuples, spreads or per-item arrays.
  const startOf = (node: t.Node) => positions.toOriginal(node.start ?? 0);
  const endOf = (node: t.Node, start: number) =>
    Math.max(start, positions.toOriginal(node.end ?? start));
  const loc = (node: t.Node) => {
    const start = startOf(node);
    return positions.location(start, endOf(node, start));
  };
  return {
    loc,
    span(node) {
      const start = startOf(node);
      return { start, end: endOf(node, start) };
    },
    quote(node) {
      const start = startOf(node);
      const text = source.slice(start, endOf(node, start)).replace(/\s+/g, ' ');
      const short = text.length > QUOTE_MAX ? `${text.slice(0, QUOTE_MAX - 1)}…` : text;
      // A template literal brings its own backticks; doubling them would only blur the quote.
      return /^`[^]*`$/.test(short) ? short : `\`${short}\``;
    },
    reporter: (problems, severity) => (code, node, message) => {
      // A pathological file could yield one problem per item: keep one more than the cap, so
      // that the importer knows there were more, and drop the rest.
      if (problems.length <= MAX_PROBLEMS)
        problems.push({ code, severity, message, loc: loc(node) });
    },
  };
}
