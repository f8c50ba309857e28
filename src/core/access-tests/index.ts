export {
  runAccessTests,
  runAccessTest,
  cachedAccessModel,
  type Counterexample,
  type TestResult,
  type TestStatus,
} from './evaluate';
export {
  validateTest,
  testStorageIndex,
  TEST_PROBLEM_CODES,
  type TestProblem,
  type TestProblemCode,
} from './validate-test';
export { invariantsFor, type Invariant } from './invariants';
export { searchKeys, type KeySearch, type KeySearchResult } from './key-search';
export { globOf, type Glob } from './glob';
export { CALLER_PLACEHOLDER } from './subject';
export { FileTestSchema, WHO_PATTERN } from './schema';
export {
  parseTestsFile,
  serializeTestsFile,
  TESTS_FILE_NAME,
  TESTS_FILE_VERSION,
  TESTS_SCHEMA_REF,
  type TestsFileResult,
} from './tests-file';
export { describeTest, describeCounterexample } from './describe';
export { testsFromCell } from './from-cell';
export { diffTests, type TestsDiff, type ChangedTest, type TestOutcomeChange } from './tests-diff';
