import type { Design, Finding } from '../../core';

/** A design to validate, with the ids of its path entries (per storage, in order). */
export interface ValidateRequest {
  readonly seq: number;
  readonly design: Design;
  readonly ids: readonly (readonly string[])[];
}

/** Its findings, or why there are none (the main thread then validates it itself). */
export type ValidateReply =
  | { readonly seq: number; readonly findings: readonly Finding[] }
  | { readonly seq: number; readonly error: string };
