/** One line of a line diff: kept (in both), removed (only in the old text) or added. */
export interface DiffLine {
  readonly kind: 'keep' | 'remove' | 'add';
  readonly text: string;
  /** 0-based line numbers in the old and new text (the side the line is on). */
  readonly oldLine?: number;
  readonly newLine?: number;
}

/**
 * Myers' O(ND) shortest edit script between two line lists (E. Myers, "An O(ND) Difference
 * Algorithm and Its Variations", 1986), with the common head and tail trimmed first. Written
 * here rather than taken from `diff` (jsdiff): lines are all we need, this is 60 lines, and the
 * browser bundle stays free of a general-purpose library of about 20 KiB minified.
 */
export function diffLines(a: readonly string[], b: readonly string[]): DiffLine[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail++;
  const out: DiffLine[] = [];
  for (let i = 0; i < head; i++) out.push({ kind: 'keep', text: a[i]!, oldLine: i, newLine: i });
  out.push(...middle(a, b, head, a.length - tail, head, b.length - tail));
  for (let k = tail; k > 0; k--) {
    const i = a.length - k;
    const j = b.length - k;
    out.push({ kind: 'keep', text: a[i]!, oldLine: i, newLine: j });
  }
  return out;
}

/** The shortest edit script of a[a0, a1) against b[b0, b1), by Myers' greedy forward search. */
function middle(
  a: readonly string[],
  b: readonly string[],
  a0: number,
  a1: number,
  b0: number,
  b1: number,
): DiffLine[] {
  const n = a1 - a0;
  const m = b1 - b0;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max && found < 0; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!)
          ? v[offset + k + 1]!
          : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[a0 + x] === b[b0 + y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
  }
  // Walk the trace back from (n, m) to (0, 0), collecting lines in reverse.
  const reversed: DiffLine[] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const before = trace[d]!;
    const k = x - y;
    const down = k === -d || (k !== d && before[offset + k - 1]! < before[offset + k + 1]!);
    const prevK = down ? k + 1 : k - 1;
    const prevX = before[offset + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      reversed.push({ kind: 'keep', text: a[a0 + x]!, oldLine: a0 + x, newLine: b0 + y });
    }
    if (down) reversed.push({ kind: 'add', text: b[b0 + prevY]!, newLine: b0 + prevY });
    else reversed.push({ kind: 'remove', text: a[a0 + prevX]!, oldLine: a0 + prevX });
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) {
    x--;
    y--;
    reversed.push({ kind: 'keep', text: a[a0 + x]!, oldLine: a0 + x, newLine: b0 + y });
  }
  return reversed.reverse();
}
