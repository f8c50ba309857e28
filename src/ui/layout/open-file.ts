import type { Design } from '../../core';
import { importText, type ResourceSource } from '../../state';
import { issueText } from '../import/issue-text';
import { testsFileIsNoDesign } from '../../state';

export type OpenResult =
  | { ok: true; design: Design; note?: string; source?: ResourceSource }
  | { ok: false; error: string };

/**
 * File › Open…: reads the file as Import… does (core's readInput through importText: a design
 * file with or without a byte order mark, an amplify_outputs.json or a resource.ts) and words the
 * outcome for the one-line status next to the menu.
 */
export async function openText(text: string, fileName = ''): Promise<OpenResult> {
  const outcome = await importText(text, fileName);
  if (!outcome.ok) {
    const first = outcome.errors[0];
    return { ok: false, error: first ? issueText(first) : 'It could not be read.' };
  }
  if (!outcome.design) return { ok: false, error: testsFileIsNoDesign(outcome.tests.length) };
  const { warnings, lost } = outcome;
  const first = warnings[0];
  const note = first
    ? `${warnings.length} import ${warnings.length === 1 ? 'note' : 'notes'}, first at line ${first.line ?? 1}: ${first.message}`
    : lost.length > 0
      ? `Opened ${fileName}; ${lost.length} ${lost.length === 1 ? 'thing' : 'things'} it cannot tell, first: ${lost[0]}`
      : undefined;
  return {
    ok: true,
    design: outcome.design,
    ...(note ? { note } : {}),
    ...(outcome.source ? { source: outcome.source } : {}),
  };
}
