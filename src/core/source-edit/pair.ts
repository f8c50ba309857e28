/**
 * Which old item each new item continues (undefined: a new item), so that a kept item keeps its
 * text. Items are paired in rounds, each only among the items still unpaired:
 * 1. by each key in `keys` (most exact first), keeping order (longest common subsequence);
 * 2. by the first key anywhere (an item moved elsewhere);
 * 3. if `byPlace`, by place: an unpaired new item takes the first unpaired old one between the
 *    old partners of its paired neighbours (a renamed path, a rule whose person changed).
 */
export function pairItems<T>(
  old: readonly T[],
  next: readonly T[],
  keys: readonly ((item: T) => string)[],
  byPlace: boolean,
): (number | undefined)[] {
  const partner: (number | undefined)[] = next.map(() => undefined);
  const taken = new Set<number>();
  for (const key of keys) {
    const a = old.flatMap((item, i) => (taken.has(i) ? [] : [{ i, k: key(item) }]));
    const b = next.flatMap((item, j) => (partner[j] === undefined ? [{ j, k: key(item) }] : []));
    for (const [x, y] of lcs(
      a.map((e) => e.k),
      b.map((e) => e.k),
    )) {
      partner[b[y]!.j] = a[x]!.i;
      taken.add(a[x]!.i);
    }
  }
  const first = keys[0];
  if (first) {
    next.forEach((item, j) => {
      if (partner[j] !== undefined) return;
      const k = first(item);
      const i = old.findIndex((o, i) => !taken.has(i) && first(o) === k);
      if (i >= 0) {
        partner[j] = i;
        taken.add(i);
      }
    });
  }
  if (byPlace) {
    next.forEach((_, j) => {
      if (partner[j] !== undefined) return;
      let low = -1;
      for (let p = j - 1; p >= 0; p--)
        if (partner[p] !== undefined) {
          low = partner[p]!;
          break;
        }
      let high = old.length;
      for (let q = j + 1; q < next.length; q++)
        if (partner[q] !== undefined) {
          high = partner[q]!;
          break;
        }
      for (let i = low + 1; i < high; i++) {
        if (taken.has(i)) continue;
        partner[j] = i;
        taken.add(i);
        break;
      }
    });
  }
  return partner;
}

/** Index pairs of a longest common subsequence of two key lists (dynamic programming; lists are short). */
function lcs(a: readonly string[], b: readonly string[]): [number, number][] {
  const m = a.length;
  const n = b.length;
  if (m === 0 || n === 0) return [];
  const width = n + 1;
  const table = new Uint32Array((m + 1) * width);
  for (let i = m - 1; i >= 0; i--)
    for (let j = n - 1; j >= 0; j--)
      table[i * width + j] =
        a[i] === b[j]
          ? table[(i + 1) * width + j + 1]! + 1
          : Math.max(table[(i + 1) * width + j]!, table[i * width + j + 1]!);
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < m && j < n;) {
    if (a[i] === b[j]) pairs.push([i++, j++]);
    else if (table[(i + 1) * width + j]! >= table[i * width + j + 1]!) i++;
    else j++;
  }
  return pairs;
}
