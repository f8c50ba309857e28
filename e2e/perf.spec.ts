import { expect, test, type Page } from '@playwright/test';
import { allow, designFromAccess, type Design, type Rule } from '../src/core';
import { matrixCell, openApp } from './helpers';

/** A design of `n` paths like real ones: top-level areas with two subpaths each. */
function bigDesign(n: number): Design {
  const access: [string, Rule[]][] = [];
  for (let i = 0; access.length < n; i++) {
    const area = `area${String(i).padStart(4, '0')}`;
    access.push([
      `${area}/*`,
      [
        allow.authenticated.to(['read', 'write']),
        allow.groups(['admin']).to(['read', 'write', 'delete']),
      ],
    ]);
    if (access.length < n) access.push([`${area}/public/*`, [allow.guest.to(['read'])]]);
    if (access.length < n) access.push([`${area}/inbox/*`, [allow.authenticated.to(['write'])]]);
  }
  return designFromAccess(access, { groups: ['admin', 'auditor'], functions: ['resizer'] });
}

/**
 * Click on a checkbox → the matrix cell's text changes, measured in the page: the time until the
 * DOM shows the new text, and until the next frame is painted. Reported, not asserted (timing on
 * a shared CI machine is noisy).
 */
async function clickToMatrix(
  page: Page,
  checkbox: string,
  cellText: () => Promise<string>,
  runs = 7,
) {
  const cell = await matrixCell(page, 'area0000/public/*', 'guest');
  const cellId = await cell.getAttribute('id');
  const samples: { dom: number; frame: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const before = await cellText();
    samples.push(
      await page.evaluate(
        ([label, id]) =>
          new Promise<{ dom: number; frame: number }>((resolve) => {
            const box = document.querySelector<HTMLInputElement>(`input[aria-label="${label}"]`)!;
            const target = document.getElementById(id!)!;
            const old = target.textContent;
            const t0 = performance.now();
            const check = () => {
              if (document.getElementById(id!)?.textContent !== old) {
                const dom = performance.now() - t0;
                requestAnimationFrame(() =>
                  setTimeout(() => resolve({ dom, frame: performance.now() - t0 })),
                );
              } else requestAnimationFrame(check);
            };
            const observer = new MutationObserver(() => {
              if (document.getElementById(id!)?.textContent !== old) {
                observer.disconnect();
                check();
              }
            });
            observer.observe(document.querySelector('table[aria-label="Effective access"]')!, {
              subtree: true,
              characterData: true,
              childList: true,
            });
            box.click();
          }),
        [checkbox, cellId] as const,
      ),
    );
    await expect.poll(cellText).not.toBe(before);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return {
    domMs: Math.round(median(samples.map((s) => s.dom))),
    frameMs: Math.round(median(samples.map((s) => s.frame))),
  };
}

/** Scrolls a box by a screenful per frame and reports frame times. */
async function scrollFrames(page: Page, tableName: string) {
  return page.evaluate(async (name) => {
    const box = document.querySelector(`table[aria-label="${name}"]`)!.parentElement!;
    const deltas: number[] = [];
    let last = performance.now();
    for (let i = 0; i < 90; i++) {
      box.scrollTop += 400;
      await new Promise((r) => requestAnimationFrame(r));
      const now = performance.now();
      deltas.push(now - last);
      last = now;
    }
    deltas.sort((a, b) => a - b);
    return {
      p50: Math.round(deltas[45]!),
      p95: Math.round(deltas[85]!),
      max: Math.round(deltas[89]!),
      rows: box.querySelectorAll('tbody tr').length,
    };
  }, tableName);
}

for (const n of [50, 500, 2000]) {
  test(`checkbox → matrix with ${n} paths`, async ({ page }, info) => {
    test.setTimeout(120_000);
    await openApp(page, { design: bigDesign(n), theme: 'light' });
    const cell = await matrixCell(page, 'area0000/public/*', 'guest');
    const result = await clickToMatrix(page, 'guest write area0000/public/*', () =>
      cell.innerText(),
    );
    const scroll =
      n >= 500
        ? {
            matrix: await scrollFrames(page, 'Effective access'),
            design: await scrollFrames(page, 'Access rules'),
          }
        : undefined;
    const line = `${n} paths: click → matrix DOM ${result.domMs} ms, → next frame ${result.frameMs} ms${scroll ? `; scroll frames matrix p50/p95/max ${scroll.matrix.p50}/${scroll.matrix.p95}/${scroll.matrix.max} ms (${scroll.matrix.rows} rows in DOM), design ${scroll.design.p50}/${scroll.design.p95}/${scroll.design.max} ms` : ''}`;
    console.log(line);
    if (n === 2000)
      await page.screenshot({ path: 'test-results/screenshots/light-2000-paths-scrolled.png' });
    info.annotations.push({ type: 'performance', description: line });
  });
}
