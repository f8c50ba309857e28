import { expect, test, type Page } from '@playwright/test';
import { serializeDesignFile, serializeTestsFile } from '../src/core';
import { importResourceTs } from '../src/core/import';
import {
  compileDesign,
  bucketPlacements,
  renderOutputsJson,
  TEMPLATES_FOR_TESTS,
} from './fixtures';
import { expectNoAxeViolations } from './axe';
import { loadTemplate, matrix, openApp } from './helpers';

const RESOURCE_TS = `import { defineStorage } from '@aws-amplify/backend';

export const storage = defineStorage({
  name: 'teamDrive',
  access: (allow) => ({
    'shared/*': [allow.authenticated.to(['read', 'write'])],
    'archive/*': [allow.groups(['auditor']).to(['read'])],
  }),
});
`;

const BROKEN_TS = `import { defineStorage } from '@aws-amplify/backend';

export const storage = defineStorage({
  name: 'teamDrive',
  access: (allow) => ({
    'shared/*': [allow.authenticated.to(['read' 'write'])],
  }),
});
`;

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Import design' });
const source = (page: Page) => dialog(page).getByRole('textbox', { name: 'Source to import' });
const row = (page: Page, path: string) =>
  matrix(page).getByRole('rowheader', { name: path, exact: true });

async function paste(page: Page, text: string) {
  await page.getByRole('button', { name: 'Import…' }).click();
  await expect(dialog(page)).toBeVisible();
  await source(page).fill(text);
  await dialog(page).getByRole('button', { name: 'Import', exact: true }).click();
}

/** Drops a file on the page, as a user dragging it from the desktop would. */
async function drop(page: Page, name: string, text: string) {
  const transfer = await page.evaluateHandle(
    ([fileName, content]) => {
      const data = new DataTransfer();
      data.items.add(new File([content!], fileName!, { type: 'text/plain' }));
      return data;
    },
    [name, text],
  );
  const target = page.getByRole('region', { name: 'Design' });
  await target.dispatchEvent('dragenter', { dataTransfer: transfer });
  await target.dispatchEvent('dragover', { dataTransfer: transfer });
  await target.dispatchEvent('drop', { dataTransfer: transfer });
}

test('a pasted resource.ts replaces the design, and Undo brings the old one back', async ({
  page,
}) => {
  await openApp(page);
  await paste(page, RESOURCE_TS);
  await expect(dialog(page)).toBeHidden();
  await expect(row(page, 'shared/*')).toBeVisible();
  await expect(row(page, 'archive/*')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Storage name' })).toHaveValue('teamDrive');
  await expect(
    page.getByRole('status').filter({ hasText: 'Imported a resource.ts' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(row(page, 'media/*')).toBeVisible();
});

test('a dropped amplify_outputs.json says what the file cannot tell', async ({ page }) => {
  const design = TEMPLATES_FOR_TESTS['Gen 1 public / protected / private']!();
  const outputs = renderOutputsJson(compileDesign(design), bucketPlacements(design));
  await openApp(page);
  await drop(page, 'amplify_outputs.json', outputs);
  await expect(row(page, 'protected/{entity_id}/*')).toBeVisible();
  const notice = page.getByRole('status').filter({ hasText: 'Imported amplify_outputs.json' });
  await expect(notice).toBeVisible();
  await expect(notice.getByRole('list', { name: 'Not in the imported file' })).toContainText(
    'Function access (allow.resource) and triggers are not written to amplify_outputs.json',
  );
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toBeHidden();
});

test('a dropped access tests file adds its tests to the design, and Undo removes them', async ({
  page,
}) => {
  await openApp(page);
  await loadTemplate(page, 'Gen 1 public / protected / private');
  const tests = serializeTestsFile([
    {
      who: 'guest',
      actions: ['write', 'delete'],
      where: '*',
      expect: 'deny',
      name: 'No guest writes',
    },
  ]);
  await drop(page, 'access.tests.json', tests);
  await expect(
    page.getByRole('status').filter({ hasText: 'Added 1 access test from access.tests.json' }),
  ).toBeVisible();
  const listed = page
    .getByRole('region', { name: 'Tests' })
    .getByRole('listitem', { name: 'Pass: No guest writes' });
  await expect(listed).toBeVisible();
  await expect(row(page, 'protected/{entity_id}/*')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(listed).toHaveCount(0);
});

test('a dropped design file opens as it was saved', async ({ page }) => {
  const design = TEMPLATES_FOR_TESTS['Admin and auditor groups']!();
  await openApp(page);
  await drop(page, 'storage.access-matrix.json', serializeDesignFile(design));
  await expect(matrix(page).getByRole('columnheader', { name: 'group auditor' })).toBeVisible();
  await expect(
    page.getByRole('checkbox', { name: 'group admin delete media/*', exact: true }),
  ).toBeChecked();
});

test('a failed import says where, and changes nothing', async ({ page }) => {
  await openApp(page);
  const rows = await matrix(page).getByRole('rowheader').allTextContents();
  const expected = importResourceTs(BROKEN_TS).problems.find((p) => p.severity === 'error')!;
  expect(expected.loc.line).toBe(6);

  // Pasted: the dialog stays open with the problem's line and column.
  await paste(page, BROKEN_TS);
  const errors = dialog(page).getByRole('alert');
  await expect(errors).toContainText('Nothing was imported');
  await expect(errors).toContainText(
    `Line ${expected.loc.line}, column ${expected.loc.column}: ${expected.message}`,
  );
  await expect(source(page)).toHaveValue(BROKEN_TS);
  await dialog(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(page.getByRole('button', { name: 'Import…' })).toBeFocused();
  expect(await matrix(page).getByRole('rowheader').allTextContents()).toEqual(rows);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();

  // Broken JSON, dropped: the dialog opens on it, with the place of the syntax error.
  await drop(
    page,
    'amplify_outputs.json',
    '{\n  "version": "1.4",\n  "storage": {\n    "bucket_name": }\n}',
  );
  await expect(dialog(page).getByRole('alert')).toContainText(/Line 4, column \d+: Not valid JSON/);
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();

  // A design file that fails its schema says where in the design.
  await paste(
    page,
    JSON.stringify({ format: 'access-matrix-design', version: 1, design: { storages: 3 } }),
  );
  await expect(dialog(page).getByRole('alert')).toContainText('storages');
  await dialog(page).getByRole('button', { name: 'Cancel' }).click();
  expect(await matrix(page).getByRole('rowheader').allTextContents()).toEqual(rows);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the import dialog and notice pass axe (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openApp(page);
    await paste(page, BROKEN_TS);
    await expect(dialog(page).getByRole('alert')).toBeVisible();
    await expectNoAxeViolations(page);
    await source(page).fill(RESOURCE_TS);
    await dialog(page).getByRole('button', { name: 'Import', exact: true }).click();
    const design = TEMPLATES_FOR_TESTS['Gen 1 public / protected / private']!();
    await drop(
      page,
      'amplify_outputs.json',
      renderOutputsJson(compileDesign(design), bucketPlacements(design)),
    );
    await expect(
      page.getByRole('status').filter({ hasText: 'Imported amplify_outputs.json' }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
