/** Big designs stay navigable: paths with subpaths fold, in the grid and in the matrix. */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { designGrid, matrix, openApp } from './helpers';

/** A path's row in the rules grid, found by its name box. */
const gridRow = (page: Page, path: string): Locator =>
  designGrid(page)
    .getByRole('row')
    .filter({
      has: page.getByRole('textbox', {
        name: `Rename path ${path}`,
        exact: true,
      }),
    });

test('folding hides a path’s subpaths in the grid and in the matrix, and says how many', async ({
  page,
}) => {
  await openApp(page);
  const fold = designGrid(page).getByRole('button', {
    name: '2 subpaths of media/*',
  });
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
  const matrixFold = matrix(page).getByRole('button', {
    name: '2 subpaths of media/*',
  });
  await matrixFold.click();
  await expect(matrixFold).toHaveAttribute('aria-expanded', 'false');
  await expect(
    matrix(page).getByRole('rowheader', {
      name: 'media/albums/*',
      exact: true,
    }),
  ).toHaveCount(0);
  await expect(matrix(page).getByRole('rowheader', { name: 'media/*', exact: true })).toHaveCount(
    1,
  );
  await matrixFold.click();
  await expect(
    matrix(page).getByRole('rowheader', {
      name: 'media/albums/*',
      exact: true,
    }),
  ).toHaveCount(1);
});
