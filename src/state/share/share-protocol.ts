/** A design file's compact text to make a share fragment of. */
export interface ShareRequest {
  readonly id: number;
  readonly designFile: string;
}

/** The fragment, or why it could not be made (the page then makes it itself). */
export type ShareReply =
  | { readonly id: number; readonly fragment: string }
  | { readonly id: number; readonly error: string };
