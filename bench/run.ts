/**
 * `npm run bench`: every figure in one process and one run, so they are comparable. Prints the
 * tables and writes them to bench/results.md (the README's Performance section copies them).
 *
 * Environment: BENCH_SIZES (core, default 10,100,1000,5000), BENCH_UI_SIZES (browser, default
 * 50,500,2000), BENCH_UI_RUNS (clicks per size, default 30), BENCH_SKIP_UI=1 (no browser).
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleSizes, kib } from './bundle-size';
import { benchCli } from './cli-bench';
import { benchCore, benchLinearity, benchStages, VISIBLE_ROWS, type StageRow } from './core-bench';
import { ensureDist, serveStatic, snapshotDist } from './dist';
import { CPU_CLOCK, ms, type Percentiles } from './measure';
import { benchUi } from './ui-bench';

const root = fileURLToPath(new URL('..', import.meta.url));
const list = (value: string | undefined, fallback: string) =>
  (value ?? fallback).split(',').map(Number);
const sizes = list(process.env.BENCH_SIZES, '10,100,1000,5000');
const uiSizes = list(process.env.BENCH_UI_SIZES, '50,500,2000');
const uiRuns = Number(process.env.BENCH_UI_RUNS ?? 30);

const lines: string[] = [];
const log = (line = '') => {
  lines.push(line);
  console.log(line);
};
const pp = (p: Percentiles) => `${ms(p.p50)} / ${ms(p.p95)}`;
const us = (msPerRun: number, paths: number) => ((msPerRun * 1000) / paths).toFixed(1);

log('# Access Matrix benchmarks');
log();
log(
  `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${new Date().toISOString().slice(0, 10)}; ` +
    `load average at start ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}.`,
);
log(
  'Times in ms as p50 / p95. The machine is shared, so each figure comes with CPU time, which another',
);
log(`process holding the core does not inflate: in Node the ${CPU_CLOCK};`);
log(
  "in the browser Chrome's main-thread CPU time (trace thread time; `Performance.getMetrics` in `threadTicks`).",
);
log();

// ---------------------------------------------------------------------------------------------
log('## Core pipeline vs Amplify');
log();
log(
  'Core = validate (every finding) + compile + the whole effective matrix + IAM JSON, amplify_outputs.json and resource.ts.',
);
log('Core like Amplify = only what Amplify does too: validate + compile + IAM and outputs JSON.');
log(
  "Amplify = the same access record through @aws-amplify/backend-storage's path validation and policy orchestration,",
);
log(
  'including building the CDK App/Stack/Bucket and CDK rendering the policies (`stack.resolve`), plus the reference',
);
log("harness's JSON round-trip of the result. Ratios compare CPU p50.");
log();
log(
  '| paths | core wall | core CPU | core CPU µs/path | core like Amplify CPU | Amplify wall | Amplify CPU | Amplify / core | Amplify / core like Amplify |',
);
log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const row of benchCore(sizes)) {
  log(
    `| ${row.paths} | ${pp(row.core.wall)} | ${pp(row.core.cpu)} | ${us(row.core.cpu.p50, row.paths)} | ${pp(row.likeAmplify.cpu)} | ` +
      `${pp(row.amplify.wall)} | ${pp(row.amplify.cpu)} | ${(row.amplify.cpu.p50 / row.core.cpu.p50).toFixed(1)}× | ` +
      `${(row.amplify.cpu.p50 / row.likeAmplify.cpu.p50).toFixed(1)}× |`,
  );
}
log();

// ---------------------------------------------------------------------------------------------
const stageSizes = sizes.filter((n) => n >= 1000);
if (stageSizes.length > 0) {
  const stages = benchStages(stageSizes);
  const names = Object.keys(stages[0]!.stages);
  log('## Core stages in ms (µs per path)');
  log();
  log(
    'Linear work keeps µs per path flat from 1,000 to 5,000 paths; n·log n lets it grow slowly. Two CPU',
  );
  log(
    "figures: the process's (p50; it includes V8's background garbage-collection threads, whose work",
  );
  log(
    'grows with the size of the heap) and the main thread alone (mean over ≥ 600 ms of runs, from',
  );
  log(
    '/proc/thread-self/schedstat). The 40-row matrix is one screen of the windowed editor after an edit of',
  );
  log('rules (row heads reused); its cost is per screen, not per path.');
  log();
  log(
    `| stage | ${stages.map((s) => `${s.paths} paths: process CPU | main thread`).join(' | ')} |`,
  );
  log(`|---|${stages.map(() => '---:|---:').join('|')}|`);
  const perPath = (value: number | undefined, s: StageRow, name: string) =>
    value === undefined
      ? 'n/a'
      : name === `matrix (${VISIBLE_ROWS} rows)`
        ? ms(value)
        : `${ms(value)} (${us(value, s.paths)})`;
  const cell = (s: StageRow, name: string) => {
    const t = s.stages[name]!;
    return `${perPath(t.cpu.p50, s, name)} | ${perPath(t.mainThread, s, name)}`;
  };
  for (const name of names) log(`| ${name} | ${stages.map((s) => cell(s, name)).join(' | ')} |`);
  log();
  const largest = Math.max(...stageSizes);
  const linearity = benchLinearity(largest);
  if (linearity) {
    log(
      `Linearity check: the same ${largest} paths as one storage and as five storages of ${largest / 5}`,
    );
    log(
      '(main-thread mean). Equal work; a ratio near 1 means the cost is linear in the paths, and what',
    );
    log(
      'is left of the growth in µs per path above is the larger heap and working set, not the algorithm.',
    );
    log();
    log(`| stage | 1 × ${largest} | 5 × ${largest / 5} | ratio |`);
    log('|---|---:|---:|---:|');
    for (const r of linearity)
      log(`| ${r.stage} | ${ms(r.whole)} | ${ms(r.parts)} | ${(r.whole / r.parts).toFixed(2)} |`);
    log();
  }
}

// ---------------------------------------------------------------------------------------------
log('## CLI start-to-answer (fresh node process, 30-path resource.ts)');
log();
log(
  "Wall time around the child process; CPU time is the child's own (user + system, from its start).",
);
log();
const cli = benchCli(
  `${root}bin/access-matrix.js`,
  pathToFileURL(`${root}bench/cpu-report.mjs`).href,
);
log('| command | wall | CPU |');
log('|---|---:|---:|');
log(`| check | ${pp(cli.check.wall)} | ${pp(cli.check.cpu)} |`);
log(`| matrix --json | ${pp(cli.matrix.wall)} | ${pp(cli.matrix.cpu)} |`);
log();

// ---------------------------------------------------------------------------------------------
if (process.env.BENCH_SKIP_UI !== '1') {
  const rebuilt = ensureDist(root);
  const dist = snapshotDist(root);
  const sizesOf = bundleSizes(dist);
  const sum = (files: readonly { gzip: number }[]) => files.reduce((a, f) => a + f.gzip, 0);
  log('## First load (gzip, zlib level 6)');
  log();
  log(
    `dist/ ${rebuilt ? `rebuilt by this run (${rebuilt})` : 'up to date'}. Initial = what index.html loads and its static imports.`,
  );
  log();
  log('| part | files | gzip |');
  log('|---|---|---:|');
  log(
    `| initial | ${sizesOf.initial.map((f) => f.file).join(', ')} | ${kib(sum(sizesOf.initial))} |`,
  );
  const monaco = sizesOf.lazy.filter((f) => f.monaco);
  const other = sizesOf.lazy.filter((f) => !f.monaco);
  log(
    `| lazy: code editor (Monaco) | ${monaco.map((f) => f.file).join(', ')} | ${kib(sum(monaco))} |`,
  );
  if (other.length)
    log(`| lazy: other | ${other.map((f) => f.file).join(', ')} | ${kib(sum(other))} |`);
  log();

  const server = await serveStatic(dist);
  try {
    const ui = await benchUi(server.url, uiSizes, uiRuns);
    log(`## Browser: checkbox click → updated matrix (${ui.browser}, headless, 1280×720)`);
    log();
    log(
      `A real click on the first path's "guest write" checkbox, ${uiRuns} times per size (after 3 warm-ups, the page idle`,
    );
    log('in between). CPU columns are main-thread CPU time in ms, p50 / p95:');
    log(
      '- script to matrix: JavaScript from the click until the matrix cell shows the change (Chrome trace, thread time);',
    );
    log(
      '- script to frame: JavaScript until the frame after that (includes deferred work that ran before the frame);',
    );
    log(
      '- script, whole edit: all JavaScript the edit causes until the page is idle (findings, problems, exports, autosave);',
    );
    log('- main thread, whole edit: the same plus style, layout and paint.');
    log('Wall columns are measured in the page and stretch when the machine is busy.');
    log();
    log(
      '| paths | script to matrix | script to frame | script, whole edit | main thread, whole edit | wall to matrix | wall to frame | matrix rows in DOM |',
    );
    log('|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const c of ui.clicks) {
      log(
        `| ${c.paths} | ${pp(c.scriptToMatrix)} | ${pp(c.scriptToFrame)} | ${pp(c.scriptTotal)} | ${pp(c.taskTotal)} | ` +
          `${pp(c.dom)} | ${pp(c.frame)} | ${c.matrixRows} of ${c.paths} |`,
      );
    }
    log();
    log('## Browser: scrolling the matrix (400 px per frame)');
    log();
    log(
      '| paths | frames | wall per frame | script CPU per frame (mean) | main-thread CPU per frame (mean) | matrix rows in DOM |',
    );
    log('|---:|---:|---:|---:|---:|---:|');
    for (const s of ui.scroll) {
      log(
        `| ${s.paths} | ${s.frames} | ${pp(s.frame)} | ${ms(s.scriptPerFrame)} | ${ms(s.taskPerFrame)} | ${s.matrixRows} of ${s.paths} |`,
      );
    }
    log();
  } finally {
    await server.close();
  }
}

writeFileSync(`${root}bench/results.md`, `${lines.join('\n')}\n`);
