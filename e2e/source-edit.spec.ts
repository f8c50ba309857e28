import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openApp } from './helpers';

/** A resource.ts as a team writes it: comments, double quotes, tabs, no trailing commas. */
const COMMENTED = [
  'import { defineStorage } from "@aws-amplify/backend";',
  '',
  '// Team files: reviewed by security before every change.',
  'export const storage = defineStorage({',
  '\tname: "teamDrive",',
  '\taccess: (allow) => ({',
  '\t\t// everyone signed in shares these',
  '\t\t"shared/*": [',
  '\t\t\tallow.authenticated.to(["read", "write"]) // no delete: see the wiki',
  '\t\t],',
  '\t\t"archive/*": [allow.groups(["auditor"]).to(["read"])]',
  '\t})',
  '});',
  '',
].join('\n');

test('a tick on an imported, commented resource.ts changes one line of that file', async ({
  page,
}, testInfo) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import design' });
  await dialog.getByRole('textbox', { name: 'Source to import' }).fill(COMMENTED);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toBeHidden();

  const changes = page.getByRole('region', { name: 'Changes to resource.ts' });
  await expect(changes).toContainText('No changes: resource.ts is exactly as it was read.');

  await page.getByRole('checkbox', { name: 'authenticated delete shared/*', exact: true }).check();
  // The exports follow the design while they are near the viewport (useHeldWhile): look at them.
  await changes.scrollIntoViewIfNeeded();
  const diff = changes.getByLabel('Unified diff of resource.ts');
  await expect(diff).toContainText(
    '+\t\t\tallow.authenticated.to(["read", "write", "delete"]) // no delete: see the wiki',
  );
  const text = (await diff.textContent()) ?? '';
  const changed = text.split('\n').filter((l) => /^[-+](?![-+]{2} )/.test(l));
  expect(changed).toEqual([
    '-\t\t\tallow.authenticated.to(["read", "write"]) // no delete: see the wiki',
    '+\t\t\tallow.authenticated.to(["read", "write", "delete"]) // no delete: see the wiki',
  ]);
  await expect(
    changes.getByRole('list', { name: 'Access changes since resource.ts was read' }),
  ).toContainText('delete');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download resource.ts' }).click(),
  ]);
  const file = testInfo.outputPath('resource.ts');
  await download.saveAs(file);
  expect(readFileSync(file, 'utf8')).toBe(
    COMMENTED.replace('to(["read", "write"])', 'to(["read", "write", "delete"])'),
  );
});

/** The autosave's revision once it holds the imported resource.ts (0 while it does not). */
const savedRevision = (page: import('@playwright/test').Page) =>
  page.evaluate(() => {
    const saved = JSON.parse(localStorage.getItem('access-matrix.session') ?? '{}');
    return saved.source ? (saved.revision as number) : 0;
  });

test('after a reload, exports still write into the imported file', async ({ page }, testInfo) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import design' });
  await dialog.getByRole('textbox', { name: 'Source to import' }).fill(COMMENTED);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => savedRevision(page)).toBeGreaterThan(0);
  const imported = await savedRevision(page);

  await page.getByRole('checkbox', { name: 'authenticated delete shared/*', exact: true }).check();
  await expect.poll(() => savedRevision(page)).toBeGreaterThan(imported);
  await page.reload();

  const changes = page.getByRole('region', { name: 'Changes to resource.ts' });
  // The exports follow the design while they are near the viewport (useHeldWhile): look at them.
  await changes.scrollIntoViewIfNeeded();
  await expect(changes.getByLabel('Unified diff of resource.ts')).toContainText(
    '+\t\t\tallow.authenticated.to(["read", "write", "delete"]) // no delete: see the wiki',
  );
  await page.getByRole('checkbox', { name: 'authenticated delete archive/*', exact: true }).check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download resource.ts' }).click(),
  ]);
  const file = testInfo.outputPath('resource.ts');
  await download.saveAs(file);
  const lines = COMMENTED.split('\n');
  const written = readFileSync(file, 'utf8').split('\n');
  expect(written).toHaveLength(lines.length);
  expect(written.filter((line, i) => line !== lines[i])).toEqual([
    '\t\t\tallow.authenticated.to(["read", "write", "delete"]) // no delete: see the wiki',
    '\t\t"archive/*": [allow.groups(["auditor"]).to(["read"]), allow.authenticated.to(["delete"])]',
  ]);
});
