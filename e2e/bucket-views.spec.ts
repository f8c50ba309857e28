import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openApp } from './helpers';

const guide = (n: number) =>
  readFileSync(
    new URL(`../src/core/import/backend-ts/fixtures/guide-${n}.backend.ts.txt`, import.meta.url),
    'utf8',
  );

const panel = (page: Page) =>
  page.getByRole('region', { name: 'Existing bucket: server and client views' });
const BUCKET = '<bucket-name>';

test('paste a guide example: its errors with fixes, both views side by side, apply a fix, export', async ({
  page,
}) => {
  await openApp(page);
  await panel(page).getByLabel('amplify/backend.ts').fill(guide(3));

  // The guide's missing comma, located, with its fix.
  const problems = panel(page).getByRole('list', { name: 'Problems in backend.ts' });
  await expect(problems).toContainText('62:1');
  await expect(problems).toContainText('missing-comma-tagged-template');

  // Both views of the bucket, side by side.
  const server = panel(page).getByRole('table', { name: `Server view (IAM) of ${BUCKET}` });
  const client = panel(page).getByRole('table', { name: `Client view (paths) of ${BUCKET}` });
  await expect(server.getByRole('row', { name: /^public\/\*/ })).toContainText('none');
  await expect(client.getByRole('row', { name: /^public\/\*/ })).toContainText(
    'get list write delete',
  );
  const differences = panel(page).getByRole('list', { name: `Differences in ${BUCKET}` });
  await expect(differences).toContainText('view-group-offered-authenticated');
  await expect(
    panel(page).getByRole('list', { name: `Storage Browser locations of ${BUCKET}` }),
  ).toContainText('group admin: public/ [delete get list write], admin/ [delete get list write]');

  // Apply the fix: the comma goes in, the problem goes away, the views stay.
  await panel(page).getByRole('button', { name: 'Apply fix at 62:1: Insert a comma' }).click();
  await expect(problems).toHaveCount(0);
  await expect(panel(page).getByLabel('amplify/backend.ts')).toHaveValue(
    /`\$\{customBucket\.bucketArn\}`,\n`\$\{customBucket\.bucketArn\}\/\*`/,
  );
  await expect(server).toBeVisible();

  // Export the fixed file.
  const download = page.waitForEvent('download');
  await panel(page).getByRole('button', { name: 'Download backend.ts' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('backend.ts');
});

test('the owner-folder example: every fix at once, then the owner location Storage Browser lists', async ({
  page,
}) => {
  await openApp(page);
  await panel(page).getByLabel('amplify/backend.ts').fill(guide(4));
  await panel(page).getByRole('button', { name: 'Apply all 7 fixes' }).click();
  await expect(panel(page).getByRole('list', { name: 'Problems in backend.ts' })).toHaveCount(0);
  await expect(
    panel(page).getByRole('list', { name: `Storage Browser locations of ${BUCKET}` }),
  ).toContainText(
    'owner: public/ [delete get list write], protected/ [get list], protected/folder-owner-id/ [delete get list write]',
  );
  await expect(panel(page).getByRole('list', { name: `Differences in ${BUCKET}` })).toContainText(
    'The client offers authenticated delete (s3:DeleteObject) on "public/*", but IAM denies it',
  );
});
