/**
 * The Share link button in the built app, in headless Chromium: the renderer main thread's CPU
 * from the click until the page is idle again (the link made, shown and copied), and the longest
 * main-thread task in that time. Builds are measured interleaved, click by click size; each
 * click follows a tick, so no link is reused from the one before.
 *
 * SHARE_DISTS=before=/tmp/a,after=dist SHARE_SIZES=50,500,2000 SHARE_RUNS=12 SHARE_ROUNDS=2 \
 *   node scripts/bench.mjs bench/share-bench.ts
 */
import { chromium, type Browser, type CDPSession } from '@playwright/test';
import config from '../playwright.config';
import { serveStatic } from './dist';
import { ms, percentiles } from './measure';
import { MainThreadTrace, type TraceEvent } from './trace-cpu';
import { openDesign, settle } from './ui-bench';

const dists = (process.env.SHARE_DISTS ?? 'dist=dist').split(',').map((pair) => {
  const [name, dir] = pair.split('=');
  return { name: name!, dir: dir ?? name! };
});
const sizes = (process.env.SHARE_SIZES ?? '50,500,2000').split(',').map(Number);
const runs = Number(process.env.SHARE_RUNS ?? 12);
const rounds = Number(process.env.SHARE_ROUNDS ?? 2);

const mainThreadMs = async (cdp: CDPSession) => {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
  return ((m.TaskDuration ?? 0) - (m.DevToolsCommandDuration ?? 0)) * 1000;
};

async function shareClicks(browser: Browser, url: string, paths: number) {
  const { page, cdp, design, close } = await openDesign(browser, url, paths);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const path = design.storages[0]!.paths[0]!.path;
  const box = page.getByRole('checkbox', { name: `guest delete ${path}`, exact: true });
  const button = page.getByRole('button', { name: 'Share link' });
  const cpu: number[] = [];
  const wall: number[] = [];
  const marks: number[] = [];
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'blink.user_timing', 'toplevel'],
  });
  for (let i = 0; i < runs + 2; i++) {
    await box.click();
    await settle(page);
    // Everything Playwright does (finding the button, waiting for the link) is done before the
    // mark or from inside the page, so no DevTools command lands among the page's own tasks.
    const rect = (await button.boundingBox())!;
    await page.evaluate(() => {
      const w = window as unknown as { __shown: Promise<void> };
      // The panel's one read-only text field (the embed code's appears only when asked for).
      const field = () =>
        document.querySelector<HTMLInputElement>('[role="dialog"] input[readonly]');
      const old = field()?.value ?? '';
      w.__shown = new Promise((resolve) => {
        const poll = setInterval(() => {
          const value = field()?.value ?? '';
          if (!value.includes('#d1.') || value === old) return;
          clearInterval(poll);
          resolve();
        }, 4);
      });
    });
    const before = await mainThreadMs(cdp);
    await page.evaluate((n) => performance.mark(`share-${n}`), i);
    const t = Date.now();
    await page.mouse.click(rect.x + rect.width / 2, rect.y + rect.height / 2);
    await page.evaluate(() => (window as unknown as { __shown: Promise<void> }).__shown);
    const shown = Date.now() - t;
    await settle(page);
    await page.evaluate((n) => performance.mark(`share-idle-${n}`), i);
    const used = (await mainThreadMs(cdp)) - before;
    await page.keyboard.press('Escape');
    if (i < 2) continue;
    cpu.push(used);
    wall.push(shown);
    marks.push(i);
  }
  const trace = new MainThreadTrace(
    JSON.parse((await browser.stopTracing()).toString()).traceEvents as TraceEvent[],
  );
  const longest = marks.map((i) =>
    Math.max(0, ...trace.taskCpuMs(trace.mark(`share-${i}`)!, trace.mark(`share-idle-${i}`)!)),
  );
  await close();
  return { cpu: percentiles(cpu), wall: percentiles(wall), longest: percentiles(longest) };
}

const servers = await Promise.all(dists.map((d) => serveStatic(d.dir)));
const browser = await chromium.launch(config.use?.launchOptions ?? {});
const rows: string[] = [];
try {
  for (let round = 0; round < rounds; round++)
    for (const n of sizes)
      for (const [k, d] of dists.entries()) {
        const r = await shareClicks(browser, servers[k]!.url, n);
        rows.push(
          `| ${d.name} | ${n} | ${round + 1} | ${ms(r.cpu.p50)} / ${ms(r.cpu.p95)} | ${ms(r.longest.p50)} / ${ms(r.longest.p95)} | ${ms(r.wall.p50)} |`,
        );
      }
} finally {
  await browser.close();
  await Promise.all(servers.map((s) => s.close()));
}
console.log(
  '| build | paths | round | main thread, click to idle p50 / p95 | longest task p50 / p95 | link shown (wall) p50 |',
);
console.log('|---|---:|---:|---:|---:|---:|');
for (const row of rows) console.log(row);
