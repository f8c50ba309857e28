import { useDeferredValue } from 'react';
import { useAppStore } from './store-context';

/**
 * The design for derived views (findings, matrix, simulator, exports). Deferred: an edit first
 * re-renders what the user touched (a checkbox answers at once), then the derivations follow in a
 * background render, which React drops if another edit comes first.
 */
export function useDerivedDesign() {
  return useDeferredValue(useAppStore((s) => s.design));
}
