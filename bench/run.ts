/**
 * `npm run bench`: every figure in one process and one run, so they are comparable. Prints the
 * tables and writes them to bench/results.md (the README's Performance section copies them).
 *
 * Environment: BENCH_SIZES (core, default 10,100,1000,5000), BENCH_UI_SIZES (browser, default
 * 50,500,2000), BENCH_UI_RUNS (clicks per size, default 30), BENCH_SKIP_UI=1 (no browser),
 * BENCH_SKIP_CORE=1 (no core tables), BENCH_SKIP_CLI=1 (no CLI rows), BENCH_CLI_PATHS (the cold
 * CLI rows' size, default 2000), BENCH_DIST (a built app to measure instead of dist/) and
 * BENCH_BIN (a CLI launcher instead of bin/access-matrix.js): those two measure an older build
 * with today's harness. BENCH_OUT: where to write the tables (default bench/results.md).
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { bundleSizes, kib } from './bundle-size';
import { benchCliCommand, gcShare, type CliCommand, type CliRow } from './cli-bench';
import {
  benchAmplify,
  benchCore,
  benchLinearity,
  benchStages,
  VISIBLE_ROWS,
  type StageRow,
} from './core-bench';
import { ensureDist, serveStatic, snapshotDist } from './dist';
import { CPU_CLOCK, ms, type Percentiles } from './measure';
import { benchSession } from './session-bench';
import { benchUi } from './ui-bench';

const root = fileURLToPath(new URL('..', import.meta.url));
const list = (value: string | undefined, fallback: string) =>
  (value ?? fallback).split(',').map(Number);
const sizes = list(process.env.BENCH_SIZES, '10,100,1000,5000');
const uiSizes = list(process.env.BENCH_UI_SIZES, '50,500,2000');
const uiRuns = Number(process.env.BENCH_UI_RUNS ?? 30);
const cliPaths = Number(process.env.BENCH_CLI_PATHS ?? 2000);
const skip = (part: string) => process.env[`BENCH_SKIP_${part}`] === '1';
const binary = process.env.BENCH_BIN ?? `${root}bin/access-matrix.js`;
const out = process.env.BENCH_OUT ?? `${root}bench/results.md`;

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

if (!skip('CORE')) {
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
}

// ---------------------------------------------------------------------------------------------
if (!skip('CLI')) {
  const reporter = `${root}bench/cpu-report.cjs`;
  const row = (command: CliCommand, paths: number, runs?: number) =>
    benchCliCommand(binary, reporter, command, paths, runs);
  const line = (r: CliRow, extra = '') =>
    log(`| ${r.command} | ${r.paths} | ${pp(r.timing.wall)} | ${pp(r.timing.cpu)} |${extra}`);
  log('## CLI start-to-answer (fresh node process)');
  log();
  log(
    "Wall time around the child process; CPU time is the child's own (user + system, from its start,",
  );
  log('GC helper threads included). The design is a generated resource.ts.');
  if (process.env.NODE_EXTRA_CA_CERTS)
    log(
      'NODE_EXTRA_CA_CERTS is set here: node reads and parses those certificates before any script runs, at every start (about 30 ms of CPU per run on the 2-core bench machine; bench/results.md, sixth pass), which a machine without it does not pay.',
    );
  log();
  log('| command | paths | wall | CPU |');
  log('|---|---:|---:|---:|');
  for (const command of [['check'], ['matrix', '--json'], ['export', '--format', 'iam']] as const)
    line(row(command, 2));
  for (const command of [['check'], ['matrix', '--json']] as const) line(row(command, 30));
  log();

  const amplify = benchAmplify(cliPaths);
  log(`## CLI cold on ${cliPaths} paths against Amplify's own code in-process`);
  log();
  log(
    `Amplify: the same definition through @aws-amplify/backend-storage and CDK in this process, its modules`,
  );
  log(
    `already loaded (as in the core table): ${pp(amplify.wall)} wall, ${pp(amplify.cpu)} CPU. The CLI pays the whole`,
  );
  log(
    'process: start node, load the bundle, parse resource.ts, compute and print. Ratios compare p50s.',
  );
  log();
  log('| command | paths | wall | CPU | wall / Amplify wall | CPU / Amplify CPU |');
  log('|---|---:|---:|---:|---:|---:|');
  const cold: CliCommand[] = [['export', '--format', 'iam'], ['matrix', '--json'], ['check']];
  for (const command of cold) {
    const r = row(command, cliPaths, 8);
    line(
      r,
      ` ${(r.timing.wall.p50 / amplify.wall.p50).toFixed(2)} | ${(r.timing.cpu.p50 / amplify.cpu.p50).toFixed(2)} |`,
    );
  }
  log();
  log(
    `Garbage collection in a cold run (node --cpu-prof: samples in "(garbage collector)" over all samples of the main thread, pooled over 7 runs; ms per run):`,
  );
  log();
  log('| command | paths | profiled ms | GC ms | GC share |');
  log('|---|---:|---:|---:|---:|');
  for (const command of cold.slice(0, 2)) {
    const g = gcShare(binary, command, cliPaths);
    log(
      `| ${g.command} | ${g.paths} | ${ms(g.totalMs)} | ${ms(g.gcMs)} | ${(g.share * 100).toFixed(1)}% |`,
    );
  }
  log();
}

// ---------------------------------------------------------------------------------------------
{
  const sizes = [...new Set([...uiSizes, cliPaths])].filter((n) => n >= 500);
  log('## Autosave and share link (Node, the functions the page runs)');
  log();
  log(
    'Autosave writes the design file envelope to localStorage a moment after each edit (timed here after a tick,',
  );
  log(
    'its text rebuilt from the kept texts of the paths the tick left); the share link compresses the design',
  );
  log(
    '(deflate-raw, CompressionStream) into the URL fragment when asked, in a worker in the page.',
  );
  log();
  log('| paths | autosave text CPU | chars | share link CPU | share link wall | chars |');
  log('|---:|---:|---:|---:|---:|---:|');
  for (const n of sizes) {
    const c = await benchSession(n);
    log(
      `| ${n} | ${pp(c.autosave.cpu)} | ${c.autosaveChars} | ${pp(c.shareLink.cpu)} | ${pp(c.shareLink.wall)} | ${c.shareLinkChars} |`,
    );
  }
  log();
}

// ---------------------------------------------------------------------------------------------
if (process.env.BENCH_SKIP_UI !== '1') {
  const given = process.env.BENCH_DIST;
  const rebuilt = given ? `given: ${given}` : ensureDist(root);
  const dist = given ?? snapshotDist(root);
  const sizesOf = bundleSizes(dist);
  const sum = (files: readonly { gzip: number }[]) => files.reduce((a, f) => a + f.gzip, 0);
  log('## First load (gzip, zlib level 6)');
  log();
  log(
    `dist/ ${rebuilt ? `(${rebuilt})` : 'up to date'}. Initial = what index.html loads and its static imports.`,
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
    log('- main thread, whole edit: the same plus style, layout and paint;');
    log(
      '- longest task: the longest main-thread task (thread time, trace) from the click until idle; tasks > 50: how many such tasks over all clicks.',
    );
    log(
      "Wall columns are measured in the page and stretch when the machine is busy: INP is the click's Event Timing",
    );
    log(
      '`duration` (interaction to next paint; under 16 ms the API reports nothing, shown as 16); long tasks = `longtask` entries over all clicks.',
    );
    log();
    log(
      '| paths | script to matrix | script to frame | script, whole edit | main thread, whole edit | longest task | tasks > 50 | INP (wall) | long tasks (wall) | wall to matrix | wall to frame | matrix rows in DOM |',
    );
    log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const c of ui.clicks) {
      log(
        `| ${c.paths} | ${pp(c.scriptToMatrix)} | ${pp(c.scriptToFrame)} | ${pp(c.scriptTotal)} | ${pp(c.taskTotal)} | ` +
          `${pp(c.longestTask)} | ${c.tasksOver50} | ${pp(c.inp)} | ${c.longTasks} | ${pp(c.dom)} | ${pp(c.frame)} | ${c.matrixRows} of ${c.paths} |`,
      );
    }
    const first = ui.clicks[0];
    const last = ui.clicks[ui.clicks.length - 1];
    if (first && last && first !== last)
      log(
        `\nFlat cost: main thread, whole edit at ${last.paths} paths / at ${first.paths} paths = ${(last.taskTotal.p95 / first.taskTotal.p95).toFixed(2)} (p95), ${(last.taskTotal.p50 / first.taskTotal.p50).toFixed(2)} (p50).`,
      );
    log();
    log('## Browser: scrolling (400 px per frame)');
    log();
    log(
      '| list | paths | frames | wall per frame | script CPU per frame (mean) | main-thread CPU per frame (mean) | rows in DOM |',
    );
    log('|---|---:|---:|---:|---:|---:|---:|');
    for (const s of ui.scroll) {
      log(
        `| ${s.what} | ${s.paths} | ${s.frames} | ${pp(s.frame)} | ${ms(s.scriptPerFrame)} | ${ms(s.taskPerFrame)} | ${s.matrixRows} of ${s.paths} |`,
      );
    }
    log();
    log('## Browser: import of a resource.ts by paste');
    log();
    log(
      'The Import dialog filled with a generated resource.ts (one input event, as a paste), then Import clicked;',
    );
    log(
      'main-thread CPU (trace thread time) until the matrix shows the imported rows, and until the page is idle.',
    );
    log();
    log(
      '| paths | lines | main thread to matrix | script to matrix | main thread until idle | wall to matrix | progress shown |',
    );
    log('|---:|---:|---:|---:|---:|---:|---|');
    for (const i of ui.imports) {
      log(
        `| ${i.paths} | ${i.lines} | ${ms(i.taskToMatrix)} | ${ms(i.scriptToMatrix)} | ${ms(i.taskTotal)} | ${ms(i.wall)} | ${i.progressShown ? 'yes' : 'no'} |`,
      );
    }
    log();
  } finally {
    await server.close();
  }
}

writeFileSync(out, `${lines.join('\n')}\n`);
