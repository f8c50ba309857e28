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
}

/** Creates the context for one import; `source` is the original text (before any comma repair). */
export function createContext(
  source: string,
  positions: Positions,
  names: BuilderNames,
): ReadContext {
  const { loc, span, quote, reporter } = nodeLocator(source, positions);
  const problems: ImportProblem[] = [];
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
    quote,
    error: reporter<ImportProblemCode>(problems, 'error'),
    warn: reporter<ImportProblemCode>(problems, 'warning'),
    names,
    problems,
    inlineFunctions: new Map(),
  };
}
