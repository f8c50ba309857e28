import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { applyEdits, encodeShareFragment, pathAt } from '../src/core';
import { TEMPLATES_FOR_TESTS } from './fixtures';
import { loadTemplate, openApp, tick } from './helpers';

const compare = (page: Page) => page.getByRole('region', { name: 'Compare' });
const changes = (page: Page) => compare(page).getByRole('table', { name: 'Access changes' });

async function expectNoAxeViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(
    result.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    ),
  ).toEqual([]);
}

/** The table's rows as [storage, path, person, gained, lost] texts. */
async function rowsOf(table: Locator): Promise<string[][]> {
  await expect(table).toBeVisible();
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent!.trim())),
    );
}

test('a saved version against the current design: gained and lost access, live', async ({
  page,
}) => {
  await openApp(page);
  await loadTemplate(page, 'Prefix behaviour (docs matrix)');
  await compare(page).getByRole('button', { name: 'Save version' }).click();
  await expect(compare(page).getByRole('status')).toHaveText('Saved “Version 1”');

  await tick(page, 'guest write other/*');
  await page.getByRole('checkbox', { name: 'authenticated write other/*', exact: true }).uncheck();

  await compare(page).getByRole('button', { name: 'Compare with…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Compare with…' });
  await dialog.getByRole('button', { name: 'Compare with Version 1' }).click();
  await expect(dialog).toBeHidden();

  expect(await rowsOf(changes(page))).toEqual([
    ['myProjectFiles', 'other/*', 'guest', '+write', ''],
    ['myProjectFiles', 'other/*', 'authenticated', '', '−write'],
  ]);
  await expect(compare(page)).toContainText(
    'From “Version 1” to the current design: 1 change gains access, 1 change loses access.',
  );
  // Gained access is the row a reviewer must not miss.
  await expect(changes(page).locator('tbody tr').first()).toHaveClass(/change-gained/);
  await page.screenshot({ path: 'test-results/compare-saved-version.png', fullPage: true });

  await compare(page).getByRole('checkbox', { name: 'Only gained access' }).check();
  expect(await rowsOf(changes(page))).toEqual([
    ['myProjectFiles', 'other/*', 'guest', '+write', ''],
  ]);
  await compare(page).getByRole('checkbox', { name: 'Only gained access' }).uncheck();

  // The comparison follows the design as it changes.
  await page.getByRole('checkbox', { name: 'guest write other/*', exact: true }).uncheck();
  expect(await rowsOf(changes(page))).toEqual([
    ['myProjectFiles', 'other/*', 'authenticated', '', '−write'],
  ]);
  await compare(page).getByRole('button', { name: 'Swap sides' }).click();
  expect(await rowsOf(changes(page))).toEqual([
    ['myProjectFiles', 'other/*', 'authenticated', '+write', ''],
  ]);

  // Versions outlive the page, and can be deleted.
  await page.reload();
  await compare(page).getByRole('button', { name: 'Compare with…' }).click();
  await dialog.getByRole('button', { name: 'Delete Version 1' }).click();
  await expect(dialog).toContainText('No saved versions yet');
});

test('a pasted share link against the current design', async ({ page }) => {
  const template = TEMPLATES_FOR_TESTS['Admin and auditor groups']!();
  // The linked design let auditors write too.
  const linked = applyEdits(template, [
    {
      type: 'setGrant',
      ...pathAt(template, 0, 0),
      grantee: { kind: 'group', name: 'auditor' },
      action: 'write',
      granted: true,
    },
  ]);
  const link = `https://example.com/access-matrix/#${await encodeShareFragment(linked)}`;

  await openApp(page);
  await loadTemplate(page, 'Admin and auditor groups');
  await tick(page, 'authenticated read media/*');
  await compare(page).getByRole('button', { name: 'Compare with…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Compare with…' });
  await dialog.getByRole('textbox').fill('https://example.com/access-matrix/');
  await dialog.getByRole('button', { name: 'Compare with pasted text' }).click();
  await expect(dialog.getByRole('alert')).toContainText('no #d1');

  await dialog.getByRole('textbox').fill(link);
  await dialog.getByRole('button', { name: 'Compare with pasted text' }).click();
  await expect(dialog).toBeHidden();
  expect(await rowsOf(changes(page))).toEqual([
    ['myProjectFiles', 'media/*', 'authenticated', '+get+list', ''],
    ['myProjectFiles', 'media/*', 'group auditor', '', '−write'],
  ]);
  await expect(compare(page)).toContainText('From the share link to the current design');
  await compare(page).getByRole('button', { name: 'Stop comparing' }).click();
  await expect(changes(page)).toBeHidden();
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    test('the compare dialog and the changes pass axe', async ({ page }) => {
      await openApp(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      await loadTemplate(page, 'Prefix behaviour (docs matrix)');
      await compare(page).getByRole('button', { name: 'Save version' }).click();
      await tick(page, 'guest write other/*');
      await compare(page).getByRole('button', { name: 'Compare with…' }).click();
      await expect(page.getByRole('dialog', { name: 'Compare with…' })).toBeVisible();
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'Compare with Version 1' }).click();
      await expect(changes(page)).toBeVisible();
      await expectNoAxeViolations(page);
    });
  });
}

test('tests in the comparison: one passing before and failing now, one added', async ({ page }) => {
  await openApp(page);
  await loadTemplate(page, 'Gen 1 public / protected / private');
  const tests = page.getByRole('region', { name: 'Tests' });
  await tests.getByText('Ready-made invariants').click();
  await tests.getByRole('button', { name: 'Add invariant: Guests never write or delete' }).click();
  await compare(page).getByRole('button', { name: 'Save version' }).click();
  await tests.getByRole('button', { name: 'Add invariant: Nothing is listable by guests' }).click();
  await tick(page, 'guest write public/*');

  await compare(page).getByRole('button', { name: 'Compare with…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Compare with…' });
  await dialog.getByRole('button', { name: 'Compare with Version 1' }).click();
  const list = compare(page).getByRole('list', { name: 'Test changes' });
  await expect(list.getByRole('listitem')).toHaveText([
    'Guests never write or delete: passes in “Version 1”, fails in the current design',
    'Added: Nothing is listable by guests',
  ]);
});
