import { expect, test, type Page } from '@playwright/test';
import { serializeDesignFile } from '../src/core';
import {
  bucketPlacements,
  compileDesign,
  renderOutputsJson,
  TEMPLATES_FOR_TESTS,
} from './fixtures';
import { matrix, openApp } from './helpers';

/** File › Open… with a file as the user's file chooser would hand it over. */
async function open(page: Page, name: string, text: string) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Open…' }).click(),
  ]);
  await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
}

const status = (page: Page, text: string | RegExp) =>
  page.getByRole('status').filter({ hasText: text });

test('File › Open… opens a design file saved with a byte order mark', async ({ page }) => {
  const design = TEMPLATES_FOR_TESTS['Admin and auditor groups']!();
  await openApp(page);
  await open(page, 'storage.access-matrix.json', `\uFEFF${serializeDesignFile(design)}`);
  await expect(status(page, 'Opened storage.access-matrix.json')).toBeVisible();
  await expect(matrix(page).getByRole('columnheader', { name: 'group auditor' })).toBeVisible();
  await expect(
    page.getByRole('checkbox', { name: 'group admin delete media/*', exact: true }),
  ).toBeChecked();
});

test('File › Open… opens an amplify_outputs.json and says what it cannot tell', async ({
  page,
}) => {
  const design = TEMPLATES_FOR_TESTS['Gen 1 public / protected / private']!();
  await openApp(page);
  await open(
    page,
    'amplify_outputs.json',
    renderOutputsJson(compileDesign(design), bucketPlacements(design)),
  );
  await expect(
    matrix(page).getByRole('rowheader', { name: 'protected/{entity_id}/*', exact: true }),
  ).toBeVisible();
  await expect(
    status(page, /^Opened amplify_outputs\.json; \d+ things? it cannot tell/),
  ).toBeVisible();
  await expect(status(page, /Syntax error|Not valid JSON/)).toHaveCount(0);
});

test('File › Open… refuses what it cannot read and keeps the design', async ({ page }) => {
  await openApp(page);
  await open(page, 'amplify_outputs.json', '{\n  "version": "1.4",\n  "storage": ]\n}');
  await expect(
    status(page, /^Could not open amplify_outputs\.json: Line 3, column \d+: /),
  ).toBeVisible();
  await expect(matrix(page).getByRole('rowheader', { name: 'media/*', exact: true })).toBeVisible();
});
