/** Immutable array helpers: each returns a new array and leaves the input untouched. */
export const replaceAt = <T>(items: readonly T[], index: number, item: T): T[] =>
  items.map((existing, i) => (i === index ? item : existing));

export const removeAt = <T>(items: readonly T[], index: number): T[] =>
  items.filter((_, i) => i !== index);

export const insertAt = <T>(items: readonly T[], index: number, item: T): T[] => {
  const copy = [...items];
  copy.splice(Math.max(0, Math.min(index, copy.length)), 0, item);
  return copy;
};

export const move = <T>(items: readonly T[], from: number, to: number): T[] => {
  if (from === to || from < 0 || from >= items.length) return [...items];
  const copy = [...items];
  const [item] = copy.splice(from, 1) as [T];
  copy.splice(Math.max(0, Math.min(to, copy.length)), 0, item);
  return copy;
};
