/// <reference lib="dom" />
/**
 * Does a change to the rules grid look the same? Element screenshots of the grid's scroll box in
 * two builds, compared pixel by pixel, in the states a user sees: three templates (subpaths with
 * fold buttons, findings under their paths, long paths clipped at 390 px), a 2,000-path design
 * scrolled, a path name under the pointer and one focused from the keyboard; light and dark,
 * pixel ratio 1 and 2, 1280 and 390 px wide. For each state that differs, the first difference
 * and the area around it from both builds, side by side and enlarged, go to SHOTS_OUT.
 *
 * SHOTS_DISTS=/tmp/before,/tmp/after [SHOTS_ONLY=prefixes,hover] [SHOTS_OUT=/tmp/grid-shots] \
 *   node scripts/bench.mjs bench/grid-shots.ts
 */
import { chromium, type Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import config from '../playwright.config';
import { serializeDesignFile } from '../src/core';
import { generatedDesign } from './designs';
import { serveStatic } from './dist';

const dirs = (process.env.SHOTS_DISTS ?? '').split(',');
if (dirs.length !== 2) throw new Error('SHOTS_DISTS=<build a>,<build b>');
const only = process.env.SHOTS_ONLY?.split(',');
const out = process.env.SHOTS_OUT ?? 'test-results/grid-shots';
mkdirSync(out, { recursive: true });

type Step = (page: Page) => Promise<void>;

const template =
  (label: string): Step =>
  async (page) => {
    await page.getByRole('combobox', { name: 'Template' }).selectOption({ label });
    await page.getByRole('button', { name: 'Load template' }).click();
    // The marks of a template's paths fade after 4 s.
    await page.waitForTimeout(4500);
  };

const states: { name: string; paths?: number; step: Step }[] = [
  { name: 'prefixes', step: template('Prefix behaviour (docs matrix)') },
  { name: 'mistakes', step: template('Common mistakes (to fix)') },
  { name: 'gen1', step: template('Gen 1 public / protected / private') },
  {
    name: 'scrolled',
    paths: 2000,
    step: async (page) => {
      await page.evaluate(() => (document.querySelector('.grid-scroll')!.scrollTop = 12345));
      await page.waitForTimeout(300);
    },
  },
  {
    name: 'hover',
    step: async (page) => {
      await template('Prefix behaviour (docs matrix)')(page);
      const name = page.getByRole('textbox', { name: /^Rename path / }).nth(2);
      const box = (await name.boundingBox())!;
      await page.mouse.move(box.x + 20, box.y + 10);
      await page.waitForTimeout(300);
    },
  },
  {
    name: 'focus',
    step: async (page) => {
      await template('Prefix behaviour (docs matrix)')(page);
      await page
        .getByRole('textbox', { name: /^Rename path / })
        .nth(1)
        .focus();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowUp');
      await page.waitForTimeout(300);
    },
  },
];

/** `identical`, or how many pixels differ, with a PNG of both around the first one. */
async function compare(page: Page, a: Buffer, b: Buffer) {
  if (a.equals(b)) return { text: 'identical' };
  const [text, crop] = await page.evaluate(
    async ([u, v]) => {
      const load = async (src: string) => {
        const img = new Image();
        img.src = src;
        await img.decode();
        const canvas = new OffscreenCanvas(img.width, img.height);
        const g = canvas.getContext('2d')!;
        g.drawImage(img, 0, 0);
        return {
          canvas,
          w: img.width,
          h: img.height,
          data: g.getImageData(0, 0, img.width, img.height).data,
        };
      };
      const [p, q] = await Promise.all([load(u), load(v)]);
      if (p.w !== q.w || p.h !== q.h) return [`size ${p.w}×${p.h} against ${q.w}×${q.h}`, ''];
      let count = 0;
      let first = -1;
      for (let i = 0; i < p.data.length; i += 4)
        if (
          p.data[i] !== q.data[i] ||
          p.data[i + 1] !== q.data[i + 1] ||
          p.data[i + 2] !== q.data[i + 2]
        ) {
          if (first < 0) first = i / 4;
          count++;
        }
      if (count === 0) return ['identical pixels', ''];
      const x = first % p.w;
      const y = Math.floor(first / p.w);
      const [w, h, zoom] = [120, 60, 4];
      const sheet = new OffscreenCanvas(w * zoom * 2 + 8, h * zoom);
      const g = sheet.getContext('2d')!;
      g.imageSmoothingEnabled = false;
      [p, q].forEach((im, k) =>
        g.drawImage(
          im.canvas,
          Math.max(0, x - 40),
          Math.max(0, y - 20),
          w,
          h,
          k * (w * zoom + 8),
          0,
          w * zoom,
          h * zoom,
        ),
      );
      const bytes = new Uint8Array(await (await sheet.convertToBlob()).arrayBuffer());
      let binary = '';
      for (const byte of bytes) binary += String.fromCharCode(byte);
      return [`${count} pixels differ, the first at ${x},${y}`, btoa(binary)];
    },
    [a, b].map((s) => `data:image/png;base64,${s.toString('base64')}`) as [string, string],
  );
  return { text, crop: crop ? Buffer.from(crop, 'base64') : undefined };
}

const servers = await Promise.all(dirs.map((dir) => serveStatic(dir)));
const browser = await chromium.launch(config.use?.launchOptions ?? {});
let differ = 0;
try {
  const scratch = await browser.newPage();
  for (const state of states.filter((s) => !only || only.includes(s.name)))
    for (const scheme of ['light', 'dark'] as const)
      for (const scale of [1, 2])
        for (const width of [1280, 390]) {
          const shots: Buffer[] = [];
          for (const server of servers) {
            const context = await browser.newContext({
              viewport: { width, height: 900 },
              deviceScaleFactor: scale,
              colorScheme: scheme,
            });
            if (state.paths) {
              const designFile = JSON.parse(serializeDesignFile(generatedDesign(state.paths)));
              const session = JSON.stringify({ version: 1, designFile, theme: scheme });
              await context.addInitScript(
                (value) => localStorage.setItem('access-matrix.session', value),
                session,
              );
            }
            const page = await context.newPage();
            await page.goto(server.url);
            await page.getByRole('table', { name: 'Effective access' }).waitFor();
            await state.step(page);
            shots.push(await page.locator('.grid-scroll').screenshot());
            await context.close();
          }
          const tag = `${state.name}-${scheme}-x${scale}-${width}`;
          const { text, crop } = await compare(scratch, shots[0]!, shots[1]!);
          if (crop) writeFileSync(`${out}/${tag}.png`, crop);
          if (!text.startsWith('identical')) differ++;
          console.log(`${tag}: ${text}`);
        }
} finally {
  await browser.close();
  await Promise.all(servers.map((s) => s.close()));
}
console.log(differ ? `${differ} differ (crops in ${out})` : 'all identical');
