import { expect, test, type Page } from '@playwright/test';
import { loadTemplate, openApp } from './helpers';

async function ask(page: Page, person: string, action: string, key: string, identityId = '') {
  await page.getByRole('combobox', { name: 'Person' }).selectOption({ label: person });
  await page.getByRole('combobox', { name: 'Action' }).selectOption(action);
  await page.getByRole('textbox', { name: 'Object key' }).fill(key);
  await page.getByRole('textbox', { name: 'Identity id' }).fill(identityId);
  return page.getByRole('status').filter({ hasText: /^(Allowed|Denied)/ });
}

test('allowed and denied requests come with the reason', async ({ page }) => {
  await openApp(page);
  await loadTemplate(page, 'Prefix behaviour (docs matrix)');

  const guestGet = await ask(page, 'guest', 'get', 'media/profile-pictures/me.png');
  await expect(guestGet).toHaveText(
    /^Allowed: the guest policy allows s3:GetObject .*allow\.guest\.to\(\["read"\]\) on "media\/profile-pictures\/\*"/,
  );

  const write = await ask(page, 'authenticated', 'write', 'media/albums/trip.jpg', 'us-east-1:abc');
  await expect(write).toHaveText(/^Denied: .*deny by default/);

  const guestWrite = await ask(page, 'guest', 'write', 'other/notes.txt');
  await expect(guestWrite).toHaveText(
    /^Denied: no statement in the guest policy allows s3:PutObject/,
  );

  const list = await ask(page, 'authenticated', 'list', 'media/', 'us-east-1:abc');
  await expect(list).toHaveText(/^Allowed: .*s3:ListBucket/);
});

test('owner folders follow the identity id', async ({ page }) => {
  await openApp(page);
  await loadTemplate(page, 'Gen 1 public / protected / private');
  await expect(
    await ask(page, 'authenticated', 'write', 'private/us-east-1:abc/photo.jpg', 'us-east-1:abc'),
  ).toHaveText(/^Allowed/);
  await expect(
    await ask(page, 'authenticated', 'get', 'private/us-east-1:abc/photo.jpg', 'us-east-1:xyz'),
  ).toHaveText(/^Denied/);
  await expect(
    await ask(page, 'authenticated', 'get', 'protected/us-east-1:abc/photo.jpg', 'us-east-1:xyz'),
  ).toHaveText(/^Allowed/);
});

test('Gen 1 habits in the key are flagged', async ({ page }) => {
  await openApp(page);
  await loadTemplate(page, 'Prefix behaviour (docs matrix)');
  await ask(page, 'guest', 'get', '/media/profile-pictures/me.png');
  await expect(
    page.getByRole('note').filter({ hasText: 'Keys do not start with "/"' }),
  ).toBeVisible();
  await ask(page, 'authenticated', 'get', 'public/readme.txt');
  await expect(page.getByRole('note').filter({ hasText: /Gen 1 habit.*"public\/"/ })).toBeVisible();
  // With a public/ path defined, the same key is not a habit but a real path.
  await loadTemplate(page, 'Gen 1 public / protected / private');
  await expect(page.getByRole('note')).toHaveCount(0);
});

test('group members and functions are people of the simulator', async ({ page }) => {
  await openApp(page);
  await loadTemplate(page, 'Admin and auditor groups');
  await expect(
    await ask(page, 'group auditor', 'delete', 'media/a.png', 'us-east-1:abc'),
  ).toHaveText(/^Denied/);
  await expect(await ask(page, 'group admin', 'delete', 'media/a.png', 'us-east-1:abc')).toHaveText(
    /^Allowed/,
  );
  await loadTemplate(page, 'Function access');
  await expect(await ask(page, 'function demoFunction', 'write', 'media/a.png')).toHaveText(
    /^Allowed: the function demoFunction policy/,
  );
});
