/**
 * The source-keeping writer: a design written into the user's own resource.ts as the smallest
 * text change, and the unified diff that shows it.
 */
export { writeResourceTs, type Regeneration, type SourceEditResult } from './write';
export { REGENERATION_REASONS, type RegenerationReason } from './refusal';
export { diffLines, type DiffLine } from './line-diff';
export { diffHunks, splitLines, unifiedDiff, type DiffHunk } from './unified-diff';
