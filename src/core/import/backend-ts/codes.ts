/**
 * Every problem the backend.ts importer reports, with when. Codes are stable: tests and the UI key
 * on them, never on the wording. Parsing shares the resource.ts importer's codes (`syntax-error`,
 * `source-too-large`, `too-complex`, `too-deeply-nested`, `internal-error`, `too-many-problems`).
 */
export const BACKEND_IMPORT_PROBLEM_CODES = {
  'source-too-large': 'The source is over MAX_SOURCE_BYTES; nothing is parsed.',
  'syntax-error': 'The parser rejected the source (one problem per parser error).',
  'too-deeply-nested': 'The source nests so deeply that parsing it would overflow the stack.',
  'too-complex': 'The parser gave up after MAX_PARSER_ERRORS syntax errors.',
  'internal-error': 'An unexpected failure inside the importer (a bug): reported, not thrown.',
  'too-many-problems': 'More than MAX_PROBLEMS problems: the list is cut here.',
  'iam-variable-in-template':
    '`${cognito-identity.amazonaws.com:sub}` (or another IAM variable) inside a template literal: JavaScript reads it as a substitution, so the file does not compile.',
  'missing-comma-tagged-template':
    'Two template literals in an array with no comma between them: legal syntax (a tagged template), a type error in TypeScript.',
  'no-backend-content':
    'Neither an imported bucket, an addOutput storage section nor an inline policy was found.',
  'unresolved-value':
    'A value the importer needs (bucket name, region, ARN, path, action) is not a literal, a template of known values or a simple const.',
  'invalid-bucket-import':
    'Bucket.fromBucketAttributes/fromBucketName/fromBucketArn with arguments the importer cannot read.',
  'invalid-output':
    '`backend.addOutput` storage section that is not shaped as amplify_outputs.json storage.',
  'unknown-bucket-key':
    'A key of a `buckets` entry or of `storage` that amplify_outputs.json does not have (warning).',
  'invalid-paths': '`paths` that is not an object of prefix → { access key: [actions] }.',
  'unknown-access-key':
    'A `paths` access key other than guest, authenticated, groupsNAME, entityidentity (warning).',
  'unknown-storage-action': 'A `paths` action other than read, get, list, write, delete (warning).',
  'invalid-policy': '`new Policy(...)` whose statements the importer cannot read.',
  'invalid-statement': '`new PolicyStatement({...})` with an option the importer cannot read.',
  'unsupported-condition':
    'A condition operator or key the IAM engine does not evaluate: the statement is kept but not decided on (warning for Allow, error for Deny).',
  'unsupported-resource':
    'A resource that is not the bucket, `bucket/…`, `*` or another bucket: the statement is not decided on for it.',
  'not-principal':
    'A statement with `principals`/`notActions`/`notResources`: inline role policies do not take these.',
  'unknown-role':
    '`attachInlinePolicy` on something that is not an Amplify auth, group or function role.',
  'policy-not-attached': 'A `new Policy(...)` that is never attached to a role (warning).',
  'construct-not-read':
    'A Policy, PolicyStatement, bucket import, addOutput or attach call in a place the importer does not follow (warning).',
  'statement-not-read': 'A top-level statement the importer skips (warning).',
  'duplicate-bucket-name':
    'Two `buckets` entries with the same `name`: the client library throws on configure.',
} as const;

export type BackendImportProblemCode = keyof typeof BACKEND_IMPORT_PROBLEM_CODES;
