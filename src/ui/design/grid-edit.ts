import { useCallback } from 'react';
import type { Design, DesignEdit } from '../../core';
import { useAppStoreApi } from '../../state';

/**
 * Designs an edit made in the rules grid itself (a tick, a rename, a move), each with the design
 * before it. The grid shows other changes (Add path, an import, a fix, undo) by scrolling to the
 * paths and marking them; the user's own edit is in the row they are looking at and needs neither.
 * Kept by transition, not by design: undo back to a design the grid made is still shown.
 */
const madeInGrid = new WeakMap<Design, Design>();

export const isGridEdit = (before: Design, after: Design) => madeInGrid.get(after) === before;

/** The store's `edit`, remembering that the grid made the change. */
export function useGridEdit() {
  const store = useAppStoreApi();
  return useCallback(
    (edit: DesignEdit) => {
      const before = store.getState().design;
      store.getState().edit(edit);
      const after = store.getState().design;
      if (after !== before) madeInGrid.set(after, before);
    },
    [store],
  );
}
