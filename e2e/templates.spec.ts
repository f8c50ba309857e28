import { expect, test } from '@playwright/test';
import { addPath, designGrid, loadTemplate, openApp } from './helpers';

test('the first run says the design is an example, and Start empty clears it', async ({ page }) => {
  await openApp(page);
  const example = page.getByRole('status').filter({ hasText: /^Example: Prefix behaviour/ });
  await expect(example).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Template' })).toHaveValue('prefixes');
  await example.getByRole('button', { name: 'Start empty' }).click();
  await expect(designGrid(page).getByRole('textbox', { name: /^Rename path/ })).toHaveCount(0);
  await expect(example).toHaveCount(0);
});

test('the picker names a template only while the design is that template, unchanged', async ({
  page,
}) => {
  await openApp(page);
  const picker = page.getByRole('combobox', { name: 'Template' });
  await loadTemplate(page, 'Gen 1 public / protected / private');
  await expect(picker).toHaveValue('gen1');
  await addPath(page, 'docs/*');
  await expect(picker).toHaveValue('');
  await page.getByRole('button', { name: 'Undo', exact: true }).first().click();
  await expect(picker).toHaveValue('gen1');
});

test('loading a template over the user’s paths says so, and Undo brings them back', async ({
  page,
}) => {
  await openApp(page);
  await loadTemplate(page, 'Empty');
  await addPath(page, 'mine/*');
  await addPath(page, 'ours/*');
  await loadTemplate(page, 'Admin and auditor groups');
  const banner = page.getByRole('status').filter({ hasText: /over your design \(2 paths\)/ });
  await expect(banner).toBeVisible();
  await banner.getByRole('button', { name: 'Undo' }).click();
  await expect(banner).toHaveCount(0);
  await expect(
    page.getByRole('textbox', { name: 'Rename path mine/*', exact: true }),
  ).toBeVisible();
  await expect(
    page.getByRole('textbox', { name: 'Rename path ours/*', exact: true }),
  ).toBeVisible();
});
