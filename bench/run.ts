/**
 * `npm run bench`: every figure in one process and one run, so they are comparable. Prints the
 * table and writes it to bench/results.md.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { benchCli } from './cli-bench';
import { benchCore } from './core-bench';
import { ms } from './measure';

const root = fileURLToPath(new URL('..', import.meta.url));
const sizes = (process.env.BENCH_SIZES ?? '10,100,1000,5000').split(',').map(Number);

const lines: string[] = [];
const log = (line = '') => {
  lines.push(line);
  console.log(line);
};

log('# Access Matrix benchmarks');
log();
log(`Node ${process.version}, ${new Date().toISOString().slice(0, 10)}. Times in ms (p50 / p95).`);
log();
log('## Core pipeline vs Amplify');
log();
log('Core = validate + compile + effective matrix + IAM/outputs/resource.ts exports.');
log("Amplify = the same access record through @aws-amplify/backend-storage's path validation and policy orchestration, rendered by CDK.");
log();
log('| paths | core p50 | core p95 | Amplify p50 | Amplify p95 | Amplify / core |');
log('|---:|---:|---:|---:|---:|---:|');
for (const row of benchCore(sizes)) {
  log(`| ${row.paths} | ${ms(row.core.p50)} | ${ms(row.core.p95)} | ${ms(row.amplify.p50)} | ${ms(row.amplify.p95)} | ${(row.amplify.p50 / row.core.p50).toFixed(1)}× |`);
}
log();
log('## CLI start-to-answer (fresh node process, 30-path resource.ts)');
log();
const cli = benchCli(`${root}bin/access-matrix.js`);
log('| command | p50 | p95 |');
log('|---|---:|---:|');
log(`| check | ${ms(cli.check.p50)} | ${ms(cli.check.p95)} |`);
log(`| matrix --json | ${ms(cli.matrix.p50)} | ${ms(cli.matrix.p95)} |`);
log();

writeFileSync(`${root}bench/results.md`, `${lines.join('\n')}\n`);
