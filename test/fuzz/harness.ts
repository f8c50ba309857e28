/**
 * Shared knobs for the fuzz suite. Every property runs a bounded number of cases by default (the
 * whole suite stays well under 30 s); `FUZZ_RUNS=<n>` runs n cases per property instead, for a
 * long search. Each case is timed: one over CASE_BUDGET_MS fails the test, and a watchdog thread
 * kills the test process when one case runs for HANG_MS, so a real hang fails CI instead of
 * stalling it (a synchronous infinite loop cannot be interrupted any other way).
 */
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, expect, vi } from 'vitest';

const requested = Number(process.env.FUZZ_RUNS);
/** Cases per property: `FUZZ_RUNS` when set, else the property's default. */
export const runs = (defaultRuns: number): number =>
  Number.isInteger(requested) && requested > 0 ? requested : defaultRuns;

/** Generous: a fuzz case takes milliseconds; the slowest (a 1 MiB file) well under a second alone. */
export const CASE_BUDGET_MS = Number(process.env.FUZZ_CASE_MS ?? 2000);
/** For the largest inputs the readers accept (just under their size caps), on a busy CI machine. */
export const LARGE_CASE_BUDGET_MS = 3 * CASE_BUDGET_MS;
const HANG_MS = Math.max(20_000, CASE_BUDGET_MS * 10);

/** Cases run and the slowest one, per suite: printed at the end so long runs can be compared. */
const stats = new Map<string, { cases: number; worstMs: number }>();

function record(suite: string, ms: number): void {
  const s = stats.get(suite) ?? { cases: 0, worstMs: 0 };
  s.cases++;
  s.worstMs = Math.max(s.worstMs, ms);
  stats.set(suite, s);
}

function summary(): string {
  const rows = [...stats].map(
    ([suite, s]) => `${suite}: ${s.cases} cases, worst ${s.worstMs.toFixed(0)} ms`,
  );
  return rows.join('\n');
}

// ---- watchdog -------------------------------------------------------------------------------
// [0] = 1 while a case runs, [1] = its start (ms, truncated), [2] = byte length of its label.
const control = new Int32Array(new SharedArrayBuffer(12));
const label = new Uint8Array(new SharedArrayBuffer(2048));
let watchdog: Worker | undefined;

const WATCHDOG = `
const { workerData } = require('node:worker_threads');
const { writeSync } = require('node:fs');
const { control, label, hangMs } = workerData;
setInterval(() => {
  if (Atomics.load(control, 0) !== 1) return;
  const started = Atomics.load(control, 1);
  if ((Date.now() & 0x7fffffff) - started < hangMs) return;
  const text = Buffer.from(label.subarray(0, Atomics.load(control, 2))).toString('utf8');
  writeSync(2, '\\nFUZZ HANG: one case ran for over ' + hangMs + ' ms; killing the test process. Case: ' + text + '\\n');
  process.kill(process.pid, 'SIGKILL');
}, 500);
`;

/** Call once per test file: starts the watchdog and prints the case counts at the end. */
export function fuzzSuite(): void {
  // A long run takes as long as it takes: the per-case budget and the watchdog still catch hangs.
  if (runs(0) > 0) vi.setConfig({ testTimeout: 6 * 60 * 60 * 1000 });
  beforeAll(() => {
    watchdog = new Worker(WATCHDOG, {
      eval: true,
      workerData: { control, label, hangMs: HANG_MS },
    });
    watchdog.unref();
  });
  afterAll(async () => {
    await watchdog?.terminate();
    console.log(summary());
  });
}

function describeCase(input: unknown): string {
  let text: string;
  try {
    text = typeof input === 'string' ? input : (JSON.stringify(input) ?? String(input));
  } catch {
    text = String(input);
  }
  return text.length > 400
    ? `${JSON.stringify(text.slice(0, 400))}… (${text.length} chars)`
    : JSON.stringify(text);
}

function arm(input: unknown): void {
  const bytes = new TextEncoder().encode(describeCase(input)).subarray(0, label.length);
  label.set(bytes);
  Atomics.store(control, 2, bytes.length);
  Atomics.store(control, 1, Date.now() & 0x7fffffff);
  Atomics.store(control, 0, 1);
}

/** Runs one case under the watchdog and the time budget; returns what it returned. */
export function timed<T>(
  suite: string,
  input: unknown,
  run: () => T,
  budgetMs = CASE_BUDGET_MS,
): T {
  arm(input);
  const start = performance.now();
  try {
    return run();
  } finally {
    Atomics.store(control, 0, 0);
    const ms = performance.now() - start;
    record(suite, ms);
    expect(ms, `one case took ${ms.toFixed(0)} ms: ${describeCase(input)}`).toBeLessThan(budgetMs);
  }
}

/** `timed` for async work (share links inflate through streams). */
export async function timedAsync<T>(
  suite: string,
  input: unknown,
  run: () => Promise<T>,
  budgetMs = CASE_BUDGET_MS,
): Promise<T> {
  arm(input);
  const start = performance.now();
  try {
    return await run();
  } finally {
    Atomics.store(control, 0, 0);
    const ms = performance.now() - start;
    record(suite, ms);
    expect(ms, `one case took ${ms.toFixed(0)} ms: ${describeCase(input)}`).toBeLessThan(budgetMs);
  }
}

/** Calls `run`, turning an escaping exception into a test failure that names the input. */
export function noThrow<T>(input: unknown, run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw new Error(
      `threw ${(error as Error)?.stack ?? String(error)}\non input ${describeCase(input)}`,
      { cause: error },
    );
  }
}
