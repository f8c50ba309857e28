/** Test-side views of the app's templates and the core's renderers (the e2e compares with both). */
import { TEMPLATES } from '../src/state/templates';
export {
  bucketPlacements,
  compileDesign,
  renderIamJson,
  renderOutputsJson,
  renderResourceTs,
} from '../src/core';

export const TEMPLATES_FOR_TESTS = Object.fromEntries(
  Object.values(TEMPLATES).map((t) => [t.label, t.design]),
) as Record<string, () => import('../src/core').Design>;
