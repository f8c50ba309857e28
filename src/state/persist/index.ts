/** Autosave with tabs and migrations, and the start of a page (own, shared or embedded design). */
export { startApp, type Started } from './start';
export { SessionProvider, useSession, useSessionStatus } from './session-context';
export type { Session } from './session';
export type { SessionStatus } from './session-status';
export type { Unreadable } from './read-saved';
export { SESSION_KEY, SESSION_VERSION } from './envelope';
