import { startTransition, useEffect, useState } from 'react';
import type { Design } from '../core';
import { useAppStoreApi } from './store-context';
import { validatedDesigns } from './worker/validated-designs';

/**
 * The design for derived views (findings, matrix, simulator, exports), one step behind the store:
 * an edit first re-renders what the user touched (a checkbox answers at once), then the
 * derivations follow in a transition, which React drops if another edit comes first. The design
 * is handed on once the validation worker has its findings (`validatedDesigns`), so rendering
 * them does not validate on the main thread, and every derived view follows in the same pass.
 *
 * A transition, not `useDeferredValue(useAppStore(...))`: a component reading the store re-renders
 * in the urgent pass too, with the old value, and so does everything under it. With React 19
 * every re-rendered <input> has its name and type attributes written again (React's updateInput),
 * so the urgent pass restyled and repainted every form in the side panels on each tick. Here the
 * urgent pass does not touch these components at all.
 */
export function useDerivedDesign(): Design {
  const store = useAppStoreApi();
  const [design, setDesign] = useState(() => validatedDesigns(store).current());
  useEffect(() => {
    const feed = validatedDesigns(store);
    const follow = (next: Design) => startTransition(() => setDesign(next));
    // The feed may have moved between the first render and this subscription.
    follow(feed.current());
    return feed.subscribe(follow);
  }, [store]);
  return design;
}
