/**
 * Compares CLI builds (or node flags) cold, interleaved: each round runs every variant once in a
 * fresh `node`, in an order that alternates, so a busy machine weighs on all of them alike.
 * Prints the child's CPU time (user + system, GC threads included; bench/cpu-report.cjs) p50 /
 * p25 / p75 per variant, and the load average before and after.
 *
 * AB_BINS="/path/a/bin/access-matrix.js /path/b/bin/access-matrix.js" (a variant may carry node
 * flags before the binary, joined with commas: "--max-semi-space-size=32,/path/bin/access-matrix.js"),
 * AB_CMD="export --format iam", AB_PATHS=2000, AB_ROUNDS=15; AB_GC=1 also profiles each variant
 * once per round (node --cpu-prof, interleaved the same way) and prints its garbage-collection
 * share pooled over the rounds, as bench/run.ts reports it; AB_GC_FLAGS="--single-threaded-gc" runs
 * those profiles with node flags (every collection then runs on the main thread, which a busy
 * machine stretches no more than the rest of the run); AB_NO_EXTRA_CA=1 runs the CLI without
 * NODE_EXTRA_CA_CERTS (node parses those certificates at every start, before any script runs:
 * about 30 ms of CPU per run on the bench machine, where it is set; a CI runner usually has none);
 * AB_PIPE=1 gives the CLI's stdout as a pipe (read by this process), as a CI job does, instead
 * of /dev/null (the CLI writes to a pipe or file directly, to a character device through Node's
 * stream):
 *
 *   node scripts/bench.mjs bench/cli-ab.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderResourceTs } from '../src/core';
import { gcShareOnce } from './cli-bench';
import { generatedDesign } from './designs';

const root = fileURLToPath(new URL('..', import.meta.url));
const reporter = `${root}bench/cpu-report.cjs`;
const variants = (process.env.AB_BINS ?? `${root}bin/access-matrix.js`)
  .split(' ')
  .filter(Boolean)
  .map((v) => v.split(','));
const [name, ...options] = (process.env.AB_CMD ?? 'export --format iam').split(' ');
const paths = Number(process.env.AB_PATHS ?? 2000);
const rounds = Number(process.env.AB_ROUNDS ?? 15);

const dir = mkdtempSync(join(tmpdir(), 'am-cli-ab-'));
const file = join(dir, 'resource.ts');
writeFileSync(file, renderResourceTs(generatedDesign(paths)));
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
const loadBefore = load();
const cpu: number[][] = variants.map(() => []);
const gc = variants.map(() => ({ gcMs: 0, totalMs: 0 }));
const withGc = process.env.AB_GC === '1';
const gcFlags = (process.env.AB_GC_FLAGS ?? '').split(' ').filter(Boolean);
const withoutExtraCa = process.env.AB_NO_EXTRA_CA === '1';
const stdout = process.env.AB_PIPE === '1' ? 'pipe' : 'ignore';
const childEnv = { ...process.env };
if (withoutExtraCa) delete childEnv.NODE_EXTRA_CA_CERTS;
const extraCaNote = process.env.NODE_EXTRA_CA_CERTS
  ? withoutExtraCa
    ? '; run without NODE_EXTRA_CA_CERTS'
    : '; NODE_EXTRA_CA_CERTS set (node parses it at every start)'
  : '';
try {
  for (let round = -1; round < rounds; round++) {
    const order = variants.map((_, i) => i);
    if (round % 2 !== 0) order.reverse();
    for (const i of order) {
      const cpuFile = join(dir, `cpu-${i}.txt`);
      writeFileSync(cpuFile, '');
      const variant = variants[i]!;
      execFileSync(
        process.execPath,
        ['--require', reporter, ...variant.slice(0, -1), variant.at(-1)!, name!, file, ...options],
        {
          stdio: ['ignore', stdout, 'inherit'],
          maxBuffer: 1 << 30,
          env: { ...childEnv, ACCESS_MATRIX_BENCH_CPU: cpuFile },
        },
      );
      // Round -1 warms the disk cache and is not counted.
      if (round >= 0) cpu[i]!.push(Number(readFileSync(cpuFile, 'utf8').split(' ')[0]));
      if (round >= 0 && withGc && variant.length === 1) {
        const g = gcShareOnce(variant[0]!, [name!, ...options], paths, gcFlags);
        gc[i]!.gcMs += g.gcMs;
        gc[i]!.totalMs += g.totalMs;
      }
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};
console.log(
  `# ${name} ${options.join(' ')} on ${paths} paths, ${rounds} rounds${gcFlags.length > 0 ? `, GC profiled with ${gcFlags.join(' ')}` : ''}${extraCaNote}${stdout === 'pipe' ? '; stdout a pipe' : ''}; load ${loadBefore} → ${load()}`,
);
variants.forEach((v, i) => {
  const xs = cpu[i]!;
  console.log(
    `${quantile(xs, 0.5).toFixed(1).padStart(7)} (${quantile(xs, 0.25).toFixed(1)}–${quantile(xs, 0.75).toFixed(1)})${withGc && gc[i]!.totalMs > 0 ? `  GC ${((100 * gc[i]!.gcMs) / gc[i]!.totalMs).toFixed(1)}% (${(gc[i]!.gcMs / rounds).toFixed(1)} of ${(gc[i]!.totalMs / rounds).toFixed(1)} ms profiled)` : ''}  ${v.join(' ')}`,
  );
});
