/**
 * Before and after in one run: two (or more) builds of the app measured interleaved, click by
 * click size and scroll by scroll, so a shared machine's load falls on both alike. For the
 * "what each fix was worth" figures; `npm run bench` stays the source of the full tables.
 *
 * AB_DISTS=before=/tmp/a,after=dist AB_SIZES=50,500,2000 AB_RUNS=30 AB_ROUNDS=1 \
 *   node scripts/bench.mjs bench/ab.ts
 * AB_CSS_<name>='…' adds style rules to that build's page: a CSS change tried without a rebuild.
 * AB_IMPORT=1 also imports a resource.ts of AB_SCROLL_PATHS paths by paste in each build per round.
 */
import { chromium } from '@playwright/test';
import config from '../playwright.config';
import { serveStatic } from './dist';
import { ms } from './measure';
import {
  clickToMatrix,
  importByPaste,
  scrollList,
  type ClickResult,
  type ImportResult,
  type ScrollResult,
} from './ui-bench';

const dists = (process.env.AB_DISTS ?? 'dist=dist').split(',').map((pair) => {
  const [name, dir] = pair.split('=');
  return { name: name!, dir: dir ?? name!, css: process.env[`AB_CSS_${name}`] ?? '' };
});
const sizes = (process.env.AB_SIZES ?? '500,2000').split(',').map(Number);
const runs = Number(process.env.AB_RUNS ?? 30);
const rounds = Number(process.env.AB_ROUNDS ?? 1);
const scrollPaths = Number(process.env.AB_SCROLL_PATHS ?? Math.max(...sizes));
const skipScroll = process.env.AB_SKIP_SCROLL === '1';
const skipClicks = process.env.AB_SKIP_CLICKS === '1';
const withImport = process.env.AB_IMPORT === '1';

const servers = await Promise.all(dists.map((d) => serveStatic(d.dir)));
const browser = await chromium.launch(config.use?.launchOptions ?? {});
const clicks = new Map<string, ClickResult[]>();
const scrolls = new Map<string, ScrollResult[]>();
const imports = new Map<string, ImportResult[]>();
const push = <T>(map: Map<string, T[]>, key: string, value: T) =>
  map.set(key, [...(map.get(key) ?? []), value]);
try {
  for (let round = 0; round < rounds; round++) {
    if (!skipClicks)
      for (const n of sizes)
        for (const [k, d] of dists.entries())
          push(
            clicks,
            `${d.name} ${n}`,
            await clickToMatrix(browser, servers[k]!.url, n, runs, d.css),
          );
    if (!skipScroll)
      for (const what of ['matrix', 'rules grid'] as const)
        for (const [k, d] of dists.entries())
          push(
            scrolls,
            `${d.name} ${what}`,
            await scrollList(browser, servers[k]!.url, scrollPaths, what, 90, d.css),
          );
    if (withImport)
      for (const [k, d] of dists.entries())
        push(imports, d.name, await importByPaste(browser, servers[k]!.url, scrollPaths));
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((s) => s.close()));
}

console.log(
  `| build | paths | main thread, whole edit | script, whole edit | INP (wall) | longest task | long tasks (wall) |`,
);
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const [key, list] of clicks)
  for (const c of list)
    console.log(
      `| ${key.split(' ')[0]} | ${c.paths} | ${ms(c.taskTotal.p50)} / ${ms(c.taskTotal.p95)} | ` +
        `${ms(c.scriptTotal.p50)} / ${ms(c.scriptTotal.p95)} | ${ms(c.inp.p50)} / ${ms(c.inp.p95)} | ` +
        `${ms(c.longestTask.p50)} / ${ms(c.longestTask.p95)} | ${c.longTasks} |`,
    );
console.log();
console.log('| build | list | paths | main-thread CPU per frame | script per frame |');
console.log('|---|---|---:|---:|---:|');
for (const [key, list] of scrolls)
  for (const s of list)
    console.log(
      `| ${key.split(' ')[0]} | ${s.what} | ${s.paths} | ${ms(s.taskPerFrame)} | ${ms(s.scriptPerFrame)} |`,
    );

if (withImport) {
  console.log();
  console.log(
    '| build | import by paste, paths | main thread to matrix | script to matrix | wall |',
  );
  console.log('|---|---:|---:|---:|---:|');
  for (const [name, list] of imports)
    for (const i of list)
      console.log(
        `| ${name} | ${i.paths} | ${ms(i.taskToMatrix)} | ${ms(i.scriptToMatrix)} | ${ms(i.wall)} |`,
      );
}

// Over several rounds: the median of each round's figure, so one burst of load on the machine
// does not decide the comparison.
if (rounds > 1) {
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log();
  console.log(`Median over ${rounds} rounds:`);
  console.log('| build | paths | main thread, whole edit | script, whole edit | INP p95 (wall) |');
  console.log('|---|---:|---:|---:|---:|');
  for (const [key, list] of clicks)
    console.log(
      `| ${key.split(' ')[0]} | ${list[0]!.paths} | ${ms(median(list.map((c) => c.taskTotal.p50)))} / ` +
        `${ms(median(list.map((c) => c.taskTotal.p95)))} | ${ms(median(list.map((c) => c.scriptTotal.p50)))} / ` +
        `${ms(median(list.map((c) => c.scriptTotal.p95)))} | ${ms(median(list.map((c) => c.inp.p95)))} |`,
    );
  for (const [key, list] of scrolls)
    console.log(
      `| ${key.split(' ')[0]} | scroll ${list[0]!.what} | ${ms(median(list.map((s) => s.taskPerFrame)))} per frame | ` +
        `${ms(median(list.map((s) => s.scriptPerFrame)))} | |`,
    );
}
