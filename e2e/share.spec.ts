import { expect, test, type Page } from '@playwright/test';
import { encodeShareFragment, type Design } from '../src/core';
import { expectNoAxeViolations } from './axe';
import { loadTemplate, matrix, openApp, tick } from './helpers';

const KEY = 'access-matrix.session';
const saved = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEY);
const sharedBanner = (page: Page) =>
  page.getByRole('status').filter({ hasText: 'Viewing a shared design' });
const linkAlert = (page: Page) =>
  page.getByRole('alert').filter({ hasText: 'This share link could not be opened' });

/** Makes a share link from the app's Share link button; returns it as the app shows and copies it. */
async function shareLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Share link' }).click();
  const share = page.getByRole('dialog', { name: 'Share this design' });
  const box = share.getByRole('textbox', { name: 'Link' });
  await expect(box).toHaveValue(/#d1\./);
  const link = await box.inputValue();
  await expect(share).toContainText(`${link.length.toLocaleString('en-US')} characters`);
  await share.getByRole('button', { name: 'Close' }).click();
  return link;
}

/** Waits for autosave to have written this page's current state. */
const settled = async (page: Page) => {
  await page.waitForTimeout(400);
  return saved(page);
};

test('a share link opens the design in a new page without touching the saved one', async ({
  context,
  page,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await openApp(page);
  await loadTemplate(page, 'Admin and auditor groups');
  await tick(page, 'guest read media/*');
  const link = await shareLink(page);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  // The link is made off the main thread, in the share worker.
  expect(workers.filter((url) => /share\.worker/.test(url))).toHaveLength(1);

  // The sender goes on with another design: that is what their browser has saved.
  await loadTemplate(page, 'Gen 1 public / protected / private');
  const own = await settled(page);
  expect(own).toContain('protected/{entity_id}/*');

  // The link opens the shared design, in a banner that says so.
  const viewer = await context.newPage();
  await viewer.goto(link);
  await expect(sharedBanner(viewer)).toBeVisible();
  await expect(matrix(viewer).getByRole('columnheader', { name: 'group admin' })).toBeVisible();
  await expect(
    viewer.getByRole('checkbox', { name: 'guest read media/*', exact: true }),
  ).toBeChecked();
  // Edits to it are not saved over the user's own design.
  await tick(viewer, 'guest delete media/*');
  await viewer.waitForTimeout(700);
  expect(await saved(viewer)).toBe(own);

  // Back to my design: the saved design again, and the link gone from the address bar.
  await sharedBanner(viewer).getByRole('button', { name: 'Back to my design' }).click();
  await expect(sharedBanner(viewer)).toBeHidden();
  await expect(
    matrix(viewer).getByRole('rowheader', { name: 'protected/{entity_id}/*' }),
  ).toBeVisible();
  expect(new URL(viewer.url()).hash).toBe('');
  expect(await saved(viewer)).toBe(own);

  // Keep this design: it replaces the saved one, and Undo brings the old one back.
  await viewer.goto(link);
  await expect(sharedBanner(viewer)).toBeVisible();
  await sharedBanner(viewer).getByRole('button', { name: 'Keep this design' }).click();
  await expect(sharedBanner(viewer)).toBeHidden();
  await expect.poll(async () => (await saved(viewer))?.includes('"admin"')).toBe(true);
  await viewer.reload();
  await expect(matrix(viewer).getByRole('columnheader', { name: 'group admin' })).toBeVisible();
  await expect(sharedBanner(viewer)).toBeHidden();
  await viewer.goto(link);
  await sharedBanner(viewer).getByRole('button', { name: 'Keep this design' }).click();
  await viewer.getByRole('button', { name: 'Undo' }).click();
  await expect(matrix(viewer).getByRole('columnheader', { name: 'group admin' })).toBeVisible();
});

test('damaged, cut or tampered links say so and show the user their own design', async ({
  page,
}) => {
  await openApp(page);
  await loadTemplate(page, 'Admin and auditor groups');
  const link = await shareLink(page);
  await loadTemplate(page, 'Profile pictures');
  const own = await settled(page);
  const fragment = link.slice(link.indexOf('#') + 1);
  const mid = Math.floor(fragment.length / 2);
  const flip = (c: string) => (c === 'A' ? 'B' : 'A');
  const bad = {
    truncated: fragment.slice(0, mid),
    'cut short by one character': fragment.slice(0, -1),
    'with a character a link never has': `${fragment.slice(0, mid)}%3Cscript%3E${fragment.slice(mid)}`,
    'with changed bytes': `${fragment.slice(0, mid)}${flip(fragment[mid]!)}${flip(fragment[mid + 1]!)}${fragment.slice(mid + 2)}`,
    'of another format': `d9.${fragment.slice(3)}`,
    'that is not deflated JSON': `d1.${Buffer.from('<img src=x onerror=alert(1)>').toString('base64url')}`,
  };
  for (const [what, tampered] of Object.entries(bad)) {
    await test.step(what, async () => {
      await page.goto(`./#${tampered}`);
      await expect(linkAlert(page)).toBeVisible();
      await expect(linkAlert(page)).toContainText(/damaged|cut off|not a design|does not|invalid/);
      await expect(
        matrix(page).getByRole('rowheader', { name: 'media/profile-pictures/{entity_id}/*' }),
      ).toBeVisible();
      await expect(sharedBanner(page)).toBeHidden();
      expect(await saved(page)).toBe(own);
    });
  }
  await linkAlert(page).getByRole('button', { name: 'Dismiss' }).click();
  await expect(linkAlert(page)).toBeHidden();
  expect(new URL(page.url()).hash).toBe('');
});

test('nothing from a link is run or rendered as HTML', async ({ page }) => {
  const hostile: Design = {
    storages: [
      {
        name: '<img src=x onerror="window.__pwned=1">',
        hasAccess: true,
        paths: [
          {
            path: '<b onmouseover="window.__pwned=2">media</b>/*',
            rules: [{ principal: { kind: 'guest' }, actions: ['read'] }],
          },
        ],
      },
    ],
    groups: ['<script>window.__pwned=3</script>'],
    functions: [],
  };
  await openApp(page);
  await page.goto(`./#${await encodeShareFragment(hostile)}`);
  await expect(sharedBanner(page)).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Storage name' })).toHaveValue(
    hostile.storages[0]!.name,
  );
  await expect(
    matrix(page).getByRole('rowheader', { name: hostile.storages[0]!.paths[0]!.path }),
  ).toBeVisible();
  await matrix(page).getByRole('rowheader').first().hover();
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('img[src="x"], b, script:not([src])').count()).toBe(0);
});

test('a long link shows its length and a warning', async ({ page }) => {
  const design: Design = {
    storages: [
      {
        name: 'myProjectFiles',
        hasAccess: true,
        paths: Array.from({ length: 120 }, (_, i) => ({
          path: `team-${(i * 7919).toString(36)}/project-${i}-${(i * 104729).toString(36)}/*`,
          rules: [{ principal: { kind: 'authenticated' }, actions: i % 2 ? ['read'] : ['get'] }],
        })),
      },
    ],
    groups: [],
    functions: [],
  };
  await openApp(page, { design });
  await page.getByRole('button', { name: 'Share link' }).click();
  const share = page.getByRole('dialog', { name: 'Share this design' });
  await expect(share.getByRole('textbox', { name: 'Link' })).toHaveValue(/#d1\./);
  await expect(share.getByRole('alert')).toContainText('longer than 2,000 characters');
  await page.keyboard.press('Escape');
  await expect(share).toBeHidden();
  await expect(page.getByRole('button', { name: 'Share link' })).toBeFocused();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the shared-design banner and the share panel pass axe (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openApp(page);
    const link = await shareLink(page);
    await page.goto(`./#${link.split('#')[1]}`);
    await expect(sharedBanner(page)).toBeVisible();
    await page.getByRole('button', { name: 'Share link' }).click();
    const share = page.getByRole('dialog', { name: 'Share this design' });
    await share.getByRole('button', { name: 'Copy embed code' }).click();
    await expect(share.getByRole('textbox', { name: 'Embed code' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test('a share link carries the tests: a fresh page lists them in the Tests panel', async ({
  browser,
  page,
}) => {
  await openApp(page);
  await loadTemplate(page, 'Gen 1 public / protected / private');
  const tests = page.getByRole('region', { name: 'Tests' });
  await tests.getByText('Ready-made invariants').click();
  await tests.getByRole('button', { name: 'Add invariant: Guests never write or delete' }).click();
  await tick(page, 'guest write public/*');
  const link = await shareLink(page);

  // A fresh browser (nothing saved) opens the link: the tests come with the design, and run.
  const fresh = await browser.newContext();
  const viewer = await fresh.newPage();
  await viewer.goto(link);
  await expect(sharedBanner(viewer)).toBeVisible();
  await expect(
    viewer
      .getByRole('region', { name: 'Tests' })
      .getByRole('list', { name: 'Access tests' })
      .getByRole('listitem', { name: 'Fail: Guests never write or delete' }),
  ).toBeVisible();
  await fresh.close();
});
