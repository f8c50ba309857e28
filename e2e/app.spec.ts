import { expect, test } from '@playwright/test';

test('the page shows the docs prefix-behaviour matrix', async ({ page }) => {
  await page.goto('./');
  const table = page.getByRole('table', { name: 'Effective access' });
  const row = table.getByRole('row', { name: /media\/profile-pictures/ });
  await expect(row.getByRole('cell').nth(0)).toHaveText('get list'); // guest
  await expect(row.getByRole('cell').nth(1)).toHaveText('none'); // authenticated
});
