import type { AccessTest } from '../model/access-test';
import type { BackendTsImport } from '../import/backend-ts/types';
import type { StorageLocation } from '../import/resource-ts/types';
import type { Design } from '../model/types';
import type { BucketPlacement } from '../outputs/outputs';

/** Every kind of file the project reads into a design. */
export type InputKind =
  'design-file' | 'amplify-outputs' | 'resource-ts' | 'backend-ts' | 'access-tests';

/** How sentences name each kind: "Imported a resource.ts", "not in amplify_outputs.json". */
export const INPUT_LABELS: Readonly<Record<InputKind, string>> = {
  'design-file': 'design file',
  'amplify-outputs': 'amplify_outputs.json',
  'resource-ts': 'resource.ts',
  'backend-ts': 'backend.ts',
  'access-tests': 'access tests file',
};

/** Something a reader could not read, or read but wants the user to know about. */
export interface InputProblem {
  /** Stable code of the reader that found it: key on it, never on the wording. */
  readonly code: string;
  readonly severity: 'error' | 'warning';
  readonly message: string;
  /** Where in the text (1-based, columns in UTF-16 units as editors count); absent for the whole file. */
  readonly loc?: { readonly line: number; readonly column: number };
  /**
   * The message already names the line and column (the design-file reader words it so, for
   * share links and saved data too): shells that print `loc` print the message alone.
   */
  readonly placeInMessage?: true;
}

/** What reading one input gave: the same answer for the CLI, Import…, File › Open… and a drop. */
export interface InputRead {
  /** Which reader read it; null when there was nothing to read (a blank text). */
  readonly kind: InputKind | null;
  /** Null whenever a problem is an error: a half-read file never replaces a design. */
  readonly design: Design | null;
  /** Errors and warnings, in the order the reader found them. */
  readonly problems: readonly InputProblem[];
  /** What the source cannot tell (amplify_outputs.json), so the design may differ from the original. */
  readonly lost: readonly string[];
  /** Each storage's bucket and region when the source gives them (amplify_outputs.json). */
  readonly placements?: readonly BucketPlacement[];
  /** Where each storage, path and rule was written (resource.ts), same indices as the design. */
  readonly locations?: { readonly storages: readonly StorageLocation[] };
  /**
   * amplify/backend.ts as read (buckets, `paths`, inline policies with their places), for the two
   * views of each bucket (core/client-view's backendTsViews). Present even when `design` is null.
   */
  readonly backend?: BackendTsImport;
  /**
   * An access tests file (access.tests.json): its tests. Such a file holds no storage, so
   * `design` is null without an error: shells that take tests add them to the current design.
   */
  readonly tests?: readonly AccessTest[];
}

/** What a reader may leave out when its caller does not need it. */
export interface ReadOptions {
  /**
   * No `locations` for a resource.ts (where each storage, path and rule is): for callers that
   * only compute from the design, such as the CLI's matrix and IAM export. The design and the
   * problems, located, are the same.
   */
  readonly withoutLocations?: boolean;
}

/** One reader of `readInput`. */
export interface InputFormat {
  readonly kind: InputKind;
  /**
   * Whether this reader takes `source` (byte order mark removed). Readers are asked in the
   * order of INPUT_FORMATS; the first that says yes reads the text, even if it then fails.
   */
  recognises(source: string, fileName: string): boolean;
  read(source: string, options?: ReadOptions): InputRead;
}

/** Drops a leading UTF-8 byte order mark (Windows editors write one; JSON.parse rejects it). */
export const stripBom = (text: string): string =>
  text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;

/**
 * A reader's result: the design only when no problem is an error (readers may return a partial
 * design next to errors, e.g. resource.ts with one bad rule).
 */
export function settle(
  kind: InputKind,
  read: Omit<InputRead, 'kind' | 'design'> & { readonly design: Design | null },
): InputRead {
  const failed = read.problems.some((p) => p.severity === 'error');
  if (!failed && !read.design) {
    const none: InputProblem = {
      code: 'no-storage',
      severity: 'error',
      message: `No storage found in this ${INPUT_LABELS[kind]}.`,
    };
    return { ...read, kind, design: null, problems: [...read.problems, none] };
  }
  return { ...read, kind, design: failed ? null : read.design };
}
