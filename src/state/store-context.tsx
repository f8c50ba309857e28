import { createContext, useContext, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { createAppStore, type AppStore } from './create-store';
import type { AppData, AppState } from './types';

const StoreContext = createContext<AppStore | null>(null);

/** Provides one store to the tree: pass `store` to share one made elsewhere (main.tsx, tests). */
export function StoreProvider({
  store,
  initial,
  children,
}: {
  store?: AppStore;
  initial?: Partial<AppData>;
  children: ReactNode;
}) {
  const [own] = useState(() => store ?? createAppStore(initial));
  return <StoreContext.Provider value={own}>{children}</StoreContext.Provider>;
}

function useStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore must be used inside <StoreProvider>');
  return store;
}

/**
 * Reads the store through a selector. Selectors must return stable values: a v5 selector that
 * builds a new object on each call re-renders forever, so use the memoized ones in ./selectors.
 */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useStoreApi(), selector);
}

/** The store itself, for event handlers that read the latest state without subscribing. */
export const useAppStoreApi = useStoreApi;
