/** The CLI's start-to-answer time, as a user or CI job sees it: a fresh `node` process per call. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderResourceTs } from '../src/core';
import { generatedDesign } from './designs';
import { percentiles, type Timing } from './measure';

export interface CliRow {
  /** The command line after FILE, e.g. `matrix --json`. */
  readonly command: string;
  readonly paths: number;
  readonly timing: Timing;
}

export interface GcShare {
  readonly command: string;
  readonly paths: number;
  /** Share of the profiled main-thread time spent in V8's garbage collector (0..1). */
  readonly share: number;
  /** The profile's total and GC time, ms. */
  readonly totalMs: number;
  readonly gcMs: number;
}

/** A command and its arguments after the command name (FILE is put first). */
export type CliCommand = readonly [name: string, ...options: string[]];

const label = ([name, ...options]: CliCommand) => [name, ...options].join(' ');

/**
 * Runs `command` on a generated resource.ts of `paths` paths in a fresh `node` per run. Wall time
 * is measured around the child process; CPU time is the child's own (reported at exit by
 * bench/cpu-report.cjs), so it does not grow when another process holds the core.
 */
export function benchCliCommand(
  binary: string,
  cpuReporter: string,
  command: CliCommand,
  paths: number,
  runs = 15,
): CliRow {
  const dir = mkdtempSync(join(tmpdir(), 'am-bench-'));
  const file = join(dir, 'resource.ts');
  const cpuFile = join(dir, 'cpu.txt');
  writeFileSync(file, renderResourceTs(generatedDesign(paths)));
  const [name, ...options] = command;
  try {
    const wall: number[] = [];
    writeFileSync(cpuFile, '');
    for (let i = 0; i < runs + 1; i++) {
      const t = performance.now();
      run(['--require', cpuReporter, binary, name, file, ...options], {
        ACCESS_MATRIX_BENCH_CPU: cpuFile,
      });
      if (i > 0) wall.push(performance.now() - t); // the first run warms the disk cache
    }
    const cpu = readFileSync(cpuFile, 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => Number(line.split(' ')[0]));
    return {
      command: label(command),
      paths,
      timing: { wall: percentiles(wall), cpu: percentiles(cpu) },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The garbage collector's share of a run, from V8's CPU profile (`node --cpu-prof`): the samples
 * attributed to "(garbage collector)" over all samples, each weighted by its time delta, pooled
 * over `runs` runs (their GC time over their profiled time; `totalMs` and `gcMs` per run). On a
 * busy machine one profile's share swings by ten points either way, and the median of five still
 * did; the pooled share moves much less.
 */
export function gcShare(binary: string, command: CliCommand, paths: number, runs = 7): GcShare {
  const all = Array.from({ length: runs }, () => gcShareOnce(binary, command, paths));
  const totalMs = all.reduce((sum, g) => sum + g.totalMs, 0);
  const gcMs = all.reduce((sum, g) => sum + g.gcMs, 0);
  return {
    command: label(command),
    paths,
    share: gcMs / totalMs,
    totalMs: totalMs / runs,
    gcMs: gcMs / runs,
  };
}

/**
 * One cold run's GC share (exported for bench/cli-ab.ts, which interleaves builds). `nodeFlags`
 * go before the binary, e.g. `--single-threaded-gc` (every collection on the main thread, where
 * the profile sees it; V8 does not stamp it into the code cache, so the build's cache still fits).
 */
export function gcShareOnce(
  binary: string,
  command: CliCommand,
  paths: number,
  nodeFlags: readonly string[] = [],
): GcShare {
  const dir = mkdtempSync(join(tmpdir(), 'am-bench-gc-'));
  const file = join(dir, 'resource.ts');
  writeFileSync(file, renderResourceTs(generatedDesign(paths)));
  const [name, ...options] = command;
  try {
    run(['--cpu-prof', '--cpu-prof-dir', dir, ...nodeFlags, binary, name, file, ...options]);
    const profileFile = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'))!;
    const profile = JSON.parse(readFileSync(join(dir, profileFile), 'utf8')) as CpuProfile;
    const gcIds = new Set(
      profile.nodes
        .filter((n) => n.callFrame.functionName === '(garbage collector)')
        .map((n) => n.id),
    );
    let total = 0;
    let gc = 0;
    profile.samples.forEach((id, i) => {
      const dt = profile.timeDeltas[i] ?? 0;
      total += dt;
      if (gcIds.has(id)) gc += dt;
    });
    return {
      command: label(command),
      paths,
      share: gc / total,
      totalMs: total / 1000,
      gcMs: gc / 1000,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface CpuProfile {
  readonly nodes: readonly { id: number; callFrame: { functionName: string } }[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

function run(args: readonly string[], env: Record<string, string> = {}) {
  try {
    execFileSync(process.execPath, args, { stdio: 'pipe', env: { ...process.env, ...env } });
  } catch (e) {
    // `check` exits 1 on errors; the bench designs are valid, so anything else is a real failure.
    throw new Error(`CLI failed: ${(e as Error).message}`, { cause: e });
  }
}
