/** Reading amplify/backend.ts (an existing bucket: addOutput paths and inline role policies), with locations and problems. */
export { importBackendTs } from './import-backend-ts';
export { BACKEND_IMPORT_PROBLEM_CODES, type BackendImportProblemCode } from './codes';
export type {
  AttachedPolicy,
  BackendResource,
  BackendTsImport,
  ImportedAccess,
  ImportedBucket,
  ImportedBucketRef,
  ImportedCondition,
  ImportedPathEntry,
  ImportedStatement,
} from './types';
export { applyTextFixes } from './text-fixes';
export { designFromBackendTs, type BackendTsDesign } from './design';
