/**
 * Where a click's main-thread time goes: N clicks on the first path's "guest write" checkbox of a
 * generated design, with a Chrome trace (self thread time per event name: script, style, layout,
 * paint...) and a V8 CPU profile (self time per function). For finding what to fix, not for
 * results: build the app unminified first (`npx vite build --minify false --outDir DIR`).
 *
 * PROFILE_DIST=DIR PROFILE_PATHS=500 PROFILE_CLICKS=10 node scripts/bench.mjs bench/profile-click.ts
 *
 * PROFILE_HEAP=1: what the clicks allocate instead (V8's sampling heap profiler, objects collected
 * since counted too), by allocating function, and the heap in use before and after them;
 * PROFILE_HEAP=live: only what is still alive after the clicks and a full GC (what they retain).
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
  if (process.env.PROFILE_HEAP) {
    const used = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize / 1e6;
    };
    await cdp.send('HeapProfiler.enable');
    const before = await used();
    const live = process.env.PROFILE_HEAP === 'live';
    await cdp.send('HeapProfiler.startSampling', {
      samplingInterval: 1024,
      includeObjectsCollectedByMajorGC: !live,
      includeObjectsCollectedByMinorGC: !live,
    });
    for (let i = 0; i < clicks; i++) {
      await box.click();
      await settle(page);
    }
    if (live) await cdp.send('HeapProfiler.collectGarbage');
    const { profile } = await cdp.send('HeapProfiler.stopSampling');
    const after = await used();
    type HeapNode = (typeof profile)['head'];
    const bySelf = new Map<string, number>();
    const byIncl = new Map<string, number>();
    const walk = (node: HeapNode, above: ReadonlySet<string>, caller = ''): number => {
      const f = node.callFrame;
      const name = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
      // A built-in (map, set, next...) is named with its caller.
      const key = f.url ? name : `${name} in ${caller}`;
      bySelf.set(key, (bySelf.get(key) ?? 0) + node.selfSize);
      let total = node.selfSize;
      const here = new Set(above).add(key);
      for (const child of node.children) total += walk(child, here, f.url ? name : caller);
      if (!above.has(key)) byIncl.set(key, (byIncl.get(key) ?? 0) + total);
      return total;
    };
    const all = walk(profile.head, new Set());
    await close();
    const mb = (bytes: number) => (bytes / 1e6 / clicks).toFixed(3).padStart(8);
    console.log(
      `# ${paths} paths, ${clicks} clicks: ${mb(all)} MB ${process.env.PROFILE_HEAP === 'live' ? 'retained' : 'allocated'} per click; ` +
        `heap in use after a full GC ${before.toFixed(1)} → ${after.toFixed(1)} MB`,
    );
    console.log(`\n# allocated per click, inclusive (MB)`);
    for (const [name, bytes] of [...byIncl].sort((a, b) => b[1] - a[1]).slice(0, 60))
      console.log(`${mb(bytes)}  ${name}`);
    console.log(`\n# allocated per click, self (MB)`);
    for (const [name, bytes] of [...bySelf].sort((a, b) => b[1] - a[1]).slice(0, 40))
      console.log(`${mb(bytes)}  ${name}`);
    process.exit(0);
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
      // As the bench clicks: a raw click at the box (Playwright's own click waits for frames).
      await box.scrollIntoViewIfNeeded();
      const rect = (await box.boundingBox())!;
      await page.evaluate((n) => performance.mark(`pc-${n}`), i);
      await page.mouse.click(rect.x + rect.width / 2, rect.y + rect.height / 2);
      await settle(page);
    }
  await page.evaluate((n) => performance.mark(`pc-${n}`), clicks);
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
  // Garbage collection, whole (not self): how often each kind ran and what it cost.
  const gcs = new Map<string, { n: number; ms: number }>();
  for (const e of mine)
    if (e.name === 'MajorGC' || e.name === 'MinorGC' || e.name === 'V8.GC_MC_COMPLETE_SWEEPING') {
      const gc = gcs.get(e.name) ?? { n: 0, ms: 0 };
      gcs.set(e.name, { n: gc.n + 1, ms: gc.ms + (e.tdur ?? e.dur!) / 1000 });
    }
  for (const [name, { n, ms }] of gcs)
    console.log(`${name}: ${n} in ${clicks} clicks, ${ms.toFixed(1)} ms in all`);
  const trace = new MainThreadTrace(events);
  const tasks = trace.taskCpuMs(0, Infinity);
  // Per click (from its mark to the next one): what the slowest clicks have that the others lack.
  if (!scroll) {
    const sum = (from: number, to: number, names: ReadonlySet<string>) =>
      mine
        .filter((e) => e.ts >= from && e.ts < to && names.has(e.name))
        .reduce((a, e) => a + (e.tdur ?? e.dur!) / 1000, 0);
    const count = (from: number, to: number, name: string) =>
      mine.filter((e) => e.ts >= from && e.ts < to && e.name === name).length;
    const perClick = Array.from({ length: clicks }, (_, i) => {
      const from = trace.mark(`pc-${i}`)!;
      const to = trace.mark(`pc-${i + 1}`)!;
      return {
        i,
        total: trace.taskCpuMs(from, to).reduce((a, b) => a + b, 0),
        gc: sum(from, to, new Set(['MajorGC', 'MinorGC'])),
        paint: sum(from, to, new Set(['Paint', 'PrePaint', 'Layerize'])),
        layout: sum(from, to, new Set(['Layout', 'UpdateLayoutTree'])),
        frames: count(from, to, 'PrePaint'),
        tasks: trace.taskCpuMs(from, to).filter((t) => t > 0.5).length,
      };
    });
    if (process.env.PROFILE_DUMP) {
      // One click's events in order (ms from its mark), for seeing what each frame is.
      const n = Number(process.env.PROFILE_DUMP);
      const from = trace.mark(`pc-${n}`)!;
      const to = trace.mark(`pc-${n + 1}`)!;
      for (const e of mine)
        if (e.ts >= from && e.ts < to && (e.tdur ?? e.dur!) > 100)
          console.log(
            `${((e.ts - from) / 1000).toFixed(1).padStart(7)} ${((e.tdur ?? e.dur!) / 1000).toFixed(2).padStart(6)} ${e.name}` +
              ` ${JSON.stringify((e.args as { data?: unknown } | undefined)?.data ?? '').slice(0, 140)}`,
          );
    }
    console.log(
      `\n# per click, slowest first: total / GC / paint / layout ms, frames, tasks > 0.5 ms`,
    );
    for (const c of perClick.sort((a, b) => b.total - a.total))
      console.log(
        `${String(c.i).padStart(3)} ${c.total.toFixed(1).padStart(6)} ${c.gc.toFixed(1).padStart(5)} ` +
          `${c.paint.toFixed(1).padStart(5)} ${c.layout.toFixed(1).padStart(5)} ${c.frames} ${c.tasks}`,
      );
  }
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
