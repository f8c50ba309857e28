import { compileStorageAfter, validateDesign, type CompiledStorage, type Design } from '../../core';
import { designFrom } from './design-delta';
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

/**
 * The worker's answer to one request: the design, rebuilt from what changed since the request
 * before (its new path entries adopt the ids they have on the main thread, so each fix
 * addresses the main thread's paths), validated by the core.
 */
export function answer({ seq, design: sent, full }: ValidateRequest): ValidateReply {
  try {
    const design = designFrom(sent, full ? undefined : before);
    before = design;
    const compiled = design.storages.map((storage, s) => compileStorageAfter(storage, previous[s]));
    previous = compiled;
    return { seq, findings: validateDesign(design, compiled) };
  } catch (error) {
    before = undefined;
    return { seq, error: String(error) };
  }
}
