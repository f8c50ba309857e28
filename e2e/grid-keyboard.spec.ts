/**
 * The rules grid from the keyboard only: one tab stop, arrow keys between its cells, Space ticks
 * (and the matrix shows it), Home/End, Ctrl+Home/End, PageDown through a windowed grid, the path
 * name edited in place, and Tab out of the grid.
 */
import { expect, test, type Page } from '@playwright/test';
import { allow, designFromAccess, type Design, type Rule } from '../src/core';
import { designGrid, matrixCell, openApp } from './helpers';

/** The focused element's accessible name as the tests name things (label, else text). */
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el ? (el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.tagName) : '';
  });

const focusInGrid = (page: Page) =>
  designGrid(page).evaluate((t) => t.contains(document.activeElement));

/** Tabs from the New path field until focus is in the grid; the names Tab went through. */
async function tabIntoGrid(page: Page): Promise<string[]> {
  await page.getByRole('textbox', { name: 'New path' }).focus();
  const seen: string[] = [];
  for (let i = 0; i < 10 && !(await focusInGrid(page)); i++) {
    await page.keyboard.press('Tab');
    seen.push(await focusedName(page));
  }
  return seen;
}

async function press(page: Page, key: string, expected: string) {
  await page.keyboard.press(key);
  await expect.poll(() => focusedName(page), { message: `after ${key}` }).toBe(expected);
}

test('the rules grid is one tab stop; arrows, Space, Home/End move and tick; Tab leaves', async ({
  page,
}) => {
  await openApp(page);
  const grid = designGrid(page);
  // Tab from the field before the grid: one Tab stop into the grid, on the first path's name.
  const before = await tabIntoGrid(page);
  expect(await focusedName(page)).toBe('Rename path media/*');
  expect(before.filter((n) => n.startsWith('guest '))).toEqual([]);
  expect(await grid.evaluate((t) => t.querySelectorAll('tbody [tabindex="0"]').length)).toBe(1);
  await expect(grid).toHaveAccessibleDescription(/arrow keys move between cells/);

  // Right: the first checkbox. Space ticks it and the matrix shows the effect.
  await press(page, 'ArrowRight', 'guest read media/*');
  await press(page, 'ArrowRight', 'guest get media/*');
  await press(page, 'ArrowLeft', 'guest read media/*');
  const box = page.getByRole('checkbox', { name: 'guest read media/*', exact: true });
  expect(await box.evaluate((el) => el.matches(':focus-visible'))).toBe(true);
  await page.keyboard.press('Space');
  await expect(box).toBeChecked();
  await expect(await matrixCell(page, 'media/*', 'guest')).toHaveText('get list');
  await expect(box).toBeFocused();

  // Down keeps the column; Home/End go to the row's ends.
  await press(page, 'ArrowDown', 'guest read media/profile-pictures/*');
  await press(page, 'End', 'Remove path media/profile-pictures/*');
  await press(page, 'Home', 'Rename path media/profile-pictures/*');
  // The first row has its fold button before the name: Left from the name, and Home, reach it.
  await press(page, 'ArrowUp', 'Rename path media/*');
  await press(page, 'ArrowLeft', '2 subpaths of media/*');
  await press(page, 'ArrowRight', 'Rename path media/*');
  // Ctrl+End: the last cell of the last row; Ctrl+Home: the first cell of the first row.
  await press(page, 'Control+End', 'Remove path other/*');
  await press(page, 'ArrowLeft', 'Move path other/* down');
  await press(page, 'Control+Home', '2 subpaths of media/*');
  // Still one tab stop, wherever focus went.
  expect(await grid.evaluate((t) => t.querySelectorAll('tbody [tabindex="0"]').length)).toBe(1);

  // Tab leaves the grid; Shift+Tab comes back to the same cell.
  await page.keyboard.press('Tab');
  expect(await focusInGrid(page)).toBe(false);
  await page.keyboard.press('Shift+Tab');
  await expect.poll(() => focusedName(page)).toBe('2 subpaths of media/*');
  // Undo from the keyboard takes the tick back.
  await page.keyboard.press('Control+z');
  await expect(await matrixCell(page, 'media/*', 'guest')).toHaveText('none');
});

test('a path name is a cell: Enter or F2 edits it, arrows then move the caret, Enter saves', async ({
  page,
}) => {
  await openApp(page);
  await tabIntoGrid(page);
  await press(page, 'Control+End', 'Remove path other/*');
  await press(page, 'Home', 'Rename path other/*');
  await page.keyboard.press('F2');
  // Editing: Left moves the caret inside the name, not to another cell.
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.type('/inbox');
  await expect.poll(() => focusedName(page)).toBe('Rename path other/*');
  await page.keyboard.press('Enter');
  const renamed = page.getByRole('textbox', { name: 'Rename path other/inbox/*', exact: true });
  await expect(renamed).toBeFocused();
  // Back to moving between cells.
  await press(page, 'ArrowRight', 'guest read other/inbox/*');
  // Escape cancels an edit begun by typing.
  await press(page, 'ArrowLeft', 'Rename path other/inbox/*');
  await page.keyboard.type('x');
  await expect(renamed).toHaveValue('other/inbox/*x');
  await page.keyboard.press('Escape');
  await expect(renamed).toHaveValue('other/inbox/*');
  await press(page, 'ArrowRight', 'guest read other/inbox/*');
});

/** `n` top-level paths, each second one with a subpath. */
function manyPaths(n: number): Design {
  const access: [string, Rule[]][] = [];
  for (let i = 0; access.length < n; i++) {
    const area = `area${String(i).padStart(3, '0')}`;
    access.push([`${area}/*`, [allow.authenticated.to(['read'])]]);
    if (i % 2 === 0 && access.length < n) access.push([`${area}/public/*`, []]);
  }
  return designFromAccess(access);
}

test('PageDown and Ctrl+End move through a windowed grid, rendering the rows they reach', async ({
  page,
}) => {
  const design = manyPaths(350);
  const last = design.storages[0]!.paths.at(-1)!.path;
  await openApp(page, { design });
  const grid = designGrid(page);
  await tabIntoGrid(page);
  await press(page, 'ArrowRight', 'guest read area000/*');
  await page.keyboard.press('PageDown');
  const paged = await focusedName(page);
  expect(paged).toMatch(/^guest read area0\d\d\/(public\/)?\*$/);
  expect(paged).not.toBe('guest read area000/*');
  // Far beyond the rendered window: the last row is scrolled in and focused.
  await expect(grid.getByRole('textbox', { name: `Rename path ${last}` })).toHaveCount(0);
  await press(page, 'Control+End', `Remove path ${last}`);
  await expect(page.getByRole('button', { name: `Remove path ${last}` })).toBeInViewport();
  await press(page, 'Control+Home', '1 subpath of area000/*');
  await expect(page.getByRole('textbox', { name: 'Rename path area000/*' })).toBeInViewport();
  expect(await grid.evaluate((t) => t.querySelectorAll('tbody [tabindex="0"]').length)).toBe(1);
});

test('a finding’s fixes under a path are cells of the grid, reached by the arrows alone', async ({
  page,
}) => {
  // Nested one level too deep: the finding offers two repairs (move it up, or flatten it).
  const design = designFromAccess([
    ['media/*', [allow.guest.to(['read'])]],
    ['media/2024/*', [allow.guest.to(['read'])]],
    ['media/2024/june/*', [allow.guest.to(['read'])]],
  ]);
  await openApp(page, { design });
  await tabIntoGrid(page);
  await page.keyboard.press('Control+End');
  await expect.poll(() => focusedName(page)).toMatch(/^Flatten/);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => focusedName(page)).toMatch(/^Move up/);
  await page.keyboard.press('ArrowUp');
  await expect.poll(() => focusedName(page)).toMatch(/media\/2024\/june\/\*$/);
  expect(
    await designGrid(page).evaluate((t) => t.querySelectorAll('tbody [tabindex="0"]').length),
  ).toBe(1);
});
