import { expect, test } from '@playwright/test';
import { addPath, designGrid, loadTemplate, matrix, matrixCell, openApp, tick } from './helpers';

// The docs' "access control matrix" for the prefix-behaviour example (customize-authorization.txt).
const DOCS_MATRIX: Record<string, { authenticated: string; guest: string }> = {
  'media/*': { authenticated: 'get list write delete', guest: 'none' },
  'media/profile-pictures/*': { authenticated: 'none', guest: 'get list' },
  'media/albums/*': { authenticated: 'get list', guest: 'none' },
  'other/*': { authenticated: 'get list write', guest: 'get list' },
};

test('building the docs prefix example by clicking gives the docs matrix', async ({ page }) => {
  await openApp(page);
  await loadTemplate(page, 'Empty');
  await expect(designGrid(page).getByText('No paths yet')).toBeVisible();

  for (const path of Object.keys(DOCS_MATRIX)) await addPath(page, path);
  for (const name of [
    'authenticated read media/*',
    'authenticated write media/*',
    'authenticated delete media/*',
    'guest read media/profile-pictures/*',
    'authenticated read media/albums/*',
    'guest read other/*',
    'authenticated read other/*',
    'authenticated write other/*',
  ]) {
    await tick(page, name);
  }

  for (const [path, expected] of Object.entries(DOCS_MATRIX)) {
    await expect(await matrixCell(page, path, 'authenticated')).toHaveText(expected.authenticated);
    await expect(await matrixCell(page, path, 'guest')).toHaveText(expected.guest);
  }
  // `read` is the shortcut for get + list, so both show as ticked.
  await expect(
    page.getByRole('checkbox', { name: 'guest get other/*', exact: true }),
  ).toBeChecked();
  await expect(
    page.getByRole('checkbox', { name: 'guest list other/*', exact: true }),
  ).toBeChecked();
  // What the subpaths take away from authenticated is described, not part of the cell's text...
  const albums = await matrixCell(page, 'media/albums/*', 'authenticated');
  await expect(albums).toHaveAccessibleDescription(/Taken away by this subpath: write, delete/);
  // ...and named, so a screen reader hears it with the cell, not only on request.
  await expect(albums).toHaveAccessibleName('get list; taken away by this subpath: write delete');
  // And the same design as resource.ts, as a person would write it (the exports follow the
  // design while they are near the viewport: look at them).
  const code = page.getByRole('tabpanel');
  await code.scrollIntoViewIfNeeded();
  await expect(code).toContainText("'media/albums/*'");
  await expect(code).toContainText("allow.authenticated.to(['read', 'write', 'delete'])");
});

test('unticking get leaves list, and read shows as partly ticked', async ({ page }) => {
  await openApp(page);
  await loadTemplate(page, 'Prefix behaviour (docs matrix)');
  await page.getByRole('checkbox', { name: 'guest get other/*', exact: true }).uncheck();
  await expect(await matrixCell(page, 'other/*', 'guest')).toHaveText('list');
  const read = page.getByRole('checkbox', { name: 'guest read other/*', exact: true });
  await expect(read).not.toBeChecked();
  await expect(read).toBeChecked({ indeterminate: true });
  await read.check();
  await expect(await matrixCell(page, 'other/*', 'guest')).toHaveText('get list');
});

test('paths are renamed in place, reordered and removed', async ({ page }) => {
  await openApp(page);
  await loadTemplate(page, 'Prefix behaviour (docs matrix)');
  const name = page.getByRole('textbox', { name: 'Rename path other/*', exact: true });
  await name.fill('shared/*');
  await name.press('Enter');
  await expect(await matrixCell(page, 'shared/*', 'authenticated')).toHaveText('get list write');
  await page.getByRole('button', { name: 'Move path shared/* up', exact: true }).click();
  const names = designGrid(page).getByRole('textbox');
  await expect(names.nth(2)).toHaveValue('shared/*');
  await page.getByRole('button', { name: 'Remove path shared/*', exact: true }).click();
  await expect(
    page.getByRole('textbox', { name: 'Rename path shared/*', exact: true }),
  ).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(
    page.getByRole('textbox', { name: 'Rename path shared/*', exact: true }),
  ).toBeVisible();
});

test('groups and functions get their own columns; group headers say members lose authenticated access', async ({
  page,
}) => {
  await openApp(page);
  await loadTemplate(page, 'Prefix behaviour (docs matrix)');
  await page.getByRole('textbox', { name: 'New group' }).fill('admin');
  await page.getByRole('button', { name: 'Add group' }).click();
  await page.getByRole('textbox', { name: 'New function' }).fill('resizer');
  await page.getByRole('button', { name: 'Add function' }).click();
  await addPath(page, 'admin/*');
  await tick(page, 'group admin list admin/*');
  await tick(page, 'function resizer get media/*');
  await expect(await matrixCell(page, 'admin/*', 'group admin')).toHaveText('list');
  await expect(await matrixCell(page, 'media/*', 'function resizer')).toHaveText('get');
  // A group member has nothing on media/* although every signed-in user has everything.
  await expect(await matrixCell(page, 'media/*', 'group admin')).toHaveText('none');
  await expect(
    matrix(page).getByRole('columnheader', { name: 'group admin', exact: true }),
  ).toHaveAccessibleDescription(/authenticated and owner rules do not apply/);
  // Owner folders: the quick way makes prefix/{entity_id}/* with owner access.
  await page.getByRole('textbox', { name: 'New path' }).fill('private');
  await page.getByRole('button', { name: 'Add owner path' }).click();
  await expect(
    page.getByRole('checkbox', { name: 'owner delete private/{entity_id}/*', exact: true }),
  ).toBeChecked();
  await expect(await matrixCell(page, 'private/{entity_id}/*', 'owner')).toHaveText(
    'get list write delete',
  );
  await expect(await matrixCell(page, 'private/{entity_id}/*', 'authenticated')).toHaveText('none');
});
