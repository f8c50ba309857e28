import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { loadTemplate, openApp, tick } from './helpers';

const KEY = 'access-matrix.session';
const saved = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEY);
const revision = async (page: Page) => JSON.parse((await saved(page)) ?? '{}').revision ?? 0;

/** Waits until autosave wrote a revision above `after` (it saves a moment after each change). */
async function savedAfter(page: Page, after: number) {
  await expect.poll(() => revision(page)).toBeGreaterThan(after);
  return revision(page);
}

test('a reload restores the design and the view', async ({ page }) => {
  await openApp(page);
  await loadTemplate(page, 'Admin and auditor groups');
  await tick(page, 'guest read media/*');
  await page.getByRole('button', { name: 'Add storage' }).click();
  const storage = page.getByRole('combobox', { name: 'Storage', exact: true });
  await expect(storage).toHaveValue('1');
  await page.getByRole('textbox', { name: 'Bucket name' }).fill('docs-bucket-1');
  await page.getByRole('textbox', { name: 'Region' }).fill('eu-central-1');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await page.getByRole('combobox', { name: 'Action' }).selectOption('write');
  await page.getByRole('textbox', { name: 'Object key' }).fill('media/cats/tom.png');
  await savedAfter(page, 0);
  const before = await saved(page);

  await page.reload();
  await expect(page.getByRole('table', { name: 'Effective access' })).toBeVisible();
  await expect(storage).toHaveValue('1');
  await expect(page.getByRole('textbox', { name: 'Storage name' })).toHaveValue('files2');
  await expect(page.getByRole('textbox', { name: 'Bucket name' })).toHaveValue('docs-bucket-1');
  await expect(page.getByRole('textbox', { name: 'Region' })).toHaveValue('eu-central-1');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute(
    'aria-pressed',
    String(!(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches))),
  );
  await expect(page.getByRole('combobox', { name: 'Action' })).toHaveValue('write');
  await expect(page.getByRole('textbox', { name: 'Object key' })).toHaveValue('media/cats/tom.png');
  await storage.selectOption({ label: 'myProjectFiles (default)' });
  await expect(
    page.getByRole('checkbox', { name: 'guest read media/*', exact: true }),
  ).toBeChecked();
  await expect(
    page.getByRole('checkbox', { name: 'group admin delete media/*', exact: true }),
  ).toBeChecked();
  // Opening the page is not a change: nothing was written until the storage was switched.
  expect(JSON.parse((await saved(page))!).design).toEqual(JSON.parse(before!).design);
});

const unreadable = [
  {
    what: 'corrupt saved data',
    raw: '{"version":2,"revision":4,"designFile":{"format":"access-matrix-design","vers',
    title: 'Your saved design could not be opened',
    detail: /not valid JSON/,
  },
  {
    what: 'saved data from a newer version',
    raw: JSON.stringify({ version: 99, revision: 7, somethingNew: { a: 1 } }),
    title: 'Your saved design was saved by a newer Access Matrix',
    detail: /version 99; this Access Matrix reads up to version 2/,
  },
  {
    what: 'a design file from a newer version',
    raw: JSON.stringify({
      version: 2,
      revision: 3,
      designFile: { format: 'access-matrix-design', version: 12, design: { future: true } },
      view: {},
    }),
    title: 'Your saved design was saved by a newer Access Matrix',
    detail: /design has version 12/,
  },
];

for (const { what, raw, title, detail } of unreadable) {
  test(`${what}: a clear message, kept until the user chooses`, async ({ page }, info) => {
    await page.goto('./');
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [KEY, raw]);
    await page.reload();
    // Never a blank page: the app works (on the example design) under the message.
    const alert = page.getByRole('alert').filter({ hasText: title });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText(detail);
    await expect(page.getByRole('table', { name: 'Effective access' })).toBeVisible();

    // Edits are not saved over the data the app could not read.
    await tick(page, 'guest read media/*');
    await page.waitForTimeout(700);
    expect(await saved(page)).toBe(raw);

    // The raw data can be downloaded as it is.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      alert.getByRole('button', { name: 'Download saved data' }).click(),
    ]);
    const path = info.outputPath(download.suggestedFilename());
    await download.saveAs(path);
    expect(readFileSync(path, 'utf8')).toBe(raw);

    // Starting fresh saves what is on screen (the edit included) over it.
    await alert.getByRole('button', { name: 'Start fresh' }).click();
    await expect(alert).toBeHidden();
    await expect.poll(async () => JSON.parse((await saved(page))!).version).toBe(2);
    await page.reload();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(
      page.getByRole('checkbox', { name: 'guest read media/*', exact: true }),
    ).toBeChecked();
  });
}

test('two tabs never overwrite each other silently', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await openApp(a);
  await openApp(b);
  const banner = (p: Page) =>
    p.getByRole('alert').filter({ hasText: 'This design was changed in another tab' });

  // A saves; B is told, and keeps showing (and not saving) its own state until it chooses.
  await tick(a, 'guest read media/*');
  await savedAfter(a, 0);
  await expect(banner(b)).toBeVisible();
  await expect(
    b.getByRole('checkbox', { name: 'guest read media/*', exact: true }),
  ).not.toBeChecked();
  await tick(b, 'authenticated delete other/*');
  await b.waitForTimeout(700);
  expect(JSON.parse((await saved(b))!).revision).toBe(1);

  // Loading the other tab's version replaces B's (undoable).
  await banner(b).getByRole('button', { name: "Load the other tab's version" }).click();
  await expect(banner(b)).toBeHidden();
  await expect(b.getByRole('checkbox', { name: 'guest read media/*', exact: true })).toBeChecked();
  await expect(
    b.getByRole('checkbox', { name: 'authenticated delete other/*', exact: true }),
  ).not.toBeChecked();

  // Now B edits and saves: A is told. A keeps its own, which saves it over B's, knowingly.
  await tick(b, 'authenticated write media/albums/*');
  await expect(banner(a)).toBeVisible();
  await banner(a).getByRole('button', { name: 'Keep mine' }).click();
  await expect(banner(a)).toBeHidden();
  await expect
    .poll(async () => JSON.parse((await saved(a))!).designFile.design.storages[0].paths[2].rules)
    .toHaveLength(1);
  await expect(banner(b)).toBeVisible();
});

test('undo and redo from the keyboard, and not while typing', async ({ page }) => {
  await openApp(page);
  const box = page.getByRole('checkbox', { name: 'guest read media/*', exact: true });
  await tick(page, 'guest read media/*');
  await page.keyboard.press('Control+z');
  await expect(box).not.toBeChecked();
  await page.keyboard.press('Control+Shift+z');
  await expect(box).toBeChecked();
  await page.keyboard.press('Control+z');
  await expect(box).not.toBeChecked();
  await page.keyboard.press('Control+y');
  await expect(box).toBeChecked();
  await page.keyboard.press('Meta+z');
  await expect(box).not.toBeChecked();
  await page.keyboard.press('Meta+Shift+z');
  await expect(box).toBeChecked();

  // Renaming a path is an edit too; the shortcut works once focus has left the text box.
  const name = page.getByRole('textbox', { name: 'Rename path other/*', exact: true });
  await name.fill('elsewhere/*');
  await name.press('Enter');
  const renamed = page.getByRole('textbox', { name: 'Rename path elsewhere/*', exact: true });
  await expect(renamed).toBeVisible();
  // In a text box, Ctrl+Z is the text box's own undo: the design keeps the new name.
  const newPath = page.getByRole('textbox', { name: 'New path' });
  await newPath.pressSequentially('abc');
  await newPath.press('Control+z');
  await expect(renamed).toBeVisible();
  await expect(box).toBeChecked();
  await box.focus();
  await page.keyboard.press('Control+z');
  await expect(
    page.getByRole('textbox', { name: 'Rename path other/*', exact: true }),
  ).toBeVisible();
  await expect(box).toBeChecked();
  // The buttons do the same.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(box).not.toBeChecked();
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(box).toBeChecked();
});
