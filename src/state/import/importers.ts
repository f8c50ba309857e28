/**
 * The readers of other files, loaded on first import only (a lazy chunk: Babel's parser for
 * resource.ts is most of it).
 */
export { importResourceTs } from '../../core/import';
export { importOutputsJson } from '../../core';
