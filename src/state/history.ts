import type { Design } from '../core';
import type { History } from './types';

/** Enough to walk back through a session; older steps fall off. */
const LIMIT = 200;

export const emptyHistory: History = { past: [], future: [] };

/** Records `previous` as an undo step for a new design (a new edit clears redo). */
export function recorded(history: History, previous: Design): History {
  const past = history.past.length >= LIMIT ? history.past.slice(1) : history.past;
  return { past: [...past, previous], future: [] };
}

/** `oldest` as the first undo step, before everything recorded (redo is kept). */
export function withOldest(history: History, oldest: Design): History {
  return { past: [oldest, ...history.past], future: history.future };
}

/** One step back: the design to show and the history after it, or undefined when there is none. */
export function undone(
  history: History,
  current: Design,
): { design: Design; history: History } | undefined {
  const design = history.past.at(-1);
  if (!design) return undefined;
  return {
    design,
    history: { past: history.past.slice(0, -1), future: [current, ...history.future] },
  };
}

export function redone(
  history: History,
  current: Design,
): { design: Design; history: History } | undefined {
  const design = history.future[0];
  if (!design) return undefined;
  return { design, history: { past: [...history.past, current], future: history.future.slice(1) } };
}
