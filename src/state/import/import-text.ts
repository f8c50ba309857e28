import {
  INPUT_LABELS,
  type AccessTest,
  type Design,
  type InputProblem,
  type InputRead,
} from '../../core';
import { loadSourceEdit, resourceSource } from '../source-edit';
import type { ResourceSource } from '../types';

const importers = () => import('./importers');

/** One thing an import says, with its place in the source when it has one (1-based). */
export interface ImportIssue {
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
}

/** How the app names what it read, in sentences ("Imported a resource.ts"). */
export type ImportKind = (typeof INPUT_LABELS)[keyof typeof INPUT_LABELS];

export type ImportOutcome =
  | {
      readonly ok: true;
      readonly kind: ImportKind;
      readonly design: Design;
      /** Read, but worth knowing (warnings with their place). */
      readonly warnings: readonly ImportIssue[];
      /** What the source cannot tell (amplify_outputs.json), so the design may differ from the original. */
      readonly lost: readonly string[];
      /** A resource.ts: its text, which exports then keep (the design is written into it). */
      readonly source?: ResourceSource;
    }
  | {
      /** An access tests file: tests to add to the current design, which it leaves as it is. */
      readonly ok: true;
      readonly kind: ImportKind;
      readonly tests: readonly AccessTest[];
      readonly design?: undefined;
    }
  | {
      readonly ok: false;
      readonly kind: ImportKind | null;
      readonly errors: readonly ImportIssue[];
    };

/**
 * Reads pasted, chosen or dropped text into a design with core's readInput (a design file, an
 * amplify_outputs.json or an amplify/storage/resource.ts, told apart by content and the file
 * name when there is one): Import…, File › Open…, a drop and Compare with… all come here. Any
 * error makes the whole import fail, so a half-read file never replaces a design. Never throws.
 */
export async function importText(text: string, fileName = ''): Promise<ImportOutcome> {
  try {
    const { readInput } = await importers();
    const outcome = outcomeOf(readInput(text, fileName));
    if (!outcome.ok || !outcome.design || outcome.kind !== INPUT_LABELS['resource-ts'])
      return outcome;
    await loadSourceEdit();
    return { ...outcome, source: resourceSource(text, outcome.design) };
  } catch (e) {
    return {
      ok: false,
      kind: null,
      errors: [{ message: `The import failed unexpectedly: ${(e as Error).message}` }],
    };
  }
}

/** The app's view of a read: issues with their place unless the message already says it. */
export function outcomeOf(read: InputRead): ImportOutcome {
  const kind = read.kind && INPUT_LABELS[read.kind];
  const issues = (severity: InputProblem['severity']) =>
    read.problems.filter((p) => p.severity === severity).map(issue);
  if (read.tests && kind) return { ok: true, kind, tests: read.tests };
  if (!read.design || !kind) return { ok: false, kind, errors: issues('error') };
  return { ok: true, kind, design: read.design, warnings: issues('warning'), lost: read.lost };
}

const issue = (p: InputProblem): ImportIssue =>
  p.loc && !p.placeInMessage
    ? { message: p.message, line: p.loc.line, column: p.loc.column }
    : { message: p.message };

/** What Open… and Compare say of an access tests file: it has tests, not a design to show. */
export const testsFileIsNoDesign = (count: number): string =>
  `This is an access tests file (${count} ${count === 1 ? 'test' : 'tests'}): it holds tests, not a design. Import it (Import… or drop it on the page) to add its tests to this design.`;
