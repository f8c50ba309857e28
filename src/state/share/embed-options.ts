import type { ThemeChoice } from '../types';

/** How an embedded view looks, from its query string: `?embed&editor=1&readonly=1&storage=1&theme=dark`. */
export interface EmbedOptions {
  /** Show the access rules under the matrix (editable, or as text when read-only). */
  readonly editor: boolean;
  /** No checkboxes and no edits: the design as its author shared it. */
  readonly readonly: boolean;
  readonly storageIndex: number;
  readonly theme: ThemeChoice;
}

const on = (value: string | null) => value !== null && value !== '0' && value !== 'false';

/** The embed options of a URL's query string, or null when it is the full app. */
export function embedOptionsOf(search: string): EmbedOptions | null {
  const params = new URLSearchParams(search);
  if (!params.has('embed')) return null;
  const storage = Number(params.get('storage'));
  const theme = params.get('theme');
  return {
    editor: on(params.get('editor')),
    readonly: on(params.get('readonly')),
    storageIndex: Number.isInteger(storage) && storage > 0 ? storage : 0,
    theme: theme === 'light' || theme === 'dark' ? theme : 'system',
  };
}
