import type * as t from '@babel/types';
import type { ImportProblemCode } from './codes';
import type { BuilderNames } from './find-storages';
import type { Positions, SourceLocation } from '../../text/positions';
import type { FunctionOrigin } from '../../model/types';
import { nodeLocator } from './node-locator';
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
  /** Whether the caller keeps locations and spans: without, the readers skip building them. */
  readonly recording: boolean;
}

/** What `loc`, `span` and `list` answer when the caller keeps no locations or spans. */
export const NOWHERE: SourceLocation = Object.freeze({
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 1,
});
export const NO_SPAN: Span = Object.freeze({ start: 0, end: 0 });
export const NO_LIST: ListSpan = Object.freeze({ open: 0, close: 0, items: Object.freeze([]) });

/**
 * Creates the context for one import; `source` is the original text (before any comma repair).
 * With `recordLocations` false, `loc`, `span` and `list` answer shared placeholders: for a caller
 * that keeps only the design and the problems (problems are still located exactly), so the
 * readers do not build an object per node they pass. Nothing in the readers decides on a
 * location or span, which is what lets them be skipped (test/fuzz compares both ways).
 */
export function createContext(
  source: string,
  positions: Positions,
  names: BuilderNames,
  recordLocations = true,
): ReadContext {
  const { loc, span, quote, reporter } = nodeLocator(source, positions);
  const problems: ImportProblem[] = [];
  return {
    loc: recordLocations ? loc : () => NOWHERE,
    span: recordLocations ? span : () => NO_SPAN,
    list(node) {
      if (!recordLocations) return NO_LIST;
      const items = node.type === 'ArrayExpression' ? node.elements : node.properties;
      const { start, end } = span(node);
      const spans: Span[] = [];
      for (const item of items) if (item) spans.push(span(item));
      return { open: start, close: Math.max(start, end - 1), items: spans };
    },
    quote,
    error: reporter<ImportProblemCode>(problems, 'error'),
    warn: reporter<ImportProblemCode>(problems, 'warning'),
    names,
    problems,
    inlineFunctions: new Map(),
    recording: recordLocations,
  };
}
