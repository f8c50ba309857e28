import { runAccessTests, type Design, type TestResult } from '../../core';
import { memoOn } from './memo';
import { modelOf } from './access';

export interface TestsSummary {
  readonly results: readonly TestResult[];
  /** Tests that do not pass (failing, invalid or undecided): what the header counts. */
  readonly failing: number;
}

const NONE: TestsSummary = { results: [], failing: 0 };

/**
 * Every access test's result, re-run on every edit: memoized on the design, and each storage's
 * compiled model is the shared one (`modelOf`), whose role globs the core caches too; a test that
 * does not touch an edited storage costs a search over a model already built.
 */
export const testResultsOf = memoOn((design: Design): TestsSummary => {
  if (!design.tests || design.tests.length === 0) return NONE;
  const results = runAccessTests(design, design.tests, modelOf);
  return { results, failing: results.filter((r) => r.status !== 'pass').length };
});
