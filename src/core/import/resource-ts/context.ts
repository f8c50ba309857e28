import type * as t from '@babel/types';
import type { ImportProblemCode } from './codes';
import type { BuilderNames } from './find-storages';
import { MAX_PROBLEMS } from './limits';
import type { Positions, SourceLocation } from '../../text/positions';
import type { FunctionOrigin } from '../../model/types';
import type { ListSpan, Span } from './spans';
import type { ImportProblem } from './types';

/** What every reader needs: where nodes are, how to quote them, where to report, which names mean what. */
export interface ReadContext {
  loc(node: t.Node): SourceLocation;
  /** The node's offsets in the original source (for source-keeping edits). */
  span(node: t.Node): Span;
  /** An array or object literal's brackets and items, in original offsets. */
  list(node: t.ArrayExpression | t.ObjectExpression): ListSpan;
  /** The node's source text for a message: whitespace collapsed, shortened, in backticks. */
  quote(node: t.Node): string;
  error(code: ImportProblemCode, node: t.Node, message: string): void;
  warn(code: ImportProblemCode, node: t.Node, message: string): void;
  /** Local names of the Amplify builders (they may be imported under an alias). */
  readonly names: BuilderNames;
  readonly problems: ImportProblem[];
  /** Inline `defineFunction({...})` calls met so far, by the function name they give. */
  readonly inlineFunctions: Map<string, FunctionOrigin>;
}

const QUOTE_MAX = 60;

/** Creates the context for one import; `source` is the original text (before any comma repair). */
export function createContext(
  source: string,
  positions: Positions,
  names: BuilderNames,
): ReadContext {
  // Called for nearly every node the importer reads: no tuples, spreads or per-item arrays.
  const startOf = (node: t.Node) => positions.toOriginal(node.start ?? 0);
  const endOf = (node: t.Node, start: number) =>
    Math.max(start, positions.toOriginal(node.end ?? start));
  const problems: ImportProblem[] = [];
  const loc = (node: t.Node) => {
    const start = startOf(node);
    return positions.location(start, endOf(node, start));
  };
  const report =
    (severity: ImportProblem['severity']) =>
    (code: ImportProblemCode, node: t.Node, message: string) => {
      // A pathological file could yield one problem per item: keep one more than the cap, so
      // that importResourceTs knows there were more, and drop the rest.
      if (problems.length <= MAX_PROBLEMS)
        problems.push({ code, severity, message, loc: loc(node) });
    };
  const span = (node: t.Node): Span => {
    const start = startOf(node);
    return { start, end: endOf(node, start) };
  };
  return {
    loc,
    span,
    list(node) {
      const items = node.type === 'ArrayExpression' ? node.elements : node.properties;
      const { start, end } = span(node);
      const spans: Span[] = [];
      for (const item of items) if (item) spans.push(span(item));
      return { open: start, close: Math.max(start, end - 1), items: spans };
    },
    quote(node) {
      const start = startOf(node);
      const text = source.slice(start, endOf(node, start)).replace(/\s+/g, ' ');
      const short = text.length > QUOTE_MAX ? `${text.slice(0, QUOTE_MAX - 1)}…` : text;
      // A template literal brings its own backticks; doubling them would only blur the quote.
      return /^`[^]*`$/.test(short) ? short : `\`${short}\``;
    },
    error: report('error'),
    warn: report('warning'),
    names,
    problems,
    inlineFunctions: new Map(),
  };
}
