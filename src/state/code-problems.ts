import { useSyncExternalStore } from 'react';
import type { SourceLocation } from '../core';
import type { ImportProblem } from '../core/import';
import type { AppStore } from './create-store';
import { useAppStoreApi } from './store-context';

/**
 * What the code editor ("Edit as code") cannot read: while its text cannot be read as a whole,
 * the design on screen is the last one that could, so its findings alone would say "0 errors"
 * about a file that does not even parse. The editor publishes its errors here; the header's
 * counts and the Problems list add them, each with its line and column and a way to go there.
 * Kept per app store (not in it: it is the editor's view of its own text, not the document, and
 * is gone when the editor closes), so two apps on one page, or tests, never share it.
 */
export interface CodeProblems {
  /** The errors that keep the text from being read; empty while it reads (or no editor is open). */
  readonly errors: readonly ImportProblem[];
  /** Shows a place of the text in the open editor (and focuses it). */
  readonly reveal?: (loc: SourceLocation) => void;
}

const NONE: CodeProblems = { errors: [] };

interface Channel {
  value: CodeProblems;
  readonly listeners: Set<() => void>;
}

const channels = new WeakMap<AppStore, Channel>();

function channelOf(store: AppStore): Channel {
  let channel = channels.get(store);
  if (!channel) channels.set(store, (channel = { value: NONE, listeners: new Set() }));
  return channel;
}

/** The code editor says what it cannot read (an empty list: it reads again, or it closed). */
export function publishCodeProblems(store: AppStore, problems: CodeProblems): void {
  const channel = channelOf(store);
  const next = problems.errors.length === 0 ? NONE : problems;
  if (next === channel.value) return;
  channel.value = next;
  for (const listener of channel.listeners) listener();
}

/** The code editor's problems now (NONE when there are none). */
export const codeProblemsOf = (store: AppStore): CodeProblems => channelOf(store).value;

/** Calls `listener` whenever the code editor's problems change; returns the unsubscribe. */
export function subscribeCodeProblems(store: AppStore, listener: () => void): () => void {
  const { listeners } = channelOf(store);
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The code editor's problems, for a component (re-renders when they change). */
export function useCodeProblems(): CodeProblems {
  const store = useAppStoreApi();
  return useSyncExternalStore(
    (listener) => subscribeCodeProblems(store, listener),
    () => codeProblemsOf(store),
  );
}
