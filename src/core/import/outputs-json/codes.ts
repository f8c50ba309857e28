/**
 * Every problem the amplify_outputs.json importer reports. Codes are stable: tests and the UI key
 * on them, never on the wording of messages.
 */
export const OUTPUTS_PROBLEM_CODES = {
  'source-too-large': 'The text is over MAX_OUTPUTS_CHARS; nothing is parsed.',
  'invalid-json': 'The text is not JSON (the first syntax error, with its place).',
  'not-outputs': 'The JSON is not an object, so it cannot be an amplify_outputs.json.',
  'no-storage': 'The file has no `storage` section: there is nothing to import.',
  'unknown-version': 'A `version` other than the 1.x this importer knows (warning: read anyway).',
  'duplicate-key':
    'A key written twice in one object; the last one wins, as with JSON.parse (warning).',
  'invalid-storage': '`storage` is not an object, or lacks `bucket_name` / `aws_region` strings.',
  'invalid-bucket':
    'An entry of `storage.buckets` is not an object with string `name`, `bucket_name`, `aws_region`.',
  'default-bucket-not-listed':
    'The top-level bucket is none of `buckets`, so no storage is the default (warning).',
  'invalid-paths': '`paths`, or the value of one path, is not an object.',
  'invalid-actions': 'Actions that are not an array of read/get/list/write/delete.',
  'unknown-access-key':
    'An access key other than guest, authenticated, groups…, entity… (warning: dropped).',
  'shared-key-on-owner-prefix':
    'A non-owner key under a prefix with the owner variable: Amplify never writes that (warning: kept on that literal path).',
  'ambiguous-owner-folder':
    "An owner key on 'x/*' beside 'x/${…}/*': no valid design gives both (warning: 'x/*' kept as its own path).",
  'invalid-auth-groups':
    '`auth.groups` is not a list of `{ NAME: { precedence } }` (warning: groups taken from the rules).',
} as const;

export type OutputsProblemCode = keyof typeof OUTPUTS_PROBLEM_CODES;
