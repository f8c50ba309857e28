/**
 * Big designs stay navigable: a path added, imported or changed by a fix is scrolled into the
 * rules grid's view and marked for a moment (a word and a bar, and announced), also when it lands
 * far outside the rendered window; paths with subpaths fold, in the grid and in the matrix.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { allow, designFromAccess, type Design, type Rule } from '../src/core';
import { addPath, designGrid, matrix, matrixCell, openApp, problems } from './helpers';

/** `n` paths: top-level areas, each second one with a subpath that repeats its parent's access. */
function manyPaths(n: number, tail: [string, Rule[]][] = []): Design {
  const access: [string, Rule[]][] = [];
  for (let i = 0; access.length < n - tail.length; i++) {
    const area = `area${String(i).padStart(3, '0')}`;
    access.push([`${area}/*`, [allow.authenticated.to(['read'])]]);
    if (i % 2 === 0 && access.length < n - tail.length)
      access.push([`${area}/public/*`, [allow.authenticated.to(['read'])]]);
  }
  return designFromAccess([...access, ...tail]);
}

/** A path's row in the rules grid, found by its name box. */
const gridRow = (page: Page, path: string): Locator =>
  designGrid(page)
    .getByRole('row')
    .filter({ has: page.getByRole('textbox', { name: `Rename path ${path}`, exact: true }) });

test('Add path on a 350-path design scrolls the new row into view and marks it for a moment', async ({
  page,
}) => {
  await openApp(page, { design: manyPaths(350) });
  await addPath(page, 'zzz/*');
  const name = page.getByRole('textbox', { name: 'Rename path zzz/*', exact: true });
  await expect(name).toBeInViewport();
  await expect(gridRow(page, 'zzz/*')).toHaveAttribute('data-revealed', 'new');
  await expect(page.getByRole('status').filter({ hasText: 'New path zzz/*' })).toHaveCount(1);
  // Typing goes on in the New path box (focus is not taken away).
  await expect(page.getByRole('textbox', { name: 'New path' })).toBeFocused();
  // The mark goes after a few seconds.
  await expect(gridRow(page, 'zzz/*')).not.toHaveAttribute('data-revealed', /./, {
    timeout: 8000,
  });
  // A tick in the grid marks nothing (the user is looking at the row).
  await page.getByRole('checkbox', { name: 'guest read zzz/*', exact: true }).check();
  await expect(gridRow(page, 'zzz/*')).not.toHaveAttribute('data-revealed', /./);
});

test('a fix applied from Problems scrolls to the fixed path and marks it changed', async ({
  page,
}) => {
  const design = manyPaths(350, [
    ['zlast/*', [allow.guest.to(['read']), allow.guest.to(['write'])]],
  ]);
  await openApp(page, { design });
  await expect(designGrid(page).getByRole('textbox', { name: 'Rename path zlast/*' })).toHaveCount(
    0,
  );
  await problems(page)
    .getByRole('button', { name: 'Merge into one rule for guest' })
    .first()
    .click();
  await expect(
    page.getByRole('textbox', { name: 'Rename path zlast/*', exact: true }),
  ).toBeInViewport();
  await expect(gridRow(page, 'zlast/*')).toHaveAttribute('data-revealed', 'changed');
  await expect(page.getByRole('status').filter({ hasText: 'Changed zlast/*' })).toHaveCount(1);
});

test('imported paths are marked new; a path added under a folded parent unfolds it', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import design' });
  await dialog.getByRole('textbox', { name: 'Source to import' }).fill(
    `import { defineStorage } from '@aws-amplify/backend';
export const storage = defineStorage({
  name: 'teamDrive',
  access: (allow) => ({
    'shared/*': [allow.authenticated.to(['read', 'write'])],
    'shared/inbox/*': [allow.authenticated.to(['write'])],
  }),
});
`,
  );
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(gridRow(page, 'shared/*')).toHaveAttribute('data-revealed', 'new');
  await expect(gridRow(page, 'shared/inbox/*')).toHaveAttribute('data-revealed', 'new');

  // Fold shared/*, then add a path under it: it unfolds to show the new row.
  const fold = designGrid(page).getByRole('button', { name: '1 subpath of shared/*' });
  await fold.click();
  await expect(fold).toHaveAttribute('aria-expanded', 'false');
  await expect(gridRow(page, 'shared/inbox/*')).toHaveCount(0);
  await addPath(page, 'shared/outbox/*');
  await expect(
    designGrid(page).getByRole('button', { name: '2 subpaths of shared/*' }),
  ).toHaveAttribute('aria-expanded', 'true');
  await expect(gridRow(page, 'shared/outbox/*')).toHaveAttribute('data-revealed', 'new');
  await expect(gridRow(page, 'shared/inbox/*')).toHaveCount(1);
});

test('folding hides a path’s subpaths in the grid and in the matrix, and says how many', async ({
  page,
}) => {
  await openApp(page);
  const fold = designGrid(page).getByRole('button', { name: '2 subpaths of media/*' });
  await expect(fold).toHaveAttribute('aria-expanded', 'true');
  await fold.click();
  await expect(fold).toHaveAttribute('aria-expanded', 'false');
  await expect(gridRow(page, 'media/profile-pictures/*')).toHaveCount(0);
  await expect(gridRow(page, 'media/albums/*')).toHaveCount(0);
  await expect(gridRow(page, 'other/*')).toHaveCount(1);
  // The folded row shows the count it hides.
  expect(
    await fold.evaluate((el) => getComputedStyle(el, '::before').content.replace(/["\s]/g, '')),
  ).toContain('2');
  // The filter works on what is unfolded.
  await page.getByRole('searchbox', { name: 'Filter paths by text' }).fill('o');
  await expect(gridRow(page, 'other/*')).toHaveCount(1);
  await expect(gridRow(page, 'media/profile-pictures/*')).toHaveCount(0);
  await page.getByRole('button', { name: 'Clear filter' }).click();
  await fold.click();
  await expect(gridRow(page, 'media/profile-pictures/*')).toHaveCount(1);

  // The matrix folds on its own, and its row headers stay the paths.
  const matrixFold = matrix(page).getByRole('button', { name: '2 subpaths of media/*' });
  await matrixFold.click();
  await expect(matrixFold).toHaveAttribute('aria-expanded', 'false');
  await expect(
    matrix(page).getByRole('rowheader', { name: 'media/albums/*', exact: true }),
  ).toHaveCount(0);
  await expect(matrix(page).getByRole('rowheader', { name: 'media/*', exact: true })).toHaveCount(
    1,
  );
  await matrixFold.click();
  await expect(
    matrix(page).getByRole('rowheader', { name: 'media/albums/*', exact: true }),
  ).toHaveCount(1);

  // From the keyboard: the fold button is the cell before a row's first person.
  const guest = await matrixCell(page, 'media/*', 'guest');
  await guest.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(matrixFold).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(matrixFold).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('ArrowDown');
  await expect(await matrixCell(page, 'other/*', 'guest')).toBeFocused();
  expect(await matrix(page).evaluate((t) => t.querySelectorAll('[tabindex="0"]').length)).toBe(1);
});

test("Problems' link reaches its path after the design was replaced by an equal one", async ({
  page,
}) => {
  // The page opens on this template: loading it again gives equal paths with new identities,
  // and the Problems list, unchanged, keeps its items (and the design they were made for).
  await openApp(page);
  await page
    .getByRole('combobox', { name: 'Template' })
    .selectOption({ label: 'Prefix behaviour (docs matrix)' });
  await page.getByRole('button', { name: 'Load template' }).click();
  await problems(page)
    .getByRole('button', { name: 'media/profile-pictures/*', exact: true })
    .click();
  await expect(
    designGrid(page).getByRole('textbox', {
      name: 'Rename path media/profile-pictures/*',
      exact: true,
    }),
  ).toBeFocused();
});
