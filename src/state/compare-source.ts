import { decodeShareFragment, type Design } from '../core';
import { importText, testsFileIsNoDesign } from './import/import-text';
import { shareFragmentOf } from './share/fragment';

/** What the current design is compared with, and how to name it in sentences. */
export interface Baseline {
  /** e.g. `“Version 3”`, `the share link`, `resource.ts`. */
  readonly label: string;
  readonly design: Design;
  /** What the source could not tell (amplify_outputs.json), so differences may come from that. */
  readonly notes?: readonly string[];
}

export type BaselineRead =
  | { readonly ok: true; readonly baseline: Baseline }
  | { readonly ok: false; readonly error: string };

/**
 * Reads what a user pasted or picked as the other side of a comparison: a share link (the whole
 * URL or just its `#d1.…` fragment) or anything the importer reads (resource.ts, an
 * amplify_outputs.json, a design file). Never throws.
 */
export async function readBaseline(text: string, fileName = ''): Promise<BaselineRead> {
  const fragment = shareFragmentIn(text.trim());
  if (fragment !== undefined) {
    if (fragment === null)
      return {
        ok: false,
        error: 'This link holds no design: it has no #d1.… part. Copy it from Share link.',
      };
    const read = await decodeShareFragment(fragment);
    return read.ok
      ? { ok: true, baseline: { label: 'the share link', design: read.design } }
      : { ok: false, error: read.error };
  }
  const imported = await importText(text, fileName);
  if (!imported.ok) {
    const first = imported.errors[0];
    const where = first?.line ? `line ${first.line}: ` : '';
    return { ok: false, error: `${where}${first?.message ?? 'It could not be read.'}` };
  }
  if (!imported.design) return { ok: false, error: testsFileIsNoDesign(imported.tests.length) };
  const label = fileName || `the pasted ${imported.kind}`;
  return { ok: true, baseline: { label, design: imported.design, notes: imported.lost } };
}

/**
 * The design fragment of a pasted link: a string for a link (or bare fragment), null for a URL
 * without one, undefined for text that is no link at all (an import).
 */
function shareFragmentIn(text: string): string | null | undefined {
  if (/^#?d\d+\./.test(text)) return text.replace(/^#/, '');
  if (!/^https?:\/\/\S+$/i.test(text)) return undefined;
  try {
    return shareFragmentOf(new URL(text).hash);
  } catch {
    return null;
  }
}
