/**
 * The app in headless Chromium (the same browser and flags as the e2e tests): how long a checkbox
 * click takes to show in the effective-access matrix, and whether the matrix scrolls smoothly.
 *
 * CPU time comes from Chrome itself: `Performance.getMetrics` with `timeDomain: 'threadTicks'`
 * reports ScriptDuration and TaskDuration as the renderer main thread's CPU time, so a busy
 * machine stretches the wall figures but not these. DevTools commands (Playwright's own
 * scripts) are counted apart by Chrome and left out; the clicks are real input events.
 */
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import config from '../playwright.config';
import { serializeDesignFile } from '../src/core';
import { generatedDesign } from './designs';
import { percentiles, type Percentiles } from './measure';
import { MainThreadTrace, type TraceEvent } from './trace-cpu';

export interface ClickResult {
  readonly paths: number;
  /** JavaScript CPU ms from the click until the matrix cell shows the change (Chrome trace). */
  readonly scriptToMatrix: Percentiles;
  /** JavaScript CPU ms from the click until the frame after that (Chrome trace). */
  readonly scriptToFrame: Percentiles;
  /** JavaScript CPU ms of everything the edit causes, until the page is idle (findings, exports, autosave). */
  readonly scriptTotal: Percentiles;
  /** Main-thread CPU ms (script + style + layout + paint) of everything the edit causes. */
  readonly taskTotal: Percentiles;
  /** Click → matrix cell text changed (wall ms, measured in the page). */
  readonly dom: Percentiles;
  /** Click → the frame after that painted (wall ms). */
  readonly frame: Percentiles;
  /** Matrix rows in the DOM (windowing check) out of `paths`. */
  readonly matrixRows: number;
}

export interface ScrollResult {
  readonly paths: number;
  readonly frames: number;
  /** Wall ms between frames while scrolling 400 px per frame. */
  readonly frame: Percentiles;
  /** Mean main-thread CPU ms per frame (script; everything). */
  readonly scriptPerFrame: number;
  readonly taskPerFrame: number;
  /** Matrix rows in the DOM after scrolling. */
  readonly matrixRows: number;
}

export interface UiResult {
  readonly browser: string;
  readonly clicks: readonly ClickResult[];
  readonly scroll: readonly ScrollResult[];
}

type Metrics = Record<string, number>;

async function metrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

const cpuMs = (a: Metrics, b: Metrics, name: string) => ((b[name] ?? 0) - (a[name] ?? 0)) * 1000;
const mainThreadMs = (a: Metrics, b: Metrics) =>
  cpuMs(a, b, 'TaskDuration') - cpuMs(a, b, 'DevToolsCommandDuration');

const MATRIX = 'table[aria-label="Effective access"]';

async function openDesign(browser: Browser, url: string, paths: number) {
  const design = generatedDesign(paths);
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  // The app restores its last session from localStorage: start it on the bench design.
  const session = JSON.stringify({
    version: 1,
    designFile: JSON.parse(serializeDesignFile(design)),
    theme: 'light',
  });
  await context.addInitScript(
    (value) => localStorage.setItem('access-matrix.session', value),
    session,
  );
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(url);
  await page.locator(MATRIX).waitFor();
  return { page, cdp, design, close: () => context.close() };
}

/** Lets the page settle: the autosave timer (300 ms after an edit) and any idle work run now, not inside the next sample. */
async function settle(page: Page) {
  await page.waitForTimeout(400);
  await page.evaluate(
    () => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 1000 })),
  );
}

type Sample = { dom: number; frame: number };
type BenchWindow = { __sample: Promise<Sample> };

async function clickToMatrix(
  browser: Browser,
  url: string,
  paths: number,
  runs: number,
): Promise<ClickResult> {
  const { page, cdp, design, close } = await openDesign(browser, url, paths);
  const path = design.storages[0]!.paths[0]!.path;
  const box = page.locator(`input[type="checkbox"][aria-label="guest write ${path}"]`);
  const cellId = await page.evaluate(
    ([selector, rowPath]) => {
      const table = document.querySelector<HTMLTableElement>(selector)!;
      const column = [...table.tHead!.rows[0]!.cells].findIndex(
        (th) => th.querySelector('.person-name')?.textContent === 'guest',
      );
      const row = [...table.tBodies[0]!.rows].find((tr) => tr.cells[0]?.textContent === rowPath)!;
      return row.cells[column]!.id;
    },
    [MATRIX, path] as const,
  );
  const warmUp = 3;
  const samples: { dom: number; frame: number; total: number; task: number }[] = [];
  await settle(page);
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'v8', 'blink.user_timing'],
  });
  for (let i = 0; i < runs + warmUp; i++) {
    await box.scrollIntoViewIfNeeded();
    const rect = (await box.boundingBox())!;
    // Armed before the click: marks the click, the changed cell and the next frame, and
    // resolves with their wall times.
    await page.evaluate(
      ([selector, id, n]) => {
        (window as unknown as BenchWindow).__sample = new Promise((resolve) => {
          const old = document.getElementById(id)?.textContent;
          let t0 = 0;
          const down = () => {
            t0 = performance.now();
            performance.mark(`am-click-${n}`);
          };
          document.addEventListener('pointerdown', down, { capture: true, once: true });
          const observer = new MutationObserver(() => {
            if (document.getElementById(id)?.textContent === old) return;
            performance.mark(`am-matrix-${n}`);
            const dom = performance.now() - t0;
            observer.disconnect();
            requestAnimationFrame(() =>
              setTimeout(() => {
                performance.mark(`am-frame-${n}`);
                resolve({ dom, frame: performance.now() - t0 });
              }),
            );
          });
          observer.observe(document.querySelector(selector)!, {
            subtree: true,
            childList: true,
            characterData: true,
          });
        });
      },
      [MATRIX, cellId, i] as const,
    );
    const before = await metrics(cdp);
    await page.mouse.click(rect.x + rect.width / 2, rect.y + rect.height / 2);
    const { dom, frame } = await page.evaluate(() => (window as unknown as BenchWindow).__sample);
    await settle(page);
    const after = await metrics(cdp);
    if (i >= warmUp)
      samples.push({
        dom,
        frame,
        total: cpuMs(before, after, 'ScriptDuration'),
        task: mainThreadMs(before, after),
      });
  }
  const trace = new MainThreadTrace(
    JSON.parse((await browser.stopTracing()).toString()).traceEvents as TraceEvent[],
  );
  const marks = samples.map((_, k) => {
    const n = k + warmUp;
    const [click, matrix, frame] = ['click', 'matrix', 'frame'].map((m) =>
      trace.mark(`am-${m}-${n}`),
    );
    if (click === undefined || matrix === undefined || frame === undefined)
      throw new Error(`trace: marks of click ${n} missing`);
    return { click, matrix, frame };
  });
  const matrixRows = await page.locator(`${MATRIX} tbody tr:not(.spacer)`).count();
  await close();
  return {
    paths,
    scriptToMatrix: percentiles(marks.map((m) => trace.scriptMs(m.click, m.matrix))),
    scriptToFrame: percentiles(marks.map((m) => trace.scriptMs(m.click, m.frame))),
    scriptTotal: percentiles(samples.map((s) => s.total)),
    taskTotal: percentiles(samples.map((s) => s.task)),
    dom: percentiles(samples.map((s) => s.dom)),
    frame: percentiles(samples.map((s) => s.frame)),
    matrixRows,
  };
}

async function scrollMatrix(
  browser: Browser,
  url: string,
  paths: number,
  frames = 90,
): Promise<ScrollResult> {
  const { page, cdp, close } = await openDesign(browser, url, paths);
  await settle(page);
  const before = await metrics(cdp);
  const deltas = await page.evaluate(
    async ([selector, count]) => {
      const box = document.querySelector(selector)!.parentElement!;
      const out: number[] = [];
      let last = performance.now();
      for (let i = 0; i < count; i++) {
        box.scrollTop += 400;
        await new Promise((r) => requestAnimationFrame(r));
        const now = performance.now();
        out.push(now - last);
        last = now;
      }
      return out;
    },
    [MATRIX, frames] as const,
  );
  const after = await metrics(cdp);
  const matrixRows = await page.locator(`${MATRIX} tbody tr:not(.spacer)`).count();
  await close();
  return {
    paths,
    frames,
    frame: percentiles(deltas),
    scriptPerFrame: cpuMs(before, after, 'ScriptDuration') / frames,
    taskPerFrame: mainThreadMs(before, after) / frames,
    matrixRows,
  };
}

export async function benchUi(url: string, sizes: readonly number[], runs = 30): Promise<UiResult> {
  const launchOptions = config.use?.launchOptions ?? {};
  const browser = await chromium.launch(launchOptions);
  try {
    const clicks: ClickResult[] = [];
    for (const n of sizes) clicks.push(await clickToMatrix(browser, url, n, runs));
    const scroll = [await scrollMatrix(browser, url, Math.max(...sizes))];
    return { browser: `Chromium ${browser.version()}`, clicks, scroll };
  } finally {
    await browser.close();
  }
}
