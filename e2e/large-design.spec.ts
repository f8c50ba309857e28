/**
 * A design of 2,000 paths: edits still reach the matrix, also for rows far down that were not in
 * the DOM when the page opened, and both tables render a window of rows instead of every row.
 * How fast this is, is measured by `npm run bench` (bench/ui-bench.ts), not asserted here: timing
 * on a shared machine is noise, and a test that only logs cannot fail.
 */
import { expect, test, type Locator } from '@playwright/test';
import { allow, designFromAccess, type Design, type Rule } from '../src/core';
import { designGrid, matrix, matrixCell, openApp, tick } from './helpers';

const PATHS = 2000;
/** A window is a screenful of rows and a margin (src/ui/virtual/useWindow.ts), far below 2,000. */
const MAX_ROWS_IN_DOM = 120;

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

/** Scrolls the nearest scrolling ancestor of a table to its end. */
async function scrollToEnd(table: Locator) {
  await table.evaluate((element) => {
    let box = element.parentElement;
    while (box && box.scrollHeight <= box.clientHeight) box = box.parentElement;
    (box ?? document.scrollingElement!).scrollTop = 1e9;
  });
}

test(`${PATHS} paths: edits reach the matrix and only a window of rows is in the DOM`, async ({
  page,
}) => {
  test.setTimeout(120_000);
  const design = bigDesign(PATHS);
  const last = design.storages[0]!.paths.at(-1)!.path;
  expect(last).toBe('area0666/public/*');
  await openApp(page, { design, theme: 'light' });

  // Near the top: the matrix follows the checkbox.
  const first = await matrixCell(page, 'area0000/public/*', 'guest');
  await expect(first).toHaveText('get list');
  await tick(page, 'guest write area0000/public/*');
  await expect(first).toHaveText('get list write');

  // Windowed: a screenful of rows, not 2,000.
  expect(await matrix(page).getByRole('row').count()).toBeLessThan(MAX_ROWS_IN_DOM);
  expect(await designGrid(page).getByRole('row').count()).toBeLessThan(MAX_ROWS_IN_DOM);
  await expect(matrix(page).getByRole('rowheader', { name: last, exact: true })).toHaveCount(0);

  // Far down: rows that were not rendered appear when scrolled to, and edit the same way.
  await scrollToEnd(designGrid(page));
  await tick(page, `guest write ${last}`);
  await scrollToEnd(matrix(page));
  const far = await matrixCell(page, last, 'guest');
  await expect(far).toHaveText('get list write');
  await expect(
    matrix(page).getByRole('rowheader', { name: 'area0000/*', exact: true }),
  ).toHaveCount(0);
  expect(await matrix(page).getByRole('row').count()).toBeLessThan(MAX_ROWS_IN_DOM);
});
