/** The CLI's start-to-answer time, as a user or CI job sees it: a fresh `node` process per call. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderResourceTs } from '../src/core';
import { generatedDesign } from './designs';
import { percentiles } from './measure';

export function benchCli(binary: string, runs = 15) {
  const dir = mkdtempSync(join(tmpdir(), 'am-bench-'));
  const file = join(dir, 'resource.ts');
  writeFileSync(file, renderResourceTs(generatedDesign(30)));
  const time = (args: string[]) => {
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      try {
        execFileSync(process.execPath, [binary, ...args], { stdio: 'pipe' });
      } catch (e) {
        // `check` exits 1 on errors; the bench design is valid, so anything else is a real failure.
        throw new Error(`CLI failed: ${(e as Error).message}`, { cause: e });
      }
      samples.push(performance.now() - t);
    }
    return percentiles(samples);
  };
  return { check: time(['check', file]), matrix: time(['matrix', file, '--json']) };
}
