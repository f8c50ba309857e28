/**
 * Where a cold CLI run spends its time: runs the CLI under `node --cpu-prof` on a generated
 * resource.ts and prints self and inclusive time per function (top 40), plus the GC share.
 *
 * CLI_ARGS="export --format iam" CLI_PATHS=2000 node scripts/bench.mjs bench/cli-profile.ts
 *
 * CLI_RUNS=5 sums the profiles of five runs (the figures are then per run, averaged: one cold
 * run on a shared machine swings widely); CLI_BIN profiles another build's launcher; TOP=100
 * lists more functions.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderResourceTs } from '../src/core';
import { generatedDesign } from './designs';

const root = fileURLToPath(new URL('..', import.meta.url));
const [name, ...options] = (process.env.CLI_ARGS ?? 'export --format iam').split(' ');
const paths = Number(process.env.CLI_PATHS ?? 2000);
const runs = Number(process.env.CLI_RUNS ?? 1);
const binary = process.env.CLI_BIN ?? `${root}bin/access-matrix.js`;
const top = Number(process.env.TOP ?? 45);
const dir = mkdtempSync(join(tmpdir(), 'am-cli-prof-'));
const file = join(dir, 'resource.ts');
writeFileSync(file, renderResourceTs(generatedDesign(paths)));
interface Profile {
  nodes: {
    id: number;
    children?: number[];
    callFrame: { functionName: string; url: string; lineNumber: number };
  }[];
  samples: number[];
  timeDeltas: number[];
}
const self = new Map<string, number>();
const incl = new Map<string, number>();
let total = 0;
/** Adds one profile's self and inclusive time per function (µs) to the totals. */
function add(profile: Profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (id: number) => {
    const f = byId.get(id)!.callFrame;
    return `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
  };
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    total += dt;
    self.set(label(id), (self.get(label(id)) ?? 0) + dt);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const key = label(at);
      if (!seen.has(key)) incl.set(key, (incl.get(key) ?? 0) + dt);
      seen.add(key);
    }
  });
}
try {
  for (let run = 0; run < runs; run++) {
    const out = join(dir, `run-${run}`);
    execFileSync(
      process.execPath,
      [
        '--cpu-prof',
        '--cpu-prof-dir',
        out,
        '--cpu-prof-interval',
        '100',
        binary,
        name!,
        file,
        ...options,
      ],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
    const profileFile = readdirSync(out).find((f) => f.endsWith('.cpuprofile'))!;
    add(JSON.parse(readFileSync(join(out, profileFile), 'utf8')) as Profile);
  }
  const list = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `${(v / 1000 / runs).toFixed(1).padStart(8)}  ${k}`)
      .join('\n');
  console.log(
    `# ${name} ${options.join(' ')} on ${paths} paths: ${(total / 1000 / runs).toFixed(1)} ms profiled per run (${runs} runs; load ${loadavg()[0]!.toFixed(1)})`,
  );
  console.log(`\n## self\n${list(self, 30)}\n\n## inclusive\n${list(incl, top)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
