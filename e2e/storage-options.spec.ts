import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations } from './axe';
import { designFromAccess } from '../src/core';
import { designGrid, openApp } from './helpers';

/** The docs' storage with one function declared (no triggers yet). */
const DESIGN = designFromAccess(
  { 'media/*': [{ principal: { kind: 'guest' }, actions: ['read'] }] },
  { functions: ['resizer'] },
);

async function downloadResource(page: Page, path: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download resource.ts', exact: true }).click(),
  ]);
  await file.saveAs(path);
  return readFileSync(path, 'utf8');
}

const trigger = (page: Page, event: string) =>
  page.getByRole('combobox', { name: `${event} trigger`, exact: true });

test('triggers, versioned and a second default storage are set in the design panel and exported', async ({
  page,
}, testInfo) => {
  await openApp(page, { design: DESIGN });

  // onUpload: a new inline defineFunction, starting with the docs' handler file, then renamed.
  await trigger(page, 'onUpload').selectOption({ label: 'new inline defineFunction…' });
  const entry = page.getByRole('textbox', { name: 'onUpload entry', exact: true });
  await expect(entry).toHaveValue('./on-upload-handler.ts');
  await entry.fill('./9lives.ts');
  await expect(entry).toHaveAttribute('aria-invalid', 'true');
  await expect(entry).toHaveAccessibleDescription(/Amplify names the function after this file/);
  await entry.fill('./thumbnails.ts');
  await entry.press('Enter');
  await expect(trigger(page, 'onUpload')).toHaveValue('thumbnails');

  // onDelete: a function the design already declares.
  await trigger(page, 'onDelete').selectOption({ label: 'resizer' });
  await page.getByRole('checkbox', { name: 'Versioned', exact: true }).check();

  // Beside the function columns: what each function receives from this storage.
  const header = designGrid(page).getByRole('columnheader', { name: 'function resizer' });
  await expect(header).toHaveAccessibleDescription(
    /resizer: receives MY_PROJECT_FILES_BUCKET_NAME once given access here/,
  );
  await page.getByRole('checkbox', { name: 'function resizer read media/*', exact: true }).check();
  await expect(header).toHaveAccessibleDescription(
    /receives MY_PROJECT_FILES_BUCKET_NAME \(has access here\); runs on each delete \(onDelete\)/,
  );
  await expect(page.getByRole('list', { name: 'What functions receive' })).toContainText(
    'thumbnails: receives MY_PROJECT_FILES_BUCKET_NAME once given access here; runs on each upload (onUpload)',
  );

  // A second storage, made the default.
  await page.getByRole('button', { name: 'Add storage', exact: true }).click();
  // The first storage, the default until now, says so explicitly: Amplify needs one of two.
  await expect(page.getByRole('combobox', { name: 'Storage', exact: true })).toHaveValue('1');
  await expect(page.getByRole('combobox', { name: 'Storage', exact: true })).toContainText(
    'myProjectFiles (default)',
  );
  await page.getByRole('checkbox', { name: 'Default storage', exact: true }).check();
  await expect(page.getByRole('combobox', { name: 'Storage', exact: true })).toContainText(
    'files2 (default)',
  );
  await page.getByRole('checkbox', { name: 'Keep on delete', exact: true }).check();
  // A function's environment holds the variable of every storage it has access to.
  await expect(page.getByRole('list', { name: 'What functions receive' })).toContainText(
    'resizer: receives FILES_2_BUCKET_NAME once given access here; also MY_PROJECT_FILES_BUCKET_NAME (access in myProjectFiles)',
  );
  await expectNoAxeViolations(page);

  const text = await downloadResource(page, testInfo.outputPath('resource.ts'));
  expect(text).toContain("import { defineStorage, defineFunction } from '@aws-amplify/backend';");
  expect(text).toContain("import { resizer } from '../functions/resizer/resource';");
  expect(text).toContain(
    [
      '  versioned: true,',
      '  triggers: {',
      "    onUpload: defineFunction({ entry: './thumbnails.ts' }),",
      '    onDelete: resizer,',
      '  },',
    ].join('\n'),
  );
  expect(text).toContain(
    "export const files2 = defineStorage({\n  name: 'files2',\n  isDefault: true,\n  keepOnDelete: true,",
  );

  // Every step is one undo away.
  const storage = page.getByRole('combobox', { name: 'Storage', exact: true });
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  await undo.click();
  await expect(
    page.getByRole('checkbox', { name: 'Keep on delete', exact: true }),
  ).not.toBeChecked();
  await undo.click();
  await expect(storage).toContainText('myProjectFiles (default)');
  await expect(storage).not.toContainText('files2 (default)');
});

test('an inline trigger on an imported resource.ts changes only the trigger and import lines', async ({
  page,
}) => {
  const source = [
    "import { defineStorage } from '@aws-amplify/backend';",
    '',
    '// Pictures: reviewed by security.',
    'export const storage = defineStorage({',
    "  name: 'pictures',",
    '  access: (allow) => ({',
    "    'media/*': [allow.guest.to(['read'])], // anyone may look",
    '  }),',
    '});',
    '',
  ].join('\n');
  await openApp(page);
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import design' });
  await dialog.getByRole('textbox', { name: 'Source to import' }).fill(source);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toBeHidden();

  await trigger(page, 'onUpload').selectOption({ label: 'new inline defineFunction…' });
  const diff = page
    .getByRole('region', { name: 'Changes to resource.ts' })
    .getByLabel('Unified diff of resource.ts');
  await expect(diff).toContainText("onUpload: defineFunction({ entry: './on-upload-handler.ts' })");
  const changed = ((await diff.textContent()) ?? '')
    .split('\n')
    .filter((l) => /^[-+](?![-+]{2} )/.test(l));
  expect(changed).toEqual([
    "-import { defineStorage } from '@aws-amplify/backend';",
    "+import { defineStorage, defineFunction } from '@aws-amplify/backend';",
    '+  triggers: {',
    "+    onUpload: defineFunction({ entry: './on-upload-handler.ts' }),",
    '+  },',
  ]);
  await expect(
    designGrid(page).getByRole('columnheader', { name: 'function onUploadHandler' }),
  ).toHaveAccessibleDescription(/runs on each upload \(onUpload\)/);

  // Back to none: the inline function goes with it, and the file is as it was read.
  await trigger(page, 'onUpload').selectOption({ label: 'none' });
  await expect(page.getByRole('region', { name: 'Changes to resource.ts' })).toContainText(
    'No changes',
  );
});

for (const width of [390, 1280]) {
  test(`storage settings fit at ${width} px`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width, height: 800 });
    await openApp(page, { design: DESIGN });
    await trigger(page, 'onUpload').selectOption({ label: 'new inline defineFunction…' });
    await trigger(page, 'onDelete').selectOption({ label: 'new inline defineFunction…' });
    await page.getByRole('button', { name: 'Add storage', exact: true }).click();
    await expect(page.getByRole('textbox', { name: 'onUpload entry' })).toHaveCount(0);
    await page.getByRole('combobox', { name: 'Storage', exact: true }).selectOption('0');
    await expect(page.getByRole('textbox', { name: 'onDelete entry' })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`storage-settings-${width}.png`) });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
  });
}

test('triggers by keyboard alone, undone with Ctrl+Z, in the dark theme', async ({ page }) => {
  await openApp(page, { design: DESIGN, theme: 'dark' });
  const upload = trigger(page, 'onUpload');
  await upload.focus();
  await page.keyboard.press('ArrowDown');
  await expect(upload).toHaveValue('resizer');
  await page.keyboard.press('ArrowDown');
  // The last option: a new inline function, whose entry box comes next in the tab order.
  await expect(upload).toHaveValue('onUploadHandler');
  await page.keyboard.press('Tab');
  const entry = page.getByRole('textbox', { name: 'onUpload entry', exact: true });
  await expect(entry).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('./on-upload-handler.ts.bak');
  await expect(entry).toHaveAttribute('aria-invalid', 'true');
  await page.keyboard.press('Escape');
  await expect(entry).toHaveValue('./on-upload-handler.ts');
  await expectNoAxeViolations(page);
  // Ctrl+Z outside text boxes and selects (they keep their own keys).
  await page.getByRole('checkbox', { name: 'Versioned', exact: true }).focus();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(upload).toHaveValue('resizer');
  await expect(entry).toHaveCount(0);
});
