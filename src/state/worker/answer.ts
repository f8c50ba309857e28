import { compileStorageAfter, validateDesign, type CompiledStorage, type Design } from '../../core';
import { designFrom } from './design-delta';
import { findingsDelta, type SentFindings } from './findings-delta';
import type { ValidateReply, ValidateRequest } from './protocol';

/** The design of the request before, as this worker rebuilt it (see `designFrom`). */
let before: Design | undefined;

/**
 * The storages last compiled, by index. Any earlier compile gives the same result
 * (`compileStorageAfter`), so a request for another design (undo, an import) is answered as
 * exactly; after an edit, the rules it left alone are the same objects as before (`designFrom`),
 * so compiling does not read them again, and when the granted prefixes are as they were their
 * ancestors are not worked out again.
 */
let previous: readonly CompiledStorage[] = [];

/** The findings of the last reply and its number, which the main thread holds (`findingsDelta`). */
let replied: { seq: number; findings: SentFindings } | undefined;

/**
 * The worker's answer to one request: the design, rebuilt from what changed since the request
 * before (its new path entries adopt the ids they have on the main thread, so each fix
 * addresses the main thread's paths), validated by the core; its findings go as what changed
 * since the reply before (none after a request that stands alone: the main thread starts over).
 */
export function answer({ seq, design: sent, full }: ValidateRequest): ValidateReply {
  try {
    const design = designFrom(sent, full ? undefined : before);
    before = design;
    const compiled = design.storages.map((storage, s) => compileStorageAfter(storage, previous[s]));
    previous = compiled;
    const base = full ? undefined : replied;
    const { sent: findings, next } = findingsDelta(
      validateDesign(design, compiled),
      base?.findings,
    );
    replied = { seq, findings: next };
    return { seq, findings, base: base?.seq ?? -1 };
  } catch (error) {
    before = undefined;
    replied = undefined;
    return { seq, error: String(error) };
  }
}
