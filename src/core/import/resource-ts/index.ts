/** Reading amplify/storage/resource.ts (TypeScript source) into a Design, with locations and problems. */
export { importResourceTs, importResourceTsDesign } from './import-resource-ts';
export { IMPORT_PROBLEM_CODES, type ImportProblemCode } from './codes';
export { MAX_PROBLEMS, MAX_SOURCE_BYTES } from './limits';
export type {
  ImportProblem,
  PathLocation,
  ResourceTsImport,
  RuleLocation,
  StorageLocation,
} from './types';
export type {
  FileSpans,
  ImportSpans,
  ListSpan,
  PathSpans,
  RuleSpans,
  Span,
  StorageSpans,
  TriggerSpans,
} from './spans';
