import { SHARE_LINK_SOFT_LIMIT, type Design } from '../../core';
import { shareFragmentFor } from './share-fragment';

/** A link that opens the design: the app's address (no query, no fragment) + `#` + the design. */
export async function shareLinkFor(design: Design, appUrl: string): Promise<string> {
  const url = new URL(appUrl);
  url.search = '';
  url.hash = await shareFragmentFor(design);
  return url.href;
}

/** Whether a link is long enough that some chat tools and browsers may cut it. */
export const isLongLink = (link: string) => link.length > SHARE_LINK_SOFT_LIMIT;

export interface EmbedChoice {
  readonly readonly: boolean;
  readonly editor: boolean;
  readonly storageIndex: number;
}

/** The address of the embedded view of a design. */
export async function embedUrlFor(design: Design, appUrl: string, choice: EmbedChoice) {
  const url = new URL(appUrl);
  // Written by hand: URLSearchParams would turn the bare `embed` flag into `embed=`.
  url.search = [
    'embed',
    choice.readonly ? 'readonly=1' : '',
    choice.editor ? 'editor=1' : '',
    choice.storageIndex > 0 ? `storage=${choice.storageIndex}` : '',
  ]
    .filter(Boolean)
    .join('&');
  url.hash = await shareFragmentFor(design);
  return url.href;
}

const attr = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** A URL's `&`s stay as written (valid in an attribute); URL serialization already escaped the rest. */
const urlAttr = (url: string) => url.replace(/"/g, '%22').replace(/</g, '%3C').replace(/>/g, '%3E');

/** Pixels the embedded view needs without scrolling, estimated from the rows it shows. */
export function embedHeightFor(design: Design, choice: EmbedChoice): number {
  const paths = design.storages[choice.storageIndex]?.paths.length ?? 0;
  const matrix = 130 + 34 + Math.max(1, paths) * 30;
  const rules = !choice.editor ? 0 : choice.readonly ? 90 + paths * 60 : 260 + paths * 40;
  return Math.min(1600, Math.max(220, matrix + rules));
}

/** The `<iframe>` to paste into a docs page (every value escaped for an HTML attribute). */
export async function embedCodeFor(design: Design, appUrl: string, choice: EmbedChoice) {
  const src = await embedUrlFor(design, appUrl, choice);
  const name = design.storages[choice.storageIndex]?.name ?? 'design';
  return `<iframe src="${urlAttr(src)}" title="${attr(`Access Matrix: ${name}`)}" width="100%" height="${embedHeightFor(design, choice)}" loading="lazy"></iframe>`;
}
