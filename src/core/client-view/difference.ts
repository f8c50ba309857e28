import type { Person } from '../access/people';
import type { SourceLocation } from '../text/positions';
import { DIFFERENCES, type DifferenceCode } from './catalog';

/** One disagreement between the views, where it is, and what to change. */
export interface ViewDifference {
  readonly code: DifferenceCode;
  readonly severity: 'error' | 'warning';
  readonly stage: (typeof DIFFERENCES)[DifferenceCode]['stage'];
  readonly message: string;
  /** The bucket's friendly name. */
  readonly bucket: string;
  readonly person?: Person;
  /** The `paths` entry concerned, as written. */
  readonly prefix?: string;
  /** The statement's or the path entry's place in the source, when known. */
  readonly loc?: SourceLocation;
  /** What to change, in the policy or in `paths`. */
  readonly fix: { readonly title: string };
}

export function difference(
  code: DifferenceCode,
  message: string,
  target: Omit<ViewDifference, 'code' | 'severity' | 'stage' | 'message' | 'fix'>,
  fix: string,
): ViewDifference {
  const { severity, stage } = DIFFERENCES[code];
  return { code, severity, stage, message, ...target, fix: { title: fix } };
}
