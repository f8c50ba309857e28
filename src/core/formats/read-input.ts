import { stripBom, type InputRead, type ReadOptions } from './input';
import { INPUT_FORMATS } from './input-formats';

/**
 * Reads any input the project takes (a design file, an amplify_outputs.json, an
 * amplify/storage/resource.ts), told apart by content and, when there is one, the file name. A
 * leading byte order mark is ignored. Every shell (the CLI, Import…, File › Open…, a drop,
 * Compare with…) reads through here, so they all give the same answer. Does not throw: each reader answers
 * any text with a design or located problems (test/fuzz).
 *
 * Holds every reader, Babel's parser included: the app loads it lazily.
 */
export function readInput(text: string, fileName = '', options: ReadOptions = {}): InputRead {
  const source = stripBom(text);
  if (source.trim() === '') {
    return {
      kind: null,
      design: null,
      problems: [
        {
          code: 'empty-input',
          severity: 'error',
          message:
            'Nothing to read: expected a resource.ts, an amplify_outputs.json or a design file.',
        },
      ],
      lost: [],
    };
  }
  return INPUT_FORMATS.find((f) => f.recognises(source, fileName))!.read(source, options);
}
