/**
 * Where a cold CLI run spends its time: runs the CLI under `node --cpu-prof` on a generated
 * resource.ts and prints self and inclusive time per function (top 40), plus the GC share.
 *
 * CLI_ARGS="export --format iam" CLI_PATHS=2000 node scripts/bench.mjs bench/cli-profile.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderResourceTs } from '../src/core';
import { generatedDesign } from './designs';

const root = fileURLToPath(new URL('..', import.meta.url));
const [name, ...options] = (process.env.CLI_ARGS ?? 'export --format iam').split(' ');
const paths = Number(process.env.CLI_PATHS ?? 2000);
const dir = mkdtempSync(join(tmpdir(), 'am-cli-prof-'));
const file = join(dir, 'resource.ts');
writeFileSync(file, renderResourceTs(generatedDesign(paths)));
try {
  execFileSync(
    process.execPath,
    [
      '--cpu-prof',
      '--cpu-prof-dir',
      dir,
      '--cpu-prof-interval',
      '100',
      `${root}bin/access-matrix.js`,
      name!,
      file,
      ...options,
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const profile = JSON.parse(
    readFileSync(
      join(
        dir,
        readdirSync(dir).find((f) => f.endsWith('.cpuprofile'))!,
      ),
      'utf8',
    ),
  ) as {
    nodes: {
      id: number;
      children?: number[];
      callFrame: { functionName: string; url: string; lineNumber: number };
    }[];
    samples: number[];
    timeDeltas: number[];
  };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (id: number) => {
    const f = byId.get(id)!.callFrame;
    return `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
  };
  const self = new Map<string, number>();
  const incl = new Map<string, number>();
  let total = 0;
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
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `${(v / 1000).toFixed(1).padStart(8)}  ${k}`)
      .join('\n');
  console.log(
    `# ${name} ${options.join(' ')} on ${paths} paths: ${(total / 1000).toFixed(1)} ms profiled`,
  );
  console.log(`\n## self\n${top(self, 30)}\n\n## inclusive\n${top(incl, 45)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
