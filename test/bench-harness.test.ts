/**
 * The bench harness still runs (on tiny designs, a run or two each): `npm run bench` is where the
 * performance figures come from, so a change that breaks it should fail here, not months later.
 * No timing is asserted: this machine's speed says nothing about the code.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { benchCliCommand, gcShare } from '../bench/cli-bench';
import { generatedDesign } from '../bench/designs';
import { measure, percentiles } from '../bench/measure';
import { benchSession } from '../bench/session-bench';
import { MainThreadTrace, type TraceEvent } from '../bench/trace-cpu';
import { validateDesign } from '../src/core';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/access-matrix.js');
const REPORTER = join(ROOT, 'bench/cpu-report.cjs');

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist-cli/access-matrix.cjs')))
    execFileSync('npm', ['run', 'build:cli'], { cwd: ROOT, stdio: 'ignore' });
});

describe('the bench harness', () => {
  it('generates valid designs of the size asked', () => {
    const design = generatedDesign(40);
    expect(design.storages[0]!.paths).toHaveLength(40);
    expect(validateDesign(design).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('measures a function and reports percentiles', () => {
    const t = measure(() => JSON.stringify(generatedDesign(5)), { minRuns: 3, budgetMs: 10 });
    expect(t.wall.runs).toBeGreaterThanOrEqual(3);
    expect(percentiles([3, 1, 2]).p50).toBe(2);
  });

  it('times the CLI cold and reads its GC share from a CPU profile', () => {
    const row = benchCliCommand(BIN, REPORTER, ['export', '--format', 'iam'], 3, 1);
    expect(row).toMatchObject({ command: 'export --format iam', paths: 3 });
    expect(row.timing.cpu.runs).toBe(1);
    expect(row.timing.cpu.p50).toBeGreaterThan(0);
    const gc = gcShare(BIN, ['matrix', '--json'], 3, 1);
    expect(gc.share).toBeGreaterThanOrEqual(0);
    expect(gc.share).toBeLessThan(1);
    expect(gc.totalMs).toBeGreaterThan(0);
  });

  it('costs autosave and the share link', async () => {
    const cost = await benchSession(20, 2);
    expect(cost.autosaveChars).toBeGreaterThan(0);
    expect(cost.shareLinkChars).toBeGreaterThan(0);
  });

  it('reads JavaScript and task thread time between marks from a Chrome trace', () => {
    const thread = { pid: 1, tid: 7 };
    const e = (name: string, ts: number, dur: number, tdur: number, cat = 'x'): TraceEvent => ({
      name,
      cat,
      ph: 'X',
      ts,
      dur,
      tdur,
      ...thread,
    });
    const trace = new MainThreadTrace([
      {
        name: 'thread_name',
        cat: '__metadata',
        ph: 'M',
        ts: 0,
        ...thread,
        args: { name: 'CrRendererMain' },
      },
      { name: 'am-click-0', cat: 'blink.user_timing', ph: 'R', ts: 1000, ...thread },
      e('ThreadControllerImpl::RunTask', 1000, 5000, 4000),
      e('v8.callFunction', 1100, 3000, 2500),
      e('Layout', 2000, 500, 500),
      e('ThreadControllerImpl::RunTask', 9000, 60_000, 55_000),
      e('v8.callFunction', 9000, 1000, 1000),
    ]);
    expect(trace.mark('am-click-0')).toBe(1000);
    expect(trace.scriptMs(1000, 100_000)).toBeCloseTo(3); // 2.5 - 0.5 (layout) + 1
    expect(trace.taskCpuMs(1000, 100_000)).toEqual([4, 55]);
  });
});
