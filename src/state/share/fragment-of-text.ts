import { encodeShareFragment, type Design } from '../../core';

/**
 * The share fragment of a design given as its design file's compact text (`designFileText`, the
 * autosave's kept text): the very fragment `encodeShareFragment` makes of the design (the design
 * read back from JSON is the same data; a property test holds the two equal). Runs in the share
 * worker, so the page only hands it a string.
 */
export async function fragmentOfText(designFile: string): Promise<string> {
  return encodeShareFragment((JSON.parse(designFile) as { design: Design }).design);
}
