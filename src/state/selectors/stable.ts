/**
 * Keeps the previous array when a new one has the same items, so React props built from it stay
 * identical across edits that do not change it (e.g. the people columns when a checkbox is ticked).
 */
export function stableArrays<T>() {
  const last = new Map<string, readonly T[]>();
  return (slot: string, next: readonly T[]): readonly T[] => {
    const prev = last.get(slot);
    if (prev && prev.length === next.length && prev.every((item, i) => item === next[i]))
      return prev;
    last.set(slot, next);
    return next;
  };
}
