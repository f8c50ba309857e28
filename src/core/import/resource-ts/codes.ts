/**
 * Every problem the resource.ts importer reports, with when. Codes are stable: tests and the UI key
 * on them, never on the wording of messages.
 */
export const IMPORT_PROBLEM_CODES = {
  'source-too-large': 'The source is over MAX_SOURCE_BYTES; nothing is parsed.',
  'syntax-error': 'The parser rejected the source (one problem per parser error).',
  'too-deeply-nested': 'The source nests so deeply that parsing it would overflow the stack.',
  'too-complex':
    'The parser gave up after MAX_PARSER_ERRORS syntax errors (pathological input that would otherwise take minutes).',
  'internal-error':
    'An unexpected failure inside the importer (a bug): reported instead of thrown.',
  'too-many-problems':
    'More than MAX_PROBLEMS problems: the list is cut, and this one marks where the unlisted start.',
  'no-define-storage': 'The file has no defineStorage(...) call.',
  'storage-not-exported':
    'A defineStorage call is not exported, so backend.ts cannot use it (warning).',
  'invalid-storage-argument': 'defineStorage is not called with exactly one object literal.',
  'invalid-option-key': 'An option key that is not a plain name (spread, computed, number).',
  'unknown-option': 'An option defineStorage does not have.',
  'duplicate-option': 'The same option (or trigger event) is given twice; the last one wins.',
  'missing-name': 'defineStorage options without `name`.',
  'invalid-name': '`name` is not a string literal.',
  'invalid-boolean': '`isDefault`, `versioned` or `keepOnDelete` is not `true` or `false`.',
  'invalid-triggers':
    '`triggers` is not an object literal, or names an event other than onUpload/onDelete.',
  'invalid-function':
    'A trigger or `allow.resource` argument is neither an identifier nor a named defineFunction.',
  'invalid-access':
    '`access` is not a callback taking one parameter and returning an object literal.',
  'access-statement-ignored': 'A statement in the access callback other than its return (warning).',
  'invalid-path-key': 'An access-record key that is not a string written as a literal.',
  'invalid-rules': 'A path whose value is not an array of rules, or an array with an empty slot.',
  'invalid-rule': 'A rule that is not `<principal>.to([...])`.',
  'invalid-principal':
    'A principal other than allow.guest/authenticated/groups/group/entity/resource, or a bad argument.',
  'invalid-actions': 'The argument of `.to(...)` is not an array literal.',
  'invalid-action': 'An action that is not a string literal.',
} as const;

export type ImportProblemCode = keyof typeof IMPORT_PROBLEM_CODES;
