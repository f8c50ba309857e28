/**
 * The autosave's main-thread cost per edit, in headless Chromium with its real localStorage:
 * source trees (before/after) bundled side by side and measured interleaved, save by save.
 * CPU is the renderer main thread's (`Performance.getMetrics`, threadTicks, DevTools commands
 * left out), so load on the machine stretches the wall figures, not these.
 *
 * SAVE_ROOTS=before=/tmp/ps-before,after=. SAVE_SIZES=50,500,2000 SAVE_RUNS=40 SAVE_ROUNDS=3 \
 *   node scripts/bench.mjs bench/autosave-bench.ts
 */
import { chromium, type CDPSession } from '@playwright/test';
import { build } from 'esbuild';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import config from '../playwright.config';
import type { SaveBenchWindow } from './autosave-page';
import { serveStatic } from './dist';
import { ms, percentiles } from './measure';

const here = fileURLToPath(new URL('.', import.meta.url));
const roots = (process.env.SAVE_ROOTS ?? 'now=.').split(',').map((pair) => {
  const [name, dir] = pair.split('=');
  return { name: name!, dir: resolve(dir ?? name!) };
});
const sizes = (process.env.SAVE_SIZES ?? '50,500,2000').split(',').map(Number);
const runs = Number(process.env.SAVE_RUNS ?? 40);
const rounds = Number(process.env.SAVE_ROUNDS ?? 3);
const imported = process.env.SAVE_IMPORTED === '1';

/** The page module of one source tree: bench/autosave-page.ts with its `../src/` resolved into it. */
async function bundle(root: string): Promise<string> {
  const out = await build({
    entryPoints: [join(here, 'autosave-page.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
    absWorkingDir: root,
    nodePaths: [join(root, 'node_modules')],
    plugins: [
      {
        name: 'src-root',
        setup(b) {
          b.onResolve({ filter: /^\.\.\/src\// }, (a) =>
            a.resolveDir === here.replace(/\/$/, '')
              ? b.resolve(`./${a.path.slice(3)}`, { resolveDir: root, kind: a.kind })
              : undefined,
          );
        },
      },
    ],
    logLevel: 'warning',
  });
  return out.outputFiles[0]!.text;
}

const dir = mkdtempSync(join(tmpdir(), 'autosave-bench-'));
writeFileSync(join(dir, 'index.html'), '<!doctype html><title>autosave bench</title>');
for (const r of roots) writeFileSync(join(dir, `${r.name}.js`), await bundle(r.dir));
const server = await serveStatic(dir);
const browser = await chromium.launch(config.use?.launchOptions ?? {});

const taskMs = async (cdp: CDPSession) => {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
  return ((m.TaskDuration ?? 0) - (m.DevToolsCommandDuration ?? 0)) * 1000;
};

type Row = { cpu: number[]; wall: number[]; get: number[]; set: number[]; share: number[] };
const results = new Map<string, Row[]>();
try {
  for (let round = 0; round < rounds; round++)
    for (const n of sizes)
      for (const r of roots) {
        const context = await browser.newContext();
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
        await page.goto(server.url);
        await page.addScriptTag({ url: `${r.name}.js` });
        await page.evaluate(
          ([p, c, i]) => (window as unknown as SaveBenchWindow).__prepare(p, c, i),
          [n, runs + 5, imported] as const,
        );
        const row: Row = { cpu: [], wall: [], get: [], set: [], share: [] };
        for (let i = 1; i < runs + 5; i++) {
          const before = await taskMs(cdp);
          // In a task of the page's own (not inside the DevTools command), as the idle callback runs.
          const b = await page.evaluate(
            (k) =>
              new Promise<{ total: number; get: number; set: number }>((done) =>
                setTimeout(() => done((window as unknown as SaveBenchWindow).__save(k))),
              ),
            i,
          );
          const cpu = (await taskMs(cdp)) - before;
          if (i <= 5) continue; // warm-up
          row.cpu.push(cpu);
          row.wall.push(b.total);
          row.get.push(b.get);
          row.set.push(b.set);
        }
        for (let i = 0; i < 8; i++) {
          const before = await taskMs(cdp);
          await page.evaluate((k) => (window as unknown as SaveBenchWindow).__share(k), i);
          row.share.push((await taskMs(cdp)) - before);
        }
        results.set(`${r.name} ${n}`, [...(results.get(`${r.name} ${n}`) ?? []), row]);
        await context.close();
      }
} finally {
  await browser.close();
  await server.close();
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(
  `autosave per edit${imported ? ' (design imported from resource.ts)' : ''}, ${runs} saves × ${rounds} rounds, medians of the rounds`,
);
console.log(
  "| tree | paths | main-thread CPU p50 / p95 | wall p50 | getItem p50 | setItem p50 | encodeShareFragment CPU p50 (the share worker's part) |",
);
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const [key, list] of results) {
  const [name, n] = key.split(' ');
  const of = (f: (r: Row) => number[], p: 'p50' | 'p95' = 'p50') =>
    ms(median(list.map((r) => percentiles(f(r))[p])));
  console.log(
    `| ${name} | ${n} | ${of((r) => r.cpu)} / ${of((r) => r.cpu, 'p95')} | ${of((r) => r.wall)} | ${of((r) => r.get)} | ${of((r) => r.set)} | ${of((r) => r.share)} |`,
  );
}
