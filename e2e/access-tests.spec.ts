import { expect, test, type Page } from '@playwright/test';
import { loadTemplate, matrixCell, openApp, tick } from './helpers';

const testsPanel = (page: Page) => page.getByRole('region', { name: 'Tests' });
const testList = (page: Page) => testsPanel(page).getByRole('list', { name: 'Access tests' });

test('save from the simulator, fail after an edit, update the expectation, undo', async ({
  page,
}) => {
  await openApp(page);
  await loadTemplate(page, 'Gen 1 public / protected / private');
  await page.getByRole('combobox', { name: 'Person' }).selectOption({ label: 'guest' });
  await page.getByRole('combobox', { name: 'Action' }).selectOption('write');
  await page.getByRole('textbox', { name: 'Object key' }).fill('public/notes.txt');
  await page.getByRole('button', { name: 'Save as test' }).click();
  await expect(
    testList(page).getByRole('listitem', { name: 'Pass: guest cannot write public/notes.txt' }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: /failing test/ })).toHaveCount(0);

  // An edit that breaks it: the test fails with its counterexample, statement and rule.
  await tick(page, 'guest write public/*');
  const failing = testList(page).getByRole('listitem', {
    name: 'Fail: guest cannot write public/notes.txt',
  });
  await expect(failing).toContainText('Counterexample: write is allowed on "public/notes.txt"');
  await expect(failing).toContainText(/Allowed: the guest policy allows s3:PutObject/);
  await expect(failing).toContainText('allow.guest.to(["read","write"]) on public/*');
  await expect(page.getByRole('link', { name: '1 failing test' })).toBeVisible();
  await expect(failing.getByRole('button', { name: 'Go to rule' })).toBeVisible();

  await failing.getByRole('button', { name: /^Update expectation/ }).click();
  await expect(
    testList(page).getByRole('listitem', { name: 'Pass: guest can write public/notes.txt' }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: /failing test/ })).toHaveCount(0);

  // Tests are part of the design: undo brings the old expectation (failing) back.
  await page.keyboard.press('Control+z');
  await expect(failing).toBeVisible();
});

test('invariants in one click, decided over whole prefixes; a test by hand', async ({ page }) => {
  await openApp(page);
  await loadTemplate(page, 'Gen 1 public / protected / private');
  await testsPanel(page).getByText('Ready-made invariants').click();
  await testsPanel(page)
    .getByRole('button', { name: 'Add invariant: Guests never write or delete' })
    .click();
  await expect(
    testList(page).getByRole('listitem', { name: 'Pass: Guests never write or delete' }),
  ).toBeVisible();

  await testsPanel(page).getByRole('button', { name: 'Add test' }).click();
  const form = testsPanel(page).getByRole('form', { name: 'Add a test' });
  await form.getByRole('combobox', { name: 'Who' }).selectOption('authenticated');
  await form.getByRole('textbox', { name: /^Where/ }).fill('private/*');
  await form.getByRole('button', { name: 'Add test' }).click();
  // A signed-in user can write their own private folder: the exact search finds it.
  const own = testList(page).getByRole('listitem', {
    name: 'Fail: authenticated cannot write under private/',
  });
  await expect(own).toContainText(
    'Counterexample: write is allowed on "private/{caller_id}/" (identity {caller_id})',
  );
});

test('the tests file: download, import back, and a broken one says where', async ({ page }) => {
  await openApp(page);
  await loadTemplate(page, 'Gen 1 public / protected / private');
  await testsPanel(page).getByText('Ready-made invariants').click();
  await testsPanel(page)
    .getByRole('button', { name: 'Add invariant: Guests never write or delete' })
    .click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    testsPanel(page).getByRole('button', { name: 'Download access.tests.json' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('access.tests.json');
  const text = await (await download.createReadStream()).toArray();
  const file = Buffer.concat(text).toString('utf8');
  expect(JSON.parse(file)).toMatchObject({ version: 1, tests: [{ who: 'guest' }] });

  const pick = async (name: string, content: string) => {
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      testsPanel(page).getByRole('button', { name: 'Import tests file…' }).click(),
    ]);
    await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
  };
  await pick('access.tests.json', file);
  await expect(testList(page).getByRole('listitem')).toHaveCount(2);
  await pick('broken.json', '{\n  "version": 1,\n  "tests": [\n}');
  await expect(testsPanel(page).getByRole('alert')).toHaveText(
    /^broken\.json: Not valid JSON at line 4, column 1/,
  );
  await expect(testList(page).getByRole('listitem')).toHaveCount(2);
});

test('Expect this from a matrix cell (key E): the tests pass, then fail after an edit', async ({
  page,
}) => {
  await openApp(page);
  await loadTemplate(page, 'Gen 1 public / protected / private');
  const cell = await matrixCell(page, 'public/*', 'guest');
  await cell.focus();
  await expect(cell).toHaveAccessibleDescription(/Press E to expect this/);
  await page.keyboard.press('e');
  await expect(page.getByRole('status').filter({ hasText: /Added 2 tests/ })).toHaveCount(1);
  const allowed = testList(page).getByRole('listitem', {
    name: 'Pass: guest can get, list in public/*',
  });
  const denied = testList(page).getByRole('listitem', {
    name: 'Pass: guest cannot write, delete in public/*',
  });
  await expect(allowed).toBeVisible();
  await expect(denied).toBeVisible();

  // An edit that changes the cell (the cell's popover closed first): the pinned deny fails.
  await page.keyboard.press('Escape');
  await tick(page, 'guest write public/*');
  await expect(
    testList(page).getByRole('listitem', { name: 'Fail: guest cannot write, delete in public/*' }),
  ).toContainText('Counterexample: write is allowed');
  await expect(allowed).toBeVisible();
});
