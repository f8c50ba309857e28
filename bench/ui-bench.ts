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
import { renderResourceTs, serializeDesignFile } from '../src/core';
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
  /**
   * Interaction to next paint of the click: the Event Timing API's `duration` of its events
   * (wall ms, rounded to 8 ms by the browser; under 16 ms it reports nothing, counted as 16).
   */
  readonly inp: Percentiles;
  /** `longtask` entries (> 50 ms wall) from the click until idle, summed over all clicks. */
  readonly longTasks: number;
  /** The longest main-thread task from the click until idle, thread-time ms (trace). */
  readonly longestTask: Percentiles;
  /** Tasks over 50 ms of thread time from the click until idle, summed over all clicks. */
  readonly tasksOver50: number;
}

export interface ScrollResult {
  /** What scrolled: the effective-access matrix or the rules grid. */
  readonly what: 'matrix' | 'rules grid';
  readonly paths: number;
  readonly frames: number;
  /** Wall ms between frames while scrolling 400 px per frame. */
  readonly frame: Percentiles;
  /**
   * Main-thread CPU ms (script; everything) from the first scrolled frame until the page is idle
   * after the last, divided by the frames.
   */
  readonly scriptPerFrame: number;
  readonly taskPerFrame: number;
  /** Rows in the DOM after scrolling. */
  readonly matrixRows: number;
}

export interface ImportResult {
  readonly paths: number;
  /** resource.ts lines pasted. */
  readonly lines: number;
  /** Main-thread CPU ms from the Import click until the matrix shows the imported design. */
  readonly taskToMatrix: number;
  readonly scriptToMatrix: number;
  /** Main-thread CPU ms from the Import click until the page is idle again. */
  readonly taskTotal: number;
  /** Wall ms from the Import click until the matrix shows the imported design. */
  readonly wall: number;
  /** Whether the page showed that it was working (a busy Import button or a progress status). */
  readonly progressShown: boolean;
}

export interface UiResult {
  readonly browser: string;
  readonly clicks: readonly ClickResult[];
  readonly scroll: readonly ScrollResult[];
  readonly imports: readonly ImportResult[];
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

/**
 * Opens the app on a generated design of `paths` paths. `css`: extra style rules for the page, to
 * try a CSS change without a rebuild (bench/ab.ts).
 */
export async function openDesign(browser: Browser, url: string, paths: number, css = '') {
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
  // Event Timing (the click's duration, for interaction to next paint) and long tasks, recorded
  // from the start so no entry is missed.
  await context.addInitScript(() => {
    const w = window as unknown as BenchWindow;
    w.__events = [];
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as PerformanceEventTiming[])
        if (e.interactionId) w.__events.push({ start: e.startTime, duration: e.duration });
      // durationThreshold: part of Event Timing, not yet in TypeScript's DOM types.
    }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push(e.startTime);
    }).observe({ type: 'longtask', buffered: true });
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(url);
  await page.locator(MATRIX).waitFor();
  if (css) await page.addStyleTag({ content: css });
  return { page, cdp, design, close: () => context.close() };
}

/** Lets the page settle: the autosave timer (300 ms after an edit) and any idle work run now, not inside the next sample. */
export async function settle(page: Page) {
  await page.waitForTimeout(400);
  await page.evaluate(
    () => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 1000 })),
  );
}

type Sample = { dom: number; frame: number };
type BenchWindow = {
  __sample: Promise<Sample>;
  __events: { start: number; duration: number }[];
  __longTasks: number[];
  __t0: number;
};

/** Event Timing reports nothing under 16 ms: such an interaction counts as 16. */
const EVENT_TIMING_FLOOR = 16;

export async function clickToMatrix(
  browser: Browser,
  url: string,
  paths: number,
  runs: number,
  css = '',
): Promise<ClickResult> {
  const { page, cdp, design, close } = await openDesign(browser, url, paths, css);
  const path = design.storages[0]!.paths[0]!.path;
  const box = page.locator(
    `:is(input[type="checkbox"], [role="checkbox"])[aria-label="guest write ${path}"]`,
  );
  const cellId = await page.evaluate(
    ([selector, rowPath]) => {
      const table = document.querySelector<HTMLTableElement>(selector)!;
      const column = [...table.tHead!.rows[0]!.cells].findIndex((th) => {
        const name = th.querySelector('.person-name');
        return (name?.getAttribute('title') ?? name?.textContent) === 'guest';
      });
      // The row header shows the path (title) and holds it again for screen readers.
      const pathOf = (th: HTMLTableCellElement | undefined) =>
        th?.querySelector('.path-label[title]')?.getAttribute('title') ?? th?.textContent;
      const row = [...table.tBodies[0]!.rows].find((tr) => pathOf(tr.cells[0]) === rowPath)!;
      return row.cells[column]!.id;
    },
    [MATRIX, path] as const,
  );
  const warmUp = 3;
  const samples: {
    dom: number;
    frame: number;
    total: number;
    task: number;
    inp: number;
    longTasks: number;
  }[] = [];
  await settle(page);
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'v8', 'blink.user_timing', 'toplevel'],
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
            (window as unknown as BenchWindow).__t0 = t0;
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
    const { inp, longTasks } = await page.evaluate(
      ([n, floor]) => {
        const w = window as unknown as BenchWindow;
        performance.mark(`am-idle-${n}`);
        const mine = w.__events.filter((e) => e.start >= w.__t0 - 1);
        return {
          inp: Math.max(floor, ...mine.map((e) => e.duration)),
          longTasks: w.__longTasks.filter((t) => t >= w.__t0 - 1).length,
        };
      },
      [i, EVENT_TIMING_FLOOR] as const,
    );
    if (i >= warmUp)
      samples.push({
        dom,
        frame,
        total: cpuMs(before, after, 'ScriptDuration'),
        task: mainThreadMs(before, after),
        inp,
        longTasks,
      });
  }
  const trace = new MainThreadTrace(
    JSON.parse((await browser.stopTracing()).toString()).traceEvents as TraceEvent[],
  );
  const marks = samples.map((_, k) => {
    const n = k + warmUp;
    const [click, matrix, frame, idle] = ['click', 'matrix', 'frame', 'idle'].map((m) =>
      trace.mark(`am-${m}-${n}`),
    );
    if (click === undefined || matrix === undefined || frame === undefined || idle === undefined)
      throw new Error(`trace: marks of click ${n} missing`);
    return { click, matrix, frame, tasks: trace.taskCpuMs(click, idle) };
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
    inp: percentiles(samples.map((s) => s.inp)),
    longTasks: samples.reduce((a, s) => a + s.longTasks, 0),
    longestTask: percentiles(marks.map((m) => Math.max(0, ...m.tasks))),
    tasksOver50: marks.reduce((a, m) => a + m.tasks.filter((t) => t > 50).length, 0),
  };
}

const RULES = 'table[aria-label="Access rules"]';

export async function scrollList(
  browser: Browser,
  url: string,
  paths: number,
  what: ScrollResult['what'],
  frames = 90,
  css = '',
): Promise<ScrollResult> {
  const table = what === 'matrix' ? MATRIX : RULES;
  const { page, cdp, close } = await openDesign(browser, url, paths, css);
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
    [table, frames] as const,
  );
  // Until the page is idle after the last frame: work a list defers while it scrolls (e.g. rows
  // completed once scrolling settles) is part of the scroll's cost, the same for every build.
  await settle(page);
  const after = await metrics(cdp);
  const matrixRows = await page.locator(`${table} tbody tr:not(.spacer)`).count();
  await close();
  return {
    what,
    paths,
    frames,
    frame: percentiles(deltas),
    scriptPerFrame: cpuMs(before, after, 'ScriptDuration') / frames,
    taskPerFrame: mainThreadMs(before, after) / frames,
    matrixRows,
  };
}

/**
 * Import by paste: a small design open, the Import dialog filled with a generated resource.ts of
 * `paths` paths (as a paste does: one input event), then the Import button clicked; the clock stops
 * when the matrix shows the imported design's rows.
 */
export async function importByPaste(
  browser: Browser,
  url: string,
  paths: number,
): Promise<ImportResult> {
  const text = renderResourceTs(generatedDesign(paths, 2));
  const { page, cdp, close } = await openDesign(browser, url, 10);
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import design' });
  // As a paste does: the whole text in one input event (Playwright's fill types it slower).
  await dialog.getByRole('textbox').evaluate((el, value) => {
    const area = el as HTMLTextAreaElement;
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(area, value);
    area.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
  await settle(page);
  // Watches for a busy Import button or a status message while the import runs.
  await page.evaluate(
    ([selector, rows]) => {
      const w = window as unknown as BenchWindow & { __import: Promise<number>; __busy: boolean };
      w.__busy = false;
      const t0 = performance.now();
      w.__import = new Promise((resolve) => {
        const check = () => {
          const status = document.querySelector('dialog [role="status"], dialog progress');
          const button = [...document.querySelectorAll('dialog button[type="submit"]')].find(
            (b) => b.getAttribute('aria-busy') === 'true',
          );
          if (status?.textContent || button) w.__busy = true;
          const table = document.querySelector(selector);
          if (table?.getAttribute('aria-rowcount') === String(rows + 1))
            return resolve(performance.now() - t0);
          requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      });
    },
    [MATRIX, paths] as const,
  );
  const before = await metrics(cdp);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  const wall = await page.evaluate(
    () => (window as unknown as { __import: Promise<number> }).__import,
  );
  const shown = await metrics(cdp);
  await settle(page);
  const after = await metrics(cdp);
  const progressShown = await page.evaluate(
    () => (window as unknown as { __busy: boolean }).__busy,
  );
  await close();
  return {
    paths,
    lines: text.split('\n').length,
    taskToMatrix: mainThreadMs(before, shown),
    scriptToMatrix: cpuMs(before, shown, 'ScriptDuration'),
    taskTotal: mainThreadMs(before, after),
    wall,
    progressShown,
  };
}

export async function benchUi(url: string, sizes: readonly number[], runs = 30): Promise<UiResult> {
  const launchOptions = config.use?.launchOptions ?? {};
  const browser = await chromium.launch(launchOptions);
  try {
    const clicks: ClickResult[] = [];
    for (const n of sizes) clicks.push(await clickToMatrix(browser, url, n, runs));
    const largest = Math.max(...sizes);
    const scroll = [
      await scrollList(browser, url, largest, 'matrix'),
      await scrollList(browser, url, largest, 'rules grid'),
    ];
    const imports = [await importByPaste(browser, url, largest)];
    return { browser: `Chromium ${browser.version()}`, clicks, scroll, imports };
  } finally {
    await browser.close();
  }
}
