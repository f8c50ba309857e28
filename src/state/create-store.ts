import { createStore } from 'zustand/vanilla';
import { applyEdits, liveFix, type Design, type DesignEdit } from '../core';
import { findingsOf } from './selectors/access';
import { emptyHistory, recorded, redone, undone, withOldest } from './history';
import { TEMPLATES } from './templates';
import type { AppData, AppState } from './types';

export const initialData = (): AppData => ({
  design: TEMPLATES.prefixes.design(),
  storageIndex: 0,
  bucket: { region: '', bucketNames: {} },
  theme: 'system',
  simulator: { person: 'guest', action: 'get', key: 'media/photo.jpg', identityId: '' },
  history: emptyHistory,
});

const clampStorage = (design: Design, index: number) =>
  Math.max(0, Math.min(index, design.storages.length - 1));

/**
 * The app's store: one per app (and per test), made by a factory as xyflow does. Data is the
 * document plus UI state; every design change goes through the core's pure `applyEdit`, so an
 * edit that changes nothing leaves the state (and every memoized derivation) untouched.
 */
export function createAppStore(initial: Partial<AppData> = {}) {
  return createStore<AppState>()((set, get) => {
    /** Replaces the document, recording an undo step when it really changed. */
    const commit = (design: Design) => {
      const { design: previous, history, storageIndex } = get();
      if (design === previous) return;
      set({
        design,
        history: recorded(history, previous),
        storageIndex: clampStorage(design, storageIndex),
      });
    };
    const travel = (step: typeof undone) => {
      const { design, history, storageIndex } = get();
      const next = step(history, design);
      if (next) set({ ...next, storageIndex: clampStorage(next.design, storageIndex) });
    };

    return {
      ...initialData(),
      ...initial,
      edit: (edit) =>
        commit(applyEdits(get().design, Array.isArray(edit) ? edit : [edit as DesignEdit])),
      applyFix: (finding, madeFor, chosen) => {
        const live = get().design;
        const fix = liveFix(finding, madeFor, live, findingsOf, chosen ?? finding.fix);
        if (fix) commit(applyEdits(live, fix.edits));
      },
      loadTemplate: (name) => {
        commit(TEMPLATES[name].design());
        set({ storageIndex: 0, source: undefined });
      },
      loadDesign: (design, source) => {
        commit(design);
        set({ storageIndex: 0, source });
      },
      // Code (resource.ts) has no tests: a design read from it keeps the tests the user has.
      replaceDesign: (design, source) => {
        const { tests } = get().design;
        commit(design.tests === undefined && tests ? { ...design, tests } : design);
        if (source) set({ source });
      },
      loadSession: ({ design, ...view }) => {
        commit(design);
        set(view);
      },
      // A shared design is not read from the user's resource.ts: exports must not write it there.
      showShared: (design, { bucket, simulator }) =>
        set({
          design,
          storageIndex: 0,
          history: emptyHistory,
          bucket,
          simulator,
          source: undefined,
        }),
      keepShown: (previous) => set({ history: withOldest(get().history, previous) }),
      // The session's own source, or none: never the one of the design shown before.
      restoreSession: (data, history) => set({ source: undefined, ...data, history }),
      selectStorage: (storageIndex) =>
        set({ storageIndex: clampStorage(get().design, storageIndex) }),
      setBucketSettings: ({ bucketName, ...rest }) => {
        const { bucket, design, storageIndex } = get();
        const name = design.storages[storageIndex]?.name;
        const bucketNames =
          bucketName === undefined || name === undefined
            ? bucket.bucketNames
            : { ...bucket.bucketNames, [name]: bucketName };
        set({ bucket: { ...bucket, ...rest, bucketNames } });
      },
      setTheme: (theme) => set({ theme }),
      setSimulator: (patch) => set({ simulator: { ...get().simulator, ...patch } }),
      undo: () => travel(undone),
      redo: () => travel(redone),
    };
  });
}

export type AppStore = ReturnType<typeof createAppStore>;
