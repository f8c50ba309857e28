/** The CLI's start-to-answer time, as a user or CI job sees it: a fresh `node` process per call. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderResourceTs } from '../src/core';
import { generatedDesign } from './designs';
import { percentiles, type Timing } from './measure';

export interface CliResult {
  readonly paths: number;
  readonly check: Timing;
  readonly matrix: Timing;
}

/**
 * Wall time is measured around the child process; CPU time is the child's own (reported at exit
 * by bench/cpu-report.mjs), so it does not grow when another process holds the core.
 */
export function benchCli(binary: string, cpuReporter: string, paths = 30, runs = 15): CliResult {
  const dir = mkdtempSync(join(tmpdir(), 'am-bench-'));
  const file = join(dir, 'resource.ts');
  const cpuFile = join(dir, 'cpu.txt');
  writeFileSync(file, renderResourceTs(generatedDesign(paths)));
  const time = (args: string[]): Timing => {
    const wall: number[] = [];
    writeFileSync(cpuFile, '');
    for (let i = 0; i < runs + 1; i++) {
      const t = performance.now();
      try {
        execFileSync(process.execPath, ['--import', cpuReporter, binary, ...args], {
          stdio: 'pipe',
          env: { ...process.env, ACCESS_MATRIX_BENCH_CPU: cpuFile },
        });
      } catch (e) {
        // `check` exits 1 on errors; the bench design is valid, so anything else is a real failure.
        throw new Error(`CLI failed: ${(e as Error).message}`, { cause: e });
      }
      if (i > 0) wall.push(performance.now() - t); // the first run warms the disk cache
    }
    const cpu = readFileSync(cpuFile, 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => Number(line.split(' ')[0]));
    return { wall: percentiles(wall), cpu: percentiles(cpu) };
  };
  try {
    return { paths, check: time(['check', file]), matrix: time(['matrix', file, '--json']) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
