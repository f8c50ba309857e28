// Preloaded into each CLI run by bench/cli-bench.ts (`node --import`): at exit, appends this
// process's CPU time (user + system, since the process started) and its uptime to a file, so the
// bench can report the CLI's own CPU cost next to the wall time a user sees.
import { appendFileSync } from 'node:fs';
import process from 'node:process';

const file = process.env.ACCESS_MATRIX_BENCH_CPU;
if (file) {
  process.on('exit', () => {
    const { user, system } = process.cpuUsage();
    appendFileSync(file, `${(user + system) / 1000} ${process.uptime() * 1000}\n`);
  });
}
