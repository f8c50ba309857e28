/// <reference lib="dom" />
// e2e code runs partly in the page (evaluate callbacks): type those parts against the DOM.
import { expect, type Locator, type Page } from '@playwright/test';
import { designFromAccess, serializeDesignFile, type Design, type Rule } from '../src/core';

/** Opens the app with a fresh session (each test has its own browser context, hence storage). */
export async function openApp(
  page: Page,
  options: { design?: Design; theme?: 'light' | 'dark' } = {},
) {
  if (options.design || options.theme) {
    const session = {
      version: 1,
      designFile: options.design ? JSON.parse(serializeDesignFile(options.design)) : undefined,
      ...(options.theme ? { theme: options.theme } : {}),
    };
    await page.addInitScript(
      (value) => localStorage.setItem('access-matrix.session', value),
      JSON.stringify(session),
    );
  }
  await page.goto('./');
  await expect(page.getByRole('table', { name: 'Effective access' })).toBeVisible();
}

/** Picks a template by its visible label and loads it. */
export async function loadTemplate(page: Page, label: string) {
  await page.getByRole('combobox', { name: 'Template' }).selectOption({ label });
  await page.getByRole('button', { name: 'Load template' }).click();
}

export const designGrid = (page: Page) => page.getByRole('table', { name: 'Access rules' });
export const matrix = (page: Page) => page.getByRole('table', { name: 'Effective access' });
export const problems = (page: Page) => page.getByRole('region', { name: 'Problems' });

export async function addPath(page: Page, path: string) {
  await page.getByRole('textbox', { name: 'New path' }).fill(path);
  await page.getByRole('button', { name: 'Add path', exact: true }).click();
  await expect(
    page.getByRole('textbox', { name: `Rename path ${path}`, exact: true }),
  ).toBeVisible();
}

/** Ticks a `<person> <action> <path>` checkbox (the accessible-name contract). */
export async function tick(page: Page, name: string) {
  const box = page.getByRole('checkbox', { name, exact: true });
  await box.check();
  await expect(box).toBeChecked();
}

/** The row of a path in a table, found by its row header (matrix) or its name box (design grid). */
export function matrixRow(page: Page, path: string): Locator {
  return matrix(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: path, exact: true }) });
}

/** The matrix cell of one path and one person column (by the column header's accessible name). */
export async function matrixCell(page: Page, path: string, person: string): Promise<Locator> {
  const header = matrix(page).getByRole('columnheader', { name: person, exact: true });
  const index = await header.evaluate((th) => (th as HTMLTableCellElement).cellIndex);
  return matrixRow(page, path)
    .getByRole('cell')
    .nth(index - 1);
}

/** The finding line right under a path's row in the design grid. */
export function findingsUnder(page: Page, path: string): Locator {
  const row = designGrid(page)
    .getByRole('row')
    .filter({ has: page.getByRole('textbox', { name: `Rename path ${path}`, exact: true }) });
  // Findings are the rows after the path row whose nearest path row above is this one.
  const own = `preceding-sibling::tr[.//*[@role="checkbox"]][1]//input[@aria-label="Rename path ${path}"]`;
  return row.locator(`xpath=following-sibling::tr[not(.//*[@role="checkbox"])][${own}]`);
}

/**
 * Saves a screenshot for review at `path`, once the panels that load after the first paint
 * (lazyPanel) show themselves, not their "Loading…".
 */
export async function reviewShot(page: Page, path: string, fullPage = false) {
  await expect(page.getByRole('status').filter({ hasText: 'Loading…' })).toHaveCount(0);
  await page.screenshot({ path, fullPage });
}

/**
 * A windowed table's scroll box, its position set to `top`, kept "scrolling" (a scroll event
 * every 40 ms, the box staying where it is) until `releaseScroll`: rows mounted meanwhile stay
 * light (issue 11).
 */
export async function holdScrolled(table: Locator, top: number) {
  await table.evaluate((el, to) => {
    const box = el.parentElement!;
    box.scrollTop = to;
    const w = window as unknown as { __hold: ReturnType<typeof setInterval> };
    w.__hold = setInterval(() => box.dispatchEvent(new Event('scroll')), 40);
  }, top);
}

export async function releaseScroll(page: Page) {
  await page.evaluate(() =>
    clearInterval((window as unknown as { __hold: ReturnType<typeof setInterval> }).__hold),
  );
}

/** Themes, pixel ratios and widths a pixel-for-pixel comparison covers (light rows, issue 11). */
export const LOOKS = (['light', 'dark'] as const).flatMap((colorScheme) =>
  [1, 2].flatMap((deviceScaleFactor) =>
    [
      { width: 1280, height: 800 },
      { width: 390, height: 844 },
    ].map((viewport) => ({
      name: `${colorScheme}, ratio ${deviceScaleFactor}, ${viewport.width} px`,
      colorScheme,
      use: { colorScheme, deviceScaleFactor, viewport },
    })),
  ),
);

/**
 * A design of `blocks` blocks of paths for the scrolling tests, each block's paths and rules from
 * `block(area, i)`, where `area` is `area000`, `area001`, ... (so the paths sort as written);
 * `names`: the groups and functions its rules use.
 */
export function blocksDesign(
  blocks: number,
  block: (area: string, i: number) => [string, Rule[]][],
  names: { groups?: string[]; functions?: string[] } = {},
): Design {
  const access = Array.from({ length: blocks }, (_, i) =>
    block(`area${String(i).padStart(3, '0')}`, i),
  ).flat();
  return designFromAccess(access, names);
}
