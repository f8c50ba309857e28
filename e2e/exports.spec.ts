import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  compileDesign,
  bucketPlacements,
  renderIamJson,
  renderOutputsJson,
  renderResourceTs,
  TEMPLATES_FOR_TESTS,
} from './fixtures';
import { loadTemplate, openApp } from './helpers';

const root = resolve(import.meta.dirname, '..');
const BUCKET = 'amplify-demo-files-1a2b3c';
const REGION = 'eu-west-1';

async function download(
  page: Page,
  button: string,
  dir: string,
): Promise<{ path: string; text: string }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  return { path, text: readFileSync(path, 'utf8') };
}

/** The CLI on a file, as CI would run it. */
const cli = (...args: string[]) =>
  execFileSync(process.execPath, [join(root, 'bin/access-matrix.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
  });

for (const template of [
  'Prefix behaviour (docs matrix)',
  'Gen 1 public / protected / private',
  'Admin and auditor groups',
  'Function access',
] as const) {
  test(`downloads for "${template}" are what the core renders and what the CLI prints`, async ({
    page,
  }) => {
    const dir = mkdtempSync(join(tmpdir(), 'access-matrix-e2e-'));
    await openApp(page);
    await loadTemplate(page, template);
    await page.getByRole('textbox', { name: 'Bucket name' }).fill(BUCKET);
    await page.getByRole('textbox', { name: 'Region' }).fill(REGION);

    const resource = await download(page, 'Download resource.ts', dir);
    const iam = await download(page, 'Download IAM policies', dir);
    const outputs = await download(page, 'Download amplify_outputs.json', dir);
    expect(resource.path.endsWith('resource.ts')).toBe(true);

    // The exact bytes the core renders for the template's design.
    const design = TEMPLATES_FOR_TESTS[template]!();
    expect(resource.text).toBe(renderResourceTs(design));
    expect(iam.text).toBe(renderIamJson(compileDesign(design), 0, BUCKET));
    expect(outputs.text).toBe(
      renderOutputsJson(
        compileDesign(design),
        bucketPlacements(
          design,
          { [design.storages[0]!.name]: { bucketName: BUCKET, region: REGION } },
          REGION,
        ),
      ),
    );

    // The CLI, reading the downloaded resource.ts with the same bucket and region, agrees.
    const cliIam = cli('export', resource.path, '--format', 'iam', '--bucket', BUCKET);
    const cliOutputs = cli(
      'export',
      resource.path,
      '--format',
      'outputs',
      '--bucket',
      BUCKET,
      '--region',
      REGION,
    );
    expect(JSON.parse(iam.text)).toEqual(JSON.parse(cliIam));
    expect(JSON.parse(outputs.text)).toEqual(JSON.parse(cliOutputs));
  });
}

test('the export viewer shows each format in Monaco, read-only, and copies it', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page);
  await loadTemplate(page, 'Gen 1 public / protected / private');
  await page.getByRole('tab', { name: 'IAM policies' }).click();
  const panel = page.getByRole('tabpanel');
  await panel.scrollIntoViewIfNeeded();
  // Monaco arrives lazily; its text box is the read-only editor.
  await expect(panel.getByRole('textbox', { name: /IAM policies \(read-only\)/ })).toBeAttached({
    timeout: 15_000,
  });
  await expect(panel).toContainText('"s3:GetObject"');
  await page.getByRole('button', { name: 'Copy IAM policies' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'IAM policies copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(JSON.parse(copied)).toHaveProperty('authenticated');
  await page.getByRole('tab', { name: 'IAM policies' }).press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'amplify_outputs.json' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(panel).toContainText('"bucket_name"');
});

test('a saved design file opens again, and the CLI reads it too', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'access-matrix-e2e-'));
  await openApp(page);
  await loadTemplate(page, 'Admin and auditor groups');
  const saved = await download(page, 'Save design', dir);
  const iam = await download(page, 'Download IAM policies', dir);
  await loadTemplate(page, 'Empty');
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Open…' }).click(),
  ]);
  await chooser.setFiles(saved.path);
  await expect(
    page.getByRole('checkbox', { name: 'group admin delete media/*', exact: true }),
  ).toBeChecked();
  expect(JSON.parse(cli('export', saved.path, '--format', 'iam'))).toEqual(JSON.parse(iam.text));
});
