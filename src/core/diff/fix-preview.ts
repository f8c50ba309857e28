import { applyEdits } from '../edit/apply';
import type { Design } from '../model/types';
import type { Fix } from '../validate/finding';
import { diffDesigns, type DesignDiff } from './diff';

/**
 * What a fix would change in who can do what, before it is applied: the access diff between the
 * design and the design with the fix's edits. Shown next to every fix button, so a repair never
 * grants (or takes away) access silently.
 */
export function fixPreview(design: Design, fix: Fix): DesignDiff {
  return diffDesigns(design, applyEdits(design, fix.edits));
}
