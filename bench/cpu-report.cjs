// Preloaded into each CLI run by bench/cli-bench.ts and bench/cli-ab.ts (`node --require`): at exit,
// appends this process's CPU time (user + system, since the process started) and its uptime to a
// file, so the bench can report the CLI's own CPU cost next to the wall time a user sees.
// CommonJS and `--require`, not `--import`: an ES module preload makes node load its ES module
// loader, about 3 ms of CPU that the CLI's own CommonJS launcher does not pay.
'use strict';
const { appendFileSync } = require('node:fs');

const file = process.env.ACCESS_MATRIX_BENCH_CPU;
if (file) {
  process.on('exit', () => {
    const { user, system } = process.cpuUsage();
    appendFileSync(file, `${(user + system) / 1000} ${process.uptime() * 1000}\n`);
  });
}
