/**
 * Timing helpers. The bench machine is shared (2 cores, other jobs running), so every figure is
 * reported as CPU time as well as wall time: `process.cpuUsage()` counts only this process's own
 * work, so another process holding the core stretches the wall figure but not the CPU one. It
 * counts all of the process's threads, V8's background garbage-collection threads included.
 * (The main thread alone would be better, but Node 20 has no precise per-thread clock: Linux's
 * /proc/thread-self/schedstat only moves in scheduler ticks of 4 ms.)
 */
import { existsSync, readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export interface Percentiles {
  readonly p50: number;
  readonly p95: number;
  readonly runs: number;
}

export interface Timing {
  /** Wall-clock ms. */
  readonly wall: Percentiles;
  /** CPU ms of this process (user + system, all threads). */
  readonly cpu: Percentiles;
}

/** What `cpu` measures, for the report. */
export const CPU_CLOCK =
  "process's CPU time (`process.cpuUsage()`, user + system, GC helper threads included)";

export const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Runs `fn` repeatedly (after a warm-up) within a time budget and returns wall and CPU percentiles in ms. */
export function measure(
  fn: () => void,
  { minRuns = 5, budgetMs = 2000, maxRuns = 200 } = {},
): Timing {
  collectGarbage();
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

const SCHEDSTAT = '/proc/thread-self/schedstat';
const threadRunMs = () => Number(readFileSync(SCHEDSTAT, 'utf8').split(' ')[0]) / 1e6;

/**
 * Mean main-thread CPU ms per run of `fn`, from Linux's per-thread run time: it moves only in
 * scheduler ticks (4 ms), so runs are batched until at least `minMs` of it has passed, which
 * leaves the tick error below 1%. Undefined where /proc/thread-self/schedstat does not exist.
 */
export function mainThreadMean(fn: () => void, minMs = 600): number | undefined {
  if (!existsSync(SCHEDSTAT)) return undefined;
  collectGarbage();
  fn();
  const start = threadRunMs();
  let runs = 0;
  while (threadRunMs() - start < minMs || runs < 3) {
    fn();
    runs++;
  }
  return (threadRunMs() - start) / runs;
}

/**
 * A full garbage collection, so each measurement starts from a clean heap rather than from the
 * garbage of the one before (the Amplify runs leave hundreds of MB). `--expose-gc` is switched on
 * here because `npm run bench` runs this bundle inside its own node process.
 */
export const collectGarbage: () => void = (() => {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
})();
