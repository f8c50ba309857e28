/**
 * Access Matrix core: the model of an Amplify Gen 2 storage design, its validation, compilation to
 * IAM, amplify_outputs.json, effective access and import/export. Pure TypeScript: no React, DOM,
 * Node or store, so the web app, the CLI and the tests all run the same code.
 */
export * from './model/types';
export * from './model/access-test';
export { allow, designFromAccess, namesUsed, principalSource, ruleSource } from './model/build';
export { expandActions, isAccessAction, isRuleAction } from './model/actions';
export { accessRecordEntries } from './model/access-record';
export { defaultStorageIndex } from './model/default-storage';
export { adoptPathId, livePathId, pathIdOf, pathIndexOf } from './model/ids';
export { ENTITY_TOKEN, OWNER_VARIABLE } from './paths/tokens';
export { prefixForm } from './paths/prefix';
export { ownerPathFor } from './paths/owner-path';
export { definedPrefixes } from './paths/defined-prefixes';

export type { DesignEdit, Grantee, PathAddress } from './edit/edits';
export { applyEdit, applyEdits } from './edit/apply';
export { pathAt } from './edit/address';
export { inlineEntryProblem, type InlineEntryProblem, type TriggerTarget } from './edit/trigger';
export { amplifyFunctionName, inlineFunctionName } from './text/identifiers';
export {
  bucketNameVariable,
  functionStorageUses,
  type FunctionStorageUse,
} from './model/functions';
export { grantState, ruleGrantsTo, writtenActions } from './edit/grant';

export { FINDINGS, type FindingCode, type Severity, type Stage } from './validate/catalog';
export type { Finding, Fix, FindingTarget } from './validate/finding';
export { validateDesign, errorsIn } from './validate/validate';
export { RESOURCE_NAME } from './validate/storage-rules';
export { liveFix } from './validate/live-fix';
export { fixesOf, pathAddress } from './validate/finding';
export { findingKinds, severityCounts, type FindingKind } from './validate/kinds';
export { newPathFindings } from './validate/new-path';

export type { RoleKey } from './compile/roles';
export { rolesOf, roleLabel } from './compile/roles';
export type * from './compile/types';
export { compileStorage, sameList } from './compile/compile';
export { compileStorageAfter } from './compile/reuse';
export { compileDesign, type CompiledDesign } from './compile/compile-design';
export { substitutedPrefix } from './compile/substitute';
export {
  iamExport,
  toIamPolicy,
  toIamStatement,
  bucketArn,
  S3_ACTION,
  type IamExport,
  type IamPolicyDocument,
  type IamStatement,
} from './compile/iam-json';

export {
  amplifyOutputs,
  storageOutputs,
  placeholderBucketName,
  PLACEHOLDER_REGION,
  OUTPUTS_VERSION,
  type AmplifyOutputs,
  type BucketPlacement,
  type StorageOutputs,
  type OutputsBucket,
} from './outputs/outputs';

export { iamPatternMatches, type RequestContext } from './access/iam-pattern';
export { PolicyIndex } from './access/policy-index';
export { accessModelAfter } from './access/model-after';
export {
  keyNotes,
  requestRole,
  simulateRequest,
  type KeyNote,
  type KeyNoteCode,
  type PersonRequest,
  type Simulation,
} from './access/simulate';
export { decide, type AccessRequest, type Decision, type DecisionKind } from './access/decide';
export { causeKey, type CauseRule, type DecisionCause } from './access/cause';
export { causeText, sharedReasons, type SharedReason } from './access/shared-reasons';
export {
  accessMatrix,
  accessMatrixAllowed,
  accessMatrixRows,
  accessModel,
  lazyAccessMatrix,
  matrixRowHeads,
  type AccessMatrix,
  type AccessModel,
  type AllowedCell,
  type AllowedMatrix,
  type LazyAccessMatrix,
  type MatrixCell,
  type MatrixOptions,
  type MatrixRow,
  type MatrixRowHead,
} from './access/matrix';
export {
  matrixPeople,
  granteeOf,
  personHasCell,
  personLabel,
  personRole,
  OWNER_ID,
  OTHER_ID,
  CALLER_ID,
  type Person,
} from './access/people';

export { renderResourceTs, renderRule, storageExportNames } from './export/resource-ts';
export { tsString } from './export/ts-literals';
export { isIdentifier, toIdentifier } from './text/identifiers';
export type { SourceLocation } from './text/positions';
export { renderIamJson, renderOutputsJson, bucketPlacements, toJsonText } from './export/render';
export {
  serializeDesignFile,
  parseDesignFile,
  readDesignFileValue,
  looksLikeDesignFile,
  DESIGN_FILE_FORMAT,
  DESIGN_FILE_VERSION,
  type DesignFileResult,
} from './design-file/design-file';

export {
  encodeShareFragment,
  decodeShareFragment,
  SHARE_PREFIX,
  SHARE_LINK_SOFT_LIMIT,
} from './share/share-link';
export { diffDesigns, describeChange, type AccessChange, type DesignDiff } from './diff/diff';
export { fixPreview } from './diff/fix-preview';

// Exports that work in a real Amplify project (auth hint, existing bucket, CORS) and the way back
// from amplify_outputs.json.
export { renderAuthHint } from './export/auth-ts';
export { renderBackendTs, type BackendTsOptions } from './export/backend-ts';
export {
  bucketPolicy,
  renderBucketPolicy,
  placeholderRoleArn,
  BUCKET_POLICY_CAVEAT,
  type BucketPolicyOptions,
  type BucketPolicyDocument,
  type BucketPolicyStatement,
} from './export/bucket-policy';
export { renderCors, AMPLIFY_CORS_RULE, type S3CorsRule } from './export/cors';
export { tsTemplateText, tsPropertyKey, freshName } from './export/ts-literals';
export {
  importOutputsJson,
  looksLikeOutputsJson,
  UNNAMED_STORAGE,
  OUTPUTS_PROBLEM_CODES,
  type OutputsJsonImport,
  type OutputsProblemCode,
} from './import/outputs-json';

// One registry of the files the project writes, over compiled designs (the readers of input files
// are in './formats/read-input', a lazy chunk in the app: it holds Babel's parser).
export {
  EXPORT_FORMATS,
  exportFormat,
  type ExportFormat,
  type ExportFormatId,
  type ExportOptions,
} from './formats/export-formats';
export { placementsFor, type PlacementInput } from './formats/placements';
export {
  INPUT_LABELS,
  stripBom,
  type InputKind,
  type InputProblem,
  type InputRead,
  type ReadOptions,
} from './formats/input';

// Access tests: expected decisions kept with the design, decided exactly over whole prefixes.
export * from './access-tests';
export { jsonPathPlace, jsonSyntaxPlace, type JsonPlace } from './text/json-place';
