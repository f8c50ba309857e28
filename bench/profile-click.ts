/**
 * Where a click's main-thread time goes: N clicks on the first path's "guest write" checkbox of a
 * generated design, with a Chrome trace (self thread time per event name: script, style, layout,
 * paint...) and a V8 CPU profile (self time per function). For finding what to fix, not for
 * results: build the app unminified first (`npx vite build --minify false --outDir DIR`).
 *
 * PROFILE_DIST=DIR PROFILE_PATHS=500 PROFILE_CLICKS=10 node scripts/bench.mjs bench/profile-click.ts
 */
import { chromium } from '@playwright/test';
import config from '../playwright.config';
import { serveStatic } from './dist';
import { MainThreadTrace, type TraceEvent } from './trace-cpu';
import { openDesign, settle } from './ui-bench';

const dist = process.env.PROFILE_DIST ?? 'dist';
const paths = Number(process.env.PROFILE_PATHS ?? 500);
const clicks = Number(process.env.PROFILE_CLICKS ?? 10);

const server = await serveStatic(dist);
const browser = await chromium.launch(config.use?.launchOptions ?? {});
try {
  const { page, cdp, design, close } = await openDesign(browser, server.url, paths);
  const path = design.storages[0]!.paths[0]!.path;
  const box = page.locator(
    `:is(input[type="checkbox"], [role="checkbox"])[aria-label="guest write ${path}"]`,
  );
  // An experiment without a rebuild: extra CSS for the page.
  if (process.env.PROFILE_CSS) await page.addStyleTag({ content: process.env.PROFILE_CSS });
  await settle(page);
  for (let i = 0; i < 3; i++) {
    await box.click();
    await settle(page);
  }
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'v8', 'blink.user_timing', 'toplevel'],
  });
  await cdp.send('Profiler.start');
  // PROFILE_SCROLL=matrix|grid: scroll that list 400 px per frame, `clicks` frames, instead.
  const scroll = process.env.PROFILE_SCROLL;
  if (scroll)
    await page.evaluate(
      async ([label, count]) => {
        const box = document.querySelector(`table[aria-label="${label}"]`)!.parentElement!;
        for (let i = 0; i < count; i++) {
          box.scrollTop += 400;
          await new Promise((r) => requestAnimationFrame(r));
        }
      },
      [scroll === 'grid' ? 'Access rules' : 'Effective access', clicks] as const,
    );
  else
    for (let i = 0; i < clicks; i++) {
      await box.click();
      await settle(page);
    }
  const { profile } = await cdp.send('Profiler.stop');
  const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents as TraceEvent[];
  await close();

  // Self thread time per event name on the renderer main thread.
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')!;
  const mine = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const self = new Map<string, number>();
  const count = new Map<string, number>();
  const stack: { end: number; name: string; cpu: number }[] = [];
  const add = (name: string, v: number) => self.set(name, (self.get(name) ?? 0) + v);
  for (const e of mine) {
    while (stack.length && stack[stack.length - 1]!.end <= e.ts) stack.pop();
    const cpu = e.tdur ?? e.dur!;
    add(e.name, cpu);
    count.set(e.name, (count.get(e.name) ?? 0) + 1);
    if (stack.length) add(stack[stack.length - 1]!.name, -cpu);
    stack.push({ end: e.ts + e.dur!, name: e.name, cpu });
  }
  console.log(
    `# ${paths} paths, ${clicks} clicks: self thread ms per click, by trace event (and how many per click)`,
  );
  for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(
      `${(us / 1000 / clicks).toFixed(2).padStart(8)}  ${name} (${((count.get(name) ?? 0) / clicks).toFixed(1)})`,
    );
  const tasks = new MainThreadTrace(events).taskCpuMs(0, Infinity);
  console.log(
    `tasks: ${tasks.length}, longest ${Math.max(...tasks).toFixed(1)} ms, over 16 ms: ${tasks.filter((t) => t > 16).length}`,
  );

  // Self time per function (JS), from the sampling profile.
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const fnSelf = new Map<string, number>();
  profile.samples!.forEach((id, i) => {
    const n = byNode.get(id)!;
    const f = n.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
    fnSelf.set(key, (fnSelf.get(key) ?? 0) + (profile.timeDeltas![i] ?? 0));
  });
  // Inclusive time per function (a function counted once per sample even when recursive).
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const incl = new Map<string, number>();
  profile.samples!.forEach((id, i) => {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const f = byNode.get(at)!.callFrame;
      if (!f.url) continue;
      const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
      if (seen.has(key)) continue;
      seen.add(key);
      incl.set(key, (incl.get(key) ?? 0) + (profile.timeDeltas![i] ?? 0));
    }
  });
  console.log(`\n# JS inclusive time per click (sampling profile, ms)`);
  for (const [name, us] of [...incl]
    .sort((a, b) => b[1] - a[1])
    .slice(0, Number(process.env.PROFILE_TOP ?? 70)))
    console.log(`${(us / 1000 / clicks).toFixed(2).padStart(8)}  ${name}`);
  console.log(`\n# JS self time per click (sampling profile, wall µs → ms)`);
  for (const [name, us] of [...fnSelf].sort((a, b) => b[1] - a[1]).slice(0, 40))
    console.log(`${(us / 1000 / clicks).toFixed(2).padStart(8)}  ${name}`);
} finally {
  await browser.close();
  await server.close();
}
