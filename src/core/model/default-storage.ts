import type { Design } from './types';

/**
 * Which storage Amplify treats as the default: the one with `isDefault`, or the only one.
 * Undefined when that is ambiguous (several defaults, or several storages and none).
 */
export function defaultStorageIndex(design: Design): number | undefined {
  const defaults = design.storages.flatMap((s, i) => (s.isDefault ? [i] : []));
  if (defaults.length === 1) return defaults[0];
  if (defaults.length === 0 && design.storages.length === 1) return 0;
  return undefined;
}
