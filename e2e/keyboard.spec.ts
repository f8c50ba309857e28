import { expect, test, type Page } from '@playwright/test';
import { loadTemplate, matrix, matrixCell, openApp } from './helpers';

/** Presses Tab until the focused element has this accessible name (or gives up). */
async function tabTo(page: Page, name: string, limit = 80): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el ? (el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.tagName) : '';
    });
    seen.push(focused);
    if (focused === name) return seen;
  }
  throw new Error(`Tab never reached ${name}; focus went through: ${seen.join(' | ')}`);
}

test('a keyboard user reaches a checkbox, ticks it, and sees the matrix change', async ({
  page,
}) => {
  // The first screen shows the docs' prefix example; focus starts at the top of the page.
  await openApp(page);

  // The rules grid is one tab stop (on the first path's name); arrow keys move inside it.
  const seen = await tabTo(page, 'Rename path media/*');
  expect(seen[0]).toBe('Skip to effective access');
  expect(seen.filter((name) => name.startsWith('guest '))).toEqual([]);
  await page.keyboard.press('ArrowRight');
  const box = page.getByRole('checkbox', { name: 'guest read media/*', exact: true });
  await expect(box).toBeFocused();
  // The focus is visible (keyboard focus matches :focus-visible, which draws the ring).
  expect(await box.evaluate((el) => el.matches(':focus-visible'))).toBe(true);
  await page.keyboard.press('Space');
  await expect(box).toBeChecked();
  await expect(await matrixCell(page, 'media/*', 'guest')).toHaveText('get list');
  // Undo from the keyboard (outside text boxes).
  await page.keyboard.press('Control+z');
  await expect(await matrixCell(page, 'media/*', 'guest')).toHaveText('none');
});

test('the matrix is one tab stop; arrows move between cells and the reasons follow focus', async ({
  page,
}) => {
  await openApp(page);
  await loadTemplate(page, 'Prefix behaviour (docs matrix)');
  await page.getByRole('link', { name: 'Skip to effective access' }).focus();
  await page.keyboard.press('Enter');
  // From the skip target, the next Tab lands in the matrix.
  const first = await matrixCell(page, 'media/*', 'guest');
  for (let i = 0; i < 10 && !(await first.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  // One reason for the four actions it denies, said once.
  await expect(first).toHaveAccessibleDescription(
    /^get, list, write, delete: Denied: no rule grants them to guest here/,
  );
  await expect(first).not.toHaveAccessibleDescription(/Denied.*Denied/);
  await page.keyboard.press('ArrowRight');
  const authenticated = await matrixCell(page, 'media/*', 'authenticated');
  await expect(authenticated).toBeFocused();
  await expect(authenticated).toHaveAccessibleDescription(
    /get, list, write, delete: Allowed by allow\.authenticated\.to\(\["read","write","delete"\]\) on "media\/\*"/,
  );
  await page.keyboard.press('ArrowDown');
  const subpath = await matrixCell(page, 'media/profile-pictures/*', 'authenticated');
  await expect(subpath).toBeFocused();
  // The popover with the reasons is shown for the focused cell (and Escape closes it).
  await expect(
    page.getByText(/authenticated on/).filter({ hasText: 'media/profile-pictures/*' }),
  ).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByText(/authenticated on/)).toHaveCount(0);
  // Only one cell is in the tab order.
  const tabbable = await matrix(page).evaluate(
    (t) => t.querySelectorAll('td[tabindex="0"]').length,
  );
  expect(tabbable).toBe(1);
});

test('export tabs work from the keyboard', async ({ page }) => {
  await openApp(page);
  const tab = page.getByRole('tab', { name: 'resource.ts' });
  await tab.focus();
  await page.keyboard.press('End');
  await expect(page.getByRole('tab', { name: 'amplify_outputs.json' })).toBeFocused();
  await expect(page.getByRole('tab', { name: 'amplify_outputs.json' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
});

test('reordering from the keyboard keeps focus on the moved path', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Move path other/* up', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('button', { name: 'Move path other/* up', exact: true }),
  ).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('button', { name: 'Move path other/* up', exact: true }),
  ).toBeFocused();
  const names = page.getByRole('table', { name: 'Access rules' }).getByRole('textbox');
  await expect(names.nth(1)).toHaveValue('other/*');
  // Removing keeps the keyboard user in the list: focus goes to the next path's remove button.
  await page.getByRole('button', { name: 'Remove path other/*', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('button', { name: 'Remove path media/profile-pictures/*', exact: true }),
  ).toBeFocused();
});
