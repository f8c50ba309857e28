/** Reading amplify_outputs.json back into a Design: what Amplify wrote, and what it could not. */
export {
  importOutputsJson,
  looksLikeOutputsJson,
  type OutputsJsonImport,
} from './import-outputs-json';
export { UNNAMED_STORAGE } from './lost';
export { OUTPUTS_PROBLEM_CODES, type OutputsProblemCode } from './codes';
