import type { Unreadable } from './read-saved';

/** What the banners show about the session; autosave is paused while any of these holds. */
export interface SessionStatus {
  /** Saved data this app cannot open: nothing is saved over it until the user chooses. */
  readonly unreadable: Unreadable | null;
  /** Another tab saved a newer revision since this tab last loaded or saved. */
  readonly conflict: { readonly revision: number } | null;
  /** The screen shows a design from a share link, not the user's own (which stays saved). */
  readonly shared: boolean;
  /** A share link that could not be opened, and why. */
  readonly linkError: string | null;
}

export const calmStatus: SessionStatus = {
  unreadable: null,
  conflict: null,
  shared: false,
  linkError: null,
};
