import { expect, test, type Page } from '@playwright/test';
import {
  addPath,
  designGrid,
  findingsUnder,
  loadTemplate,
  matrixCell,
  openApp,
  problems,
  tick,
} from './helpers';

/** The finding shows right under its path and in Problems; its one-click fix (if any) repairs it. */
async function expectFinding(page: Page, path: string, message: RegExp) {
  await expect(findingsUnder(page, path).filter({ hasText: message })).toHaveCount(1);
  await expect(
    problems(page).getByRole('listitem').filter({ hasText: message }).first(),
  ).toBeVisible();
}

async function fixUnder(page: Page, path: string, fix: string) {
  await findingsUnder(page, path).getByRole('button', { name: fix, exact: true }).click();
}

test.beforeEach(async ({ page }) => {
  await openApp(page);
  await loadTemplate(page, 'Empty');
  await expect(problems(page)).toContainText('0 errors');
});

test('a leading slash is flagged inline and in Problems, and fixed in one click', async ({
  page,
}) => {
  await addPath(page, '/media/*');
  await expectFinding(page, '/media/*', /must not start with "\/"/);
  await expect(problems(page)).toContainText('1 error');
  await fixUnder(page, '/media/*', 'Remove the leading "/"');
  await expect(
    page.getByRole('textbox', { name: 'Rename path media/*', exact: true }),
  ).toBeVisible();
  await expect(problems(page)).toContainText('0 errors');
});

test('a path without the /* ending is fixed by adding it', async ({ page }) => {
  await addPath(page, 'docs');
  await expectFinding(page, 'docs', /must end with "\/\*"/);
  await fixUnder(page, 'docs', 'End the path with "/*"');
  await expect(
    page.getByRole('textbox', { name: 'Rename path docs/*', exact: true }),
  ).toBeVisible();
  await expect(problems(page)).toContainText('0 errors');
});

test('a double slash is collapsed by its fix', async ({ page }) => {
  await addPath(page, 'media//photos/*');
  await expectFinding(page, 'media//photos/*', /cannot contain "\/\/"/);
  await fixUnder(page, 'media//photos/*', 'Collapse "//" into "/"');
  await expect(
    page.getByRole('textbox', { name: 'Rename path media/photos/*', exact: true }),
  ).toBeVisible();
});

test('an inner wildcard and too deep nesting are flagged (no automatic fix)', async ({ page }) => {
  await addPath(page, 'media/*/thumbs/*');
  await expectFinding(page, 'media/*/thumbs/*', /Wildcards are only allowed as the final part/);
  await expect(findingsUnder(page, 'media/*/thumbs/*').getByRole('button')).toHaveCount(0);
  await page.getByRole('button', { name: 'Remove path media/*/thumbs/*', exact: true }).click();

  await addPath(page, 'media/*');
  await addPath(page, 'media/albums/*');
  await addPath(page, 'media/albums/photos/*');
  await expectFinding(page, 'media/albums/photos/*', /Only one other path may be a prefix/);
  // Editing is never blocked: the checkboxes still work on the invalid path.
  await page
    .getByRole('checkbox', { name: 'guest read media/albums/photos/*', exact: true })
    .check();
  await expect(
    page.getByRole('checkbox', { name: 'guest read media/albums/photos/*', exact: true }),
  ).toBeChecked();
});

test('{entity_id} misuse is flagged in each of its forms', async ({ page }) => {
  await addPath(page, 'media/*');
  await addPath(page, 'media/{entity_id}/*');
  await expectFinding(page, 'media/{entity_id}/*', /may not have another path as its prefix/);
  await addPath(page, 'users/x{entity_id}/*');
  await expectFinding(page, 'users/x{entity_id}/*', /cannot include any other characters/);
  await addPath(page, '{entity_id}/*');
  await expectFinding(page, '{entity_id}/*', /must not be the first path part/);
  await addPath(page, 'files/{entity_id}/docs/*');
  await expectFinding(page, 'files/{entity_id}/docs/*', /right before the ending "\/\*"/);
});

test('a duplicate principal (from a template) is merged by its fix', async ({ page }) => {
  await loadTemplate(page, 'Common mistakes (to fix)');
  await expectFinding(page, 'media/*', /Access for guest is specified more than once/);
  await fixUnder(page, 'media/*', 'Merge into one rule for guest');
  await expect(findingsUnder(page, 'media/*').filter({ hasText: /more than once/ })).toHaveCount(0);
  await expect(
    page.getByRole('checkbox', { name: 'guest read media/*', exact: true }),
  ).toBeChecked();
  await expect(
    page.getByRole('checkbox', { name: 'guest write media/*', exact: true }),
  ).toBeChecked();
});

test('removing a group that rules use flags the rules, and declaring it again fixes them', async ({
  page,
}) => {
  await loadTemplate(page, 'Admin and auditor groups');
  await expect(problems(page)).toContainText('0 errors');
  await page.getByRole('button', { name: 'Remove group admin', exact: true }).click();
  await expectFinding(page, 'media/*', /Group "admin" is not one of the auth groups/);
  await expect(problems(page)).toContainText('1 error');
  await fixUnder(page, 'media/*', 'Declare group "admin"');
  await expect(problems(page)).toContainText('0 errors');
  await expect(
    page.getByRole('list', { name: 'Groups' }).getByRole('textbox', { name: 'Rename group admin' }),
  ).toBeVisible();
});

test('Problems lists every finding with counts, and its fix buttons work too', async ({ page }) => {
  await loadTemplate(page, 'Common mistakes (to fix)');
  const list = problems(page);
  await expect(list).toContainText(/\d+ errors/);
  const items = list.getByRole('listitem');
  expect(await items.count()).toBeGreaterThanOrEqual(4);
  await list.getByRole('button', { name: 'Remove the leading "/"' }).click();
  await expect(
    page.getByRole('textbox', { name: 'Rename path public/*', exact: true }),
  ).toBeVisible();
  // The location jumps to the path in the design.
  await list.getByRole('button', { name: /^docs/ }).first().click();
  await expect(page.getByRole('textbox', { name: 'Rename path docs', exact: true })).toBeFocused();
  await expect(designGrid(page)).toBeVisible();
});

test('several storages need exactly one default; each has its own paths', async ({ page }) => {
  // Adding a second storage makes the one default explicit (Amplify needs exactly one of two).
  await page.getByRole('button', { name: 'Add storage' }).click();
  await expect(problems(page)).toContainText('0 errors');
  await page
    .getByRole('combobox', { name: 'Storage', exact: true })
    .selectOption({ label: 'myProjectFiles (default)' });
  await page.getByRole('checkbox', { name: 'Default storage' }).uncheck();
  await page.getByRole('combobox', { name: 'Storage', exact: true }).selectOption('1');
  await expect(problems(page)).toContainText('1 error');
  await expect(problems(page).getByText(/one must have isDefault: true/)).toBeVisible();
  await problems(page)
    .getByRole('button', { name: /^Make "myProjectFiles" the default/ })
    .click();
  await expect(problems(page)).toContainText('0 errors');
  // The new storage is selected: its grid is empty, and its name can be edited.
  await expect(page.getByRole('combobox', { name: 'Storage', exact: true })).toHaveValue('1');
  await expect(designGrid(page).getByText('No paths yet')).toBeVisible();
  const name = page.getByRole('textbox', { name: 'Storage name' });
  await name.fill('invoices');
  await name.press('Enter');
  await addPath(page, 'invoices/*');
  await page
    .getByRole('combobox', { name: 'Storage', exact: true })
    .selectOption({ label: 'myProjectFiles (default)' });
  await expect(page.getByRole('textbox', { name: 'Rename path invoices/*' })).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: 'Default storage' })).toBeChecked();
});

test('Problems groups findings by kind with counts and filters by severity; a group is one cause', async ({
  page,
}) => {
  await loadTemplate(page, 'Gen 1 public / protected / private');
  await page.getByRole('textbox', { name: 'New group' }).fill('admin');
  await page.getByRole('button', { name: 'Add group' }).click();
  const list = problems(page);
  // The docs' Gen 1 pattern with one group: two findings, one of them the group's (all its paths).
  await expect(list.getByRole('listitem')).toHaveCount(2);
  const group = list.getByRole('list', { name: 'warn-group-members-lose-access' });
  await expect(group.getByRole('listitem')).toHaveCount(1);
  await expect(group).toContainText('private/{entity_id}/*');
  // No per-path copies of it under the rows of the design grid.
  await expect(findingsUnder(page, 'public/*')).toHaveCount(0);

  await loadTemplate(page, 'Common mistakes (to fix)');
  const label = await list.getByText(/^Errors \d+$/).textContent();
  const errors = Number(label!.match(/\d+/)![0]);
  await list.getByRole('radio', { name: /^Errors/ }).check();
  const shown = list.getByRole('listitem');
  await expect(shown).toHaveCount(errors);
  await expect(list.getByText('Warning:')).toHaveCount(0);
  await list.getByRole('radio', { name: /^All/ }).check();
  expect(await shown.count()).toBeGreaterThan(errors);
});

test('the path box flags a duplicate or invalid path while typing, before Add path', async ({
  page,
}) => {
  await addPath(page, 'media/*');
  const box = page.getByRole('textbox', { name: 'New path' });
  await box.fill('media/*');
  await expect(box).toHaveAccessibleDescription(/defined more than once/);
  await expect(box).toHaveAttribute('aria-invalid', 'true');
  await box.fill('/docs');
  await expect(box).toHaveAccessibleDescription(/must not start with "\/"/);
  await expect(box).toHaveAccessibleDescription(/must end with "\/\*"/);
  await box.fill('docs/*');
  await expect(box).not.toHaveAttribute('aria-invalid', 'true');
});

test('a duplicate path is merged by its fix, which says first what it changes', async ({
  page,
}) => {
  await addPath(page, 'media/*');
  await tick(page, 'guest read media/*');
  await page.getByRole('textbox', { name: 'New path' }).fill('media/*');
  await page.getByRole('button', { name: 'Add path', exact: true }).click();
  const item = problems(page)
    .getByRole('listitem')
    .filter({ hasText: /defined more than once/ });
  await item.getByText('What it changes').click();
  // The object literal kept only the last (empty) entry: merging gives guest get and list back.
  await expect(item.getByRole('listitem')).toHaveText(['guest on media/*: +get +list']);
  await item.getByRole('button', { name: 'Merge into the first "media/*"' }).click();
  await expect(problems(page)).toContainText('0 errors');
  await expect(designGrid(page).getByRole('textbox', { name: 'Rename path media/*' })).toHaveCount(
    1,
  );
  await expect(await matrixCell(page, 'media/*', 'guest')).toHaveText('get list');
});

test("a problem's location button focuses its path, found by the path's id after rows moved", async ({
  page,
}) => {
  await addPath(page, 'a/*');
  await addPath(page, '/media/*');
  await expectFinding(page, '/media/*', /must not start with "\/"/);
  // Move the flagged path to the top: the Problems item still names the same path.
  await page.getByRole('button', { name: 'Move path /media/* up', exact: true }).click();
  await problems(page)
    .getByRole('button', { name: /\/media\/\*/ })
    .click();
  await expect(
    page.getByRole('textbox', { name: 'Rename path /media/*', exact: true }),
  ).toBeFocused();
});
