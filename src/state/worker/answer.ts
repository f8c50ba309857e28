import { adoptPathId, validateDesign } from '../../core';
import type { ValidateReply, ValidateRequest } from './protocol';

/**
 * The worker's answer to one request: the design's paths adopt the ids they have on the main
 * thread (so each fix addresses the main thread's paths), then the core validates it.
 */
export function answer({ seq, design, ids }: ValidateRequest): ValidateReply {
  try {
    design.storages.forEach((storage, s) =>
      storage.paths.forEach((entry, i) => adoptPathId(entry, ids[s]![i]!)),
    );
    return { seq, findings: validateDesign(design) };
  } catch (error) {
    return { seq, error: String(error) };
  }
}
