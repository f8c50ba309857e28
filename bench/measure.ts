/**
 * Timing helpers. The bench machine is shared (2 cores, other jobs running), so every figure is
 * reported as CPU time as well as wall time: `process.cpuUsage()` counts only this process's own
 * work (user + system, all its threads: GC helpers included), so another process stealing the
 * core inflates the wall figure but not the CPU one.
 */
export interface Percentiles {
  readonly p50: number;
  readonly p95: number;
  readonly runs: number;
}

export interface Timing {
  /** Wall-clock ms. */
  readonly wall: Percentiles;
  /** CPU ms of this process (user + system). */
  readonly cpu: Percentiles;
}

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Runs `fn` repeatedly (after a warm-up) within a time budget and returns wall and CPU percentiles in ms. */
export function measure(fn: () => void, { minRuns = 5, budgetMs = 2000, maxRuns = 200 } = {}): Timing {
  fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  const start = performance.now();
  while (wall.length < maxRuns && (wall.length < minRuns || performance.now() - start < budgetMs)) {
    const c = cpuMs();
    const t = performance.now();
    fn();
    wall.push(performance.now() - t);
    cpu.push(cpuMs() - c);
  }
  return { wall: percentiles(wall), cpu: percentiles(cpu) };
}

export function percentiles(samples: readonly number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { p50: at(0.5), p95: at(0.95), runs: sorted.length };
}

export const ms = (n: number) => (n < 1 ? n.toFixed(3) : n < 10 ? n.toFixed(2) : n.toFixed(1));
