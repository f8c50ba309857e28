/**
 * The id of the note saying what a function receives, for `aria-describedby` on its column
 * headers. Encoded, so a name with spaces (an invalid one, still shown) stays one id.
 */
export const functionNoteId = (name: string): string => `function-note-${encodeURIComponent(name)}`;
