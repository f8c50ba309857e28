/**
 * Why a change could not be made in place, so the smallest enclosing part (a storage's call, or
 * the whole file) was written afresh. Stable codes: the UI and tests key on them.
 */
export const REGENERATION_REASONS = {
  'source-unreadable': 'The original file could not be read into a design.',
  'source-has-errors':
    'The file has errors outside any storage (other than missing commas): only a fresh file is safe.',
  'storage-has-errors': 'The storage has parts the importer could not read.',
  'irregular-layout':
    'A list is laid out in a way the writer cannot extend line by line (e.g. an item sharing a line with the closing bracket).',
  'no-allow-parameter': 'The access callback has no parameter to write new rules with.',
  'storage-not-removable':
    'A removed storage is not a statement of its own (`export const x = defineStorage(...)`).',
  'storages-reordered': 'The storages are in another order than in the file.',
  'export-name-changed': 'A storage is exported under another name than in the file.',
  'inline-function-shared':
    'An inline defineFunction is now used in more than one place: it becomes one const.',
  'define-function-not-imported':
    'An inline defineFunction must be written, but the file has no import from @aws-amplify/backend to add defineFunction to (or the name is taken).',
  'internal-error':
    'The writer failed unexpectedly (a bug; please report it with the file): the file was regenerated.',
  'verify-failed':
    'The edited file did not read back as the design (a bug in the writer): the file was regenerated.',
} as const;

export type RegenerationReason = keyof typeof REGENERATION_REASONS;

/** Thrown inside the writer when a part cannot be changed in place; caught one level up. */
export class CannotEditInPlace extends Error {
  constructor(readonly reason: RegenerationReason) {
    super(REGENERATION_REASONS[reason]);
    this.name = 'CannotEditInPlace';
  }
}
