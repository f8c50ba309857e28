import type { DesignSent } from './design-delta';
import type { FindingSent } from './findings-delta';

/**
 * A design to validate, as changes to the design of the request before (`designDelta`); `full`
 * when it was sent without one (the first request, or after an error), so that it stands alone.
 */
export interface ValidateRequest {
  readonly seq: number;
  readonly design: DesignSent;
  readonly full: boolean;
}

/**
 * Its findings, as changes to the findings of the reply numbered `base` (`findingsDelta`; -1:
 * none, every finding whole), or why there are none (the main thread then validates it itself).
 */
export type ValidateReply =
  | { readonly seq: number; readonly findings: readonly FindingSent[]; readonly base: number }
  | { readonly seq: number; readonly error: string };
