import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Session } from './session';
import { calmStatus, type SessionStatus } from './session-status';

const SessionContext = createContext<Session | null>(null);

/** Provides the session (autosave, tabs, share links). Without one the app simply saves nothing. */
export function SessionProvider({ session, children }: { session: Session; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export const useSession = () => useContext(SessionContext);

const calm: StoreApi<SessionStatus> = createStore<SessionStatus>()(() => calmStatus);

/** A slice of the session's status (stable values only, as for the app store). */
export function useSessionStatus<T>(selector: (s: SessionStatus) => T): T {
  return useStore(useContext(SessionContext)?.status ?? calm, selector);
}
