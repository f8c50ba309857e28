/**
 * "Show me this path": the Problems list asks, the design grid (which may not have the row
 * rendered when it is windowed) scrolls to it and focuses its name. A tiny event channel keeps the
 * two panels independent of each other.
 */
export const pathInputId = (storageIndex: number, pathIndex: number) =>
  `path-${storageIndex}-${pathIndex}`;

export const rowActionId = (
  storageIndex: number,
  pathIndex: number,
  action: 'up' | 'down' | 'remove',
) => `path-${storageIndex}-${pathIndex}-${action}`;

/** The path is named by its stable id (`pathIdOf`): the asker may hold an older design. */
type Listener = (storageIndex: number, pathId: string) => void;
const listeners = new Set<Listener>();

export function onRevealPath(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function revealPath(storageIndex: number, pathId: string): void {
  // After the next render: the request may come with a storage switch the grid has yet to show.
  requestAnimationFrame(() => listeners.forEach((l) => l(storageIndex, pathId)));
}
