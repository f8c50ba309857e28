/** The app's state: a store factory, its React binding, and memoized derivations of the document. */
export { createAppStore, initialData, type AppStore } from './create-store';
export { StoreProvider, useAppStore, useAppStoreApi } from './store-context';
export { useDerivedDesign } from './use-derived-design';
export type {
  AppActions,
  AppData,
  ResourceSource,
  AppState,
  BucketSettings,
  SimulatorInput,
  ThemeChoice,
} from './types';
export { TEMPLATES, TEMPLATE_NAMES, type TemplateName } from './templates';
export {
  startApp,
  SessionProvider,
  useSession,
  useSessionStatus,
  SESSION_KEY,
  type Started,
  type Session,
  type SessionStatus,
} from './persist';
export { shareLinkFor, embedCodeFor, isLongLink, type EmbedChoice } from './share/share-url';
export type { EmbedOptions } from './share/embed-options';
export {
  importText,
  testsFileIsNoDesign,
  type ImportOutcome,
  type ImportIssue,
} from './import/import-text';
export { simulate } from './simulator';
export { modelOf, modelsOf, matrixOf, findingsOf } from './selectors/access';
export { testResultsOf, type TestsSummary } from './selectors/tests';
export { findingIndexOf, findingKeys, type FindingIndex } from './selectors/finding-index';
export { publishCodeProblems, useCodeProblems, type CodeProblems } from './code-problems';
export { gridPeopleOf, grantsOf, type GrantSet } from './selectors/grants';
export { pathIdsOf } from './selectors/path-ids';
export { sameCells } from './selectors/same-cells';
export {
  treeRowsOf,
  subpathCountsOf,
  hiddenByCollapse,
  ancestorsOf,
  type TreeRow,
} from './selectors/tree-rows';
export { resourceTsOf, compiledDesignOf, exportTextOf, placementsOf } from './selectors/exports';
export {
  loadSourceEdit,
  regenerationText,
  importedOf,
  resourceSource,
  sourceDiff,
  writtenIntoSource,
} from './source-edit';
