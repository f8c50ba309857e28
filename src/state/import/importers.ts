/**
 * The readers of input files, loaded on first import only (a lazy chunk: Babel's parser for
 * resource.ts is most of it).
 */
export { readInput } from '../../core/formats/read-input';
