import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { resolve } from 'node:path';
import { encodeShareFragment } from '../src/core';
import { TEMPLATES_FOR_TESTS } from './fixtures';
import { expectNoAxeViolations } from './axe';
import { loadTemplate, tick } from './helpers';
import { startStaticHost, type StaticHost } from './static-host';

/** dist/ copied under a docs site's sub-path, served by a plain static server. */
const PREFIX = '/docs/tools/access-matrix/';
let host: StaticHost;
test.beforeAll(async () => {
  host = await startStaticHost(resolve(import.meta.dirname, '../dist'), PREFIX);
});
test.afterAll(() => host.close());

const appUrl = () => `${host.origin}${PREFIX}`;
const groupsFragment = () =>
  encodeShareFragment(TEMPLATES_FOR_TESTS['Admin and auditor groups']!());

/** The README's listener: sizes the iframe to the height the embed reports. */
const RESIZE_LISTENER = `<script>
addEventListener('message', (e) => {
  if (e.data?.type !== 'access-matrix:height') return;
  for (const f of document.querySelectorAll('iframe'))
    if (f.contentWindow === e.source) f.style.height = e.data.height + 'px';
});
</script>`;

const docsPage = (iframe: string, width: number) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Storage guide</title></head>
<body><main style="width:${width}px"><h1>Who can read what</h1>${iframe}<p>After the embed.</p></main>
${RESIZE_LISTENER}</body></html>`;

async function embedCode(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Share link' }).click();
  const share = page.getByRole('dialog', { name: 'Share this design' });
  await share.getByRole('button', { name: 'Copy embed code' }).click();
  const code = share.getByRole('textbox', { name: 'Embed code' });
  await expect(code).toHaveValue(/^<iframe /);
  return code.inputValue();
}

async function noPageOverflow(frame: FrameLocator) {
  const [scroll, client] = await frame
    .locator(':root')
    .evaluate((el) => [el.scrollWidth, el.clientWidth]);
  expect(scroll).toBeLessThanOrEqual(client);
}

test('the built app runs under a sub-path, and its embed code shows the design in a docs page', async ({
  page,
}) => {
  // The app itself from the sub-path: scripts, styles and the icon all resolve.
  await page.goto(appUrl());
  await expect(page.getByRole('table', { name: 'Effective access' })).toBeVisible();
  await loadTemplate(page, 'Admin and auditor groups');
  const code = await embedCode(page);
  expect(code).toMatch(
    new RegExp(
      `^<iframe src="${appUrl().replace(/[.]/g, '\\.')}\\?embed&readonly=1#d1\\.[\\w-]+" title="Access Matrix: myProjectFiles" width="100%" height="\\d+" loading="lazy"></iframe>$`,
    ),
  );

  for (const width of [600, 900]) {
    await test.step(`in a ${width}px wide docs column`, async () => {
      host.page('/docs/guide/storage.html', docsPage(code, width));
      await page.goto(`${host.origin}/docs/guide/storage.html`);
      const iframe = page.getByTitle('Access Matrix: myProjectFiles');
      const frame = page.frameLocator('iframe[title="Access Matrix: myProjectFiles"]');
      const table = frame.getByRole('table', { name: 'Effective access' });
      await expect(table).toBeVisible();
      await expect(table.getByRole('columnheader', { name: 'group admin' })).toBeVisible();
      await expect(table.getByRole('rowheader', { name: 'media/*' })).toBeVisible();
      // Read-only: nothing to tick or edit, and no page chrome.
      await expect(frame.getByRole('checkbox')).toHaveCount(0);
      await expect(frame.getByRole('textbox')).toHaveCount(0);
      await expect(frame.getByRole('button', { name: 'Load template' })).toHaveCount(0);
      await expect(frame.getByRole('link', { name: 'Open in Access Matrix' })).toHaveAttribute(
        'href',
        new RegExp(`^${appUrl().replace(/[.]/g, '\\.')}#d1\\.`),
      );
      await noPageOverflow(frame);
      // The README's listener sizes the frame to its content: no inner scrollbar.
      await expect
        .poll(() => iframe.evaluate((f) => f.getBoundingClientRect().height))
        .toBeGreaterThan(150);
      const [inner, outer] = await frame
        .locator(':root')
        .evaluate((el) => [el.scrollHeight, el.clientHeight]);
      expect(inner).toBeLessThanOrEqual(outer + 1);
    });
  }
});

test('an embed can show the rules: editable without readonly, as text with it', async ({
  page,
}) => {
  const fragment = await groupsFragment();
  await page.setViewportSize({ width: 760, height: 900 });

  await page.goto(`${appUrl()}?embed&editor=1#${fragment}`);
  await expect(page.getByRole('table', { name: 'Effective access' })).toBeVisible();
  await tick(page, 'guest read media/*');
  const guest = page
    .getByRole('table', { name: 'Effective access' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'media/*' }) })
    .getByRole('cell')
    .first();
  await expect(guest).toHaveText('get list');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(guest).toHaveText('none');
  // An embed never saves: a docs reader's own design is not touched.
  expect(await page.evaluate(() => localStorage.length)).toBe(0);

  await page.goto(`${appUrl()}?embed&editor=1&readonly=1#${fragment}`);
  await expect(page.getByRole('table', { name: 'Effective access' })).toBeVisible();
  await expect(page.getByRole('checkbox')).toHaveCount(0);
  const rules = page.getByRole('region', { name: 'Access rules' });
  await expect(rules).toContainText("allow.groups(['admin']).to(['read', 'write', 'delete'])");
});

test('a damaged embed link says so', async ({ page }) => {
  const fragment = await groupsFragment();
  await page.goto(`${appUrl()}?embed&readonly=1#${fragment.slice(0, 40)}`);
  await expect(page.getByRole('alert')).toContainText('This embedded design could not be opened');
  await expect(page.getByRole('table', { name: 'Effective access' })).toHaveCount(0);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the embed passes axe (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 640, height: 800 });
    await page.goto(`${appUrl()}?embed&editor=1&readonly=1#${await groupsFragment()}`);
    await expect(page.getByRole('region', { name: 'Access rules' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
