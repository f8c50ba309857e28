/**
 * Times each pipeline stage separately at one size (N, default 1000): bundle it with esbuild and
 * run it under `node --cpu-prof` to see where a stage spends its time.
 */
import { benchStages } from './core-bench';
import { ms } from './measure';

const n = Number(process.env.N ?? 1000);
const [row] = benchStages([n]);
for (const [name, t] of Object.entries(row!.stages)) {
  console.log(name.padEnd(20), `CPU ${ms(t.cpu.p50)}`.padEnd(14), `wall ${ms(t.wall.p50)}`);
}
