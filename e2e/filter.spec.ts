import { expect, test } from '@playwright/test';
import { addPath, designGrid, loadTemplate, openApp, problems } from './helpers';

const pathBoxes = (page: import('@playwright/test').Page) =>
  designGrid(page).getByRole('textbox', { name: /^Rename path / });

test('big designs: filter paths by text, by who has access, and by findings', async ({ page }) => {
  await openApp(page);
  await loadTemplate(page, 'Prefix behaviour (docs matrix)');
  const filter = page.getByRole('search', { name: 'Filter paths' });
  await expect(pathBoxes(page)).toHaveCount(4);

  await filter.getByRole('searchbox', { name: 'Filter paths by text' }).fill('media');
  await expect(pathBoxes(page)).toHaveCount(3);
  await expect(filter.getByRole('status')).toHaveText('Showing 3 of 4 paths');

  // Effective access: guest can read media/profile-pictures/* and other/* only.
  await filter.getByRole('searchbox', { name: 'Filter paths by text' }).fill('');
  await filter.getByRole('combobox', { name: 'Who has access' }).selectOption({ label: 'guest' });
  await expect(pathBoxes(page)).toHaveCount(2);
  await expect(
    designGrid(page).getByRole('textbox', { name: 'Rename path other/*', exact: true }),
  ).toBeVisible();

  await filter.getByRole('button', { name: 'Clear filter' }).click();
  await expect(pathBoxes(page)).toHaveCount(4);
  await filter.getByRole('checkbox', { name: 'With findings' }).check();
  // Only paths with a finding under them remain (a subpath whose names a parent's list shows).
  await expect(pathBoxes(page)).not.toHaveCount(4);
  expect(await pathBoxes(page).count()).toBeGreaterThan(0);
  expect(
    await designGrid(page).getByRole('row').filter({ hasText: 'still returns the names' }).count(),
  ).toBeGreaterThan(0);
  await filter.getByRole('searchbox', { name: 'Filter paths by text' }).fill('nothing-like-this');
  await expect(designGrid(page).getByText('No path matches the filter.')).toBeVisible();
});

test('a path the filter hides is shown when asked for: the filter clears and says so', async ({
  page,
}) => {
  await openApp(page);
  await loadTemplate(page, 'Prefix behaviour (docs matrix)');
  const filter = page.getByRole('search', { name: 'Filter paths' });
  const text = filter.getByRole('searchbox', { name: 'Filter paths by text' });
  await text.fill('media');
  await expect(pathBoxes(page)).toHaveCount(3);

  // A new path the filter would hide: it is shown, not silently added out of sight.
  await addPath(page, 'docs/*');
  await expect(text).toHaveValue('');
  await expect(pathBoxes(page)).toHaveCount(5);
  await expect(
    page.getByRole('status').filter({ hasText: 'New path docs/*. Filter cleared to show docs/*.' }),
  ).toBeAttached();

  // Problems' link to a path the filter hides: the filter clears and the path's name has focus.
  await text.fill('other');
  await expect(pathBoxes(page)).toHaveCount(1);
  await problems(page)
    .getByRole('button', { name: 'media/profile-pictures/*', exact: true })
    .click();
  await expect(text).toHaveValue('');
  await expect(
    designGrid(page).getByRole('textbox', {
      name: 'Rename path media/profile-pictures/*',
      exact: true,
    }),
  ).toBeFocused();
});
