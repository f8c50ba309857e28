import { parse, type ParseResult, type ParserOptions } from '@babel/parser';
import type * as t from '@babel/types';

/** Counts the syntax errors babel creates across the parses of one import. */
export interface ErrorBudget {
  readonly limit: number;
  created: number;
  /** The first error created: where a parse that gave up is reported. */
  first?: SyntaxError;
}

/** Thrown out of babel when the budget is spent; never escapes parseWithinBudget. */
class BudgetSpent extends Error {}

export type BudgetedParse = { readonly file: ParseResult<t.File> } | { readonly gaveUp: true };

/**
 * `parse` with a cap on the syntax errors babel creates. Its TypeScript plugin tries
 * alternatives by parsing on and throwing the attempt away, and some tiny inputs make that
 * exponential (each level of unclosed `f<a>(f<a>(…` doubles the work: 16 levels took 7 s, 20
 * several minutes) or quadratic (`a:a:a:…`: each label is an error against every enclosing one;
 * 1 000 of them, 2 KB, took 12 s). Babel has no option for this, so for the duration of this
 * synchronous call the global SyntaxError is a counting subclass: babel creates its errors
 * with `new SyntaxError()` and tests them with `instanceof SyntaxError`, and both look the
 * global up when they run. Nothing else runs meanwhile, and the original is always restored.
 */
export function parseWithinBudget(
  text: string,
  options: ParserOptions,
  budget: ErrorBudget,
): BudgetedParse {
  try {
    const file = countingSyntaxErrors(budget, () => parse(text, options));
    // Babel swallows some exceptions while probing; a spent budget still means the parse gave up.
    return budget.created > budget.limit ? { gaveUp: true } : { file };
  } catch (error) {
    if (error instanceof BudgetSpent || budget.created > budget.limit) return { gaveUp: true };
    throw error;
  }
}

/**
 * Runs `run` with the global SyntaxError counting into `budget` (and throwing once it is spent),
 * then puts the original back.
 */
export function countingSyntaxErrors<T>(budget: ErrorBudget, run: () => T): T {
  const Native = globalThis.SyntaxError;
  // A plain function, not a class: minifiers turn `new SyntaxError()` into `SyntaxError()` (the
  // same for the native one), and a class constructor cannot be called without `new`.
  function Counted(message?: string): SyntaxError {
    const error: SyntaxError = Reflect.construct(Native, [message], Counted);
    budget.first ??= error;
    budget.created++;
    if (budget.created > budget.limit) throw new BudgetSpent('syntax error budget spent');
    return error;
  }
  Counted.prototype = Object.create(Native.prototype, {
    constructor: { value: Counted, writable: true, configurable: true },
  });
  globalThis.SyntaxError = Counted as unknown as SyntaxErrorConstructor;
  try {
    return run();
  } finally {
    globalThis.SyntaxError = Native;
  }
}
