import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { applyEdits, pathAt, renderResourceTs } from '../src/core';
import { TEMPLATES_FOR_TESTS } from './fixtures';
import { loadTemplate, matrixCell, openApp, problems } from './helpers';

const TEMPLATE = 'Prefix behaviour (docs matrix)';
const MODEL = 'file:///amplify/storage/resource.ts';

/** The slice of Monaco's API the tests read (the page exposes it to automation only). */
interface MonacoHook {
  Uri: { parse(uri: string): unknown };
  editor: {
    getModel(uri: unknown): { getValue(): string } | null;
    getModelMarkers(filter: { owner?: string; resource?: unknown }): {
      owner: string;
      code?: string | { value: string };
      severity: number;
      message: string;
      startLineNumber: number;
      startColumn: number;
    }[];
    getEditors(): {
      getModel(): { uri: { toString(): string } } | null;
      setPosition(position: { lineNumber: number; column: number }): void;
      getPosition(): { lineNumber: number; column: number } | null;
      focus(): void;
    }[];
  };
}
type HookWindow = { __accessMatrixMonaco: MonacoHook };

const templateCode = () => renderResourceTs(TEMPLATES_FOR_TESTS[TEMPLATE]!());

async function editAsCode(page: Page) {
  await page.getByRole('button', { name: 'Edit as code' }).click();
  await expect(page.getByRole('button', { name: 'Edit as code' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const box = page.getByRole('textbox', { name: 'resource.ts (editable)' });
  await expect(box).toBeAttached({ timeout: 20_000 });
  await expect(
    page.getByRole('status').filter({ hasText: 'Edits apply to the design as you type' }),
  ).toBeVisible();
  return box;
}

const code = (page: Page) =>
  page.evaluate((uri) => {
    const { editor, Uri } = (window as unknown as HookWindow).__accessMatrixMonaco;
    return editor.getModel(Uri.parse(uri))!.getValue();
  }, MODEL);

const markers = (page: Page, owner: string) =>
  page.evaluate(
    ([uri, owner]) => {
      const { editor, Uri } = (window as unknown as HookWindow).__accessMatrixMonaco;
      return editor.getModelMarkers({ owner, resource: Uri.parse(uri!) }).map((m) => ({
        code: typeof m.code === 'object' ? m.code.value : m.code,
        line: m.startLineNumber,
        column: m.startColumn,
        message: m.message,
      }));
    },
    [MODEL, owner],
  );

/** Puts the cursor at a (1-based) line and column of the editable resource.ts, focused. */
async function placeCursor(page: Page, lineNumber: number, column: number) {
  await page.evaluate(
    ([uri, lineNumber, column]) => {
      const editor = (window as unknown as HookWindow).__accessMatrixMonaco.editor
        .getEditors()
        .find((e) => e.getModel()?.uri.toString() === uri)!;
      editor.setPosition({ lineNumber: lineNumber as number, column: column as number });
      editor.focus();
    },
    [MODEL, lineNumber, column] as const,
  );
}

/** The first line (1-based) containing `needle`, at or after the line containing `after`. */
function lineOf(text: string, needle: string, after = ''): number {
  const lines = text.split('\n');
  const from = lines.findIndex((l) => l.includes(after));
  return lines.findIndex((l, i) => i >= from && l.includes(needle)) + 1;
}

/** Types right after `needle` (see lineOf) with insertText: exactly these characters. */
async function typeAfter(page: Page, needle: string, text: string, after = '') {
  const source = await code(page);
  const line = lineOf(source, needle, after);
  expect(line, `${needle} after ${after}`).toBeGreaterThan(0);
  const column = source.split('\n')[line - 1]!.indexOf(needle) + needle.length + 1;
  await placeCursor(page, line, column);
  await page.keyboard.insertText(text);
}

const OTHER = "'other/*'";
const GUEST_READ = "allow.guest.to(['read'";

test.beforeEach(async ({ page }) => {
  // Monaco reports a failed contribution as an uncaught error, and carries on without it.
  page.on('pageerror', (error) => expect.soft(error.message).toBe('(no page error)'));
  await openApp(page);
  await loadTemplate(page, TEMPLATE);
});

test('typing in resource.ts updates the matrix; each change is one undo step', async ({ page }) => {
  await editAsCode(page);
  expect(await code(page)).toBe(templateCode());
  // other/* guest: allow.guest.to(['read']) → ['read', 'write']
  await typeAfter(page, GUEST_READ, ", 'write'", OTHER);
  await expect(await matrixCell(page, 'other/*', 'guest')).toHaveText('get list write');
  await expect(
    page.getByRole('checkbox', { name: 'guest write other/*', exact: true }),
  ).toBeChecked();

  await page.getByRole('button', { name: /^Undo/ }).click();
  await expect(await matrixCell(page, 'other/*', 'guest')).toHaveText('get list');
  await expect.poll(() => code(page)).toBe(templateCode());
});

test('code that cannot be read keeps the last good matrix and says why', async ({ page }) => {
  await editAsCode(page);
  await typeAfter(page, GUEST_READ, ", 'write'", OTHER);
  await expect(await matrixCell(page, 'other/*', 'guest')).toHaveText('get list write');
  // Break the file: a stray bracket.
  const good = await code(page);
  await typeAfter(page, "'other/*': [", '[');
  const banner = page.getByRole('status').filter({ hasText: 'resource.ts cannot be read' });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText(/Line \d+/);
  await expect(await matrixCell(page, 'other/*', 'guest')).toHaveText('get list write');
  await expect.poll(async () => (await markers(page, 'access-matrix')).length).toBeGreaterThan(0);
  await page.screenshot({ path: 'test-results/code-editor-syntax-error.png' });

  // Mend it: the banner clears, and the next change applies again.
  await page.keyboard.press('Backspace');
  await expect.poll(() => code(page)).toBe(good);
  await expect(banner).toBeHidden();
  await typeAfter(page, "allow.guest.to(['read', 'write'", ", 'delete'", OTHER);
  await expect(await matrixCell(page, 'other/*', 'guest')).toHaveText('get list write delete');
});

test('a syntax error counts in the header and is listed in Problems, with a way to it', async ({
  page,
}) => {
  const header = page.getByRole('link', { name: /^\d+ errors?, \d+ warnings?/ });
  await expect(header).toHaveText(/^0 errors/);
  await editAsCode(page);
  // A stray brace: the text no longer parses.
  await typeAfter(page, "'other/*': [", '}');
  await expect(page.getByRole('status').filter({ hasText: 'cannot be read' })).toBeVisible();
  // The header no longer says "0 errors" about a file that does not parse.
  await expect(header).toHaveText(/^[1-9]\d* errors?/);
  const listed = problems(page).getByRole('list', { name: 'resource.ts (Edit as code)' });
  const item = listed.getByRole('listitem').first();
  await expect(item).toContainText('syntax-error');
  const goTo = item.getByRole('button', { name: /^resource\.ts line \d+, column \d+: go there$/ });
  const [, line, column] = /line (\d+), column (\d+)/.exec(
    (await goTo.getAttribute('aria-label'))!,
  )!;
  await expect(goTo).toHaveText(`resource.ts ${line}:${column}`);
  // Away from the error, then back to it from Problems.
  await placeCursor(page, 1, 1);
  await goTo.click();
  await expect
    .poll(() =>
      page.evaluate((uri) => {
        const editor = (window as unknown as HookWindow).__accessMatrixMonaco.editor
          .getEditors()
          .find((e) => e.getModel()?.uri.toString() === uri)!;
        return editor.getPosition();
      }, MODEL),
    )
    .toEqual({ lineNumber: Number(line), column: Number(column) });
  await expect(page.getByRole('textbox', { name: 'resource.ts (editable)' })).toBeFocused();

  // Mended: the count and the list follow.
  await typeAfter(page, "'other/*': [}", '');
  await page.keyboard.press('Backspace');
  await expect(header).toHaveText(/^0 errors/);
  await expect(listed).toBeHidden();
});

test('a violation is marked on its text and listed in Problems', async ({ page }) => {
  await editAsCode(page);
  await typeAfter(page, "'other", '/');
  // 'other//*': a double slash (path-double-slash), on the key's line.
  await expect(
    problems(page)
      .getByRole('listitem')
      .filter({ hasText: /cannot contain "\/\/"/ }),
  ).toBeVisible();
  const line = lineOf(await code(page), "'other//*'");
  await expect
    .poll(async () =>
      (await markers(page, 'access-matrix')).find((m) => m.code === 'path-double-slash'),
    )
    .toMatchObject({ line, column: 5 });
  await page.screenshot({ path: 'test-results/code-editor-violation.png' });
});

test('ticking a checkbox rewrites the code and keeps the cursor', async ({ page }) => {
  await editAsCode(page);
  await placeCursor(page, 3, 5);
  await page.getByRole('checkbox', { name: 'guest write other/*', exact: true }).check();
  const template = TEMPLATES_FOR_TESTS[TEMPLATE]!();
  const expected = renderResourceTs(
    applyEdits(template, [
      {
        type: 'setGrant',
        ...pathAt(template, 0, 3),
        grantee: { kind: 'guest' },
        action: 'write',
        granted: true,
      },
    ]),
  );
  await expect.poll(() => code(page)).toBe(expected);
  const position = await page.evaluate(
    (uri) =>
      (window as unknown as HookWindow).__accessMatrixMonaco.editor
        .getEditors()
        .find((e) => e.getModel()?.uri.toString() === uri)!
        .getPosition(),
    MODEL,
  );
  expect(position).toEqual({ lineNumber: 3, column: 5 });
});

test('the TypeScript service completes allow. and flags actions Amplify does not have', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (r) => scripts.push(r.url()));
  await page.getByRole('tab', { name: 'resource.ts' }).scrollIntoViewIfNeeded();
  await expect(page.getByRole('textbox', { name: 'resource.ts (read-only)' })).toBeAttached({
    timeout: 20_000,
  });
  // Neither the language service nor its worker is loaded before code editing starts.
  expect(scripts.filter((u) => /ts\.worker|CodeEditing|tsMode/.test(u))).toEqual([]);

  await editAsCode(page);
  await typeAfter(page, "'media/*': [", '\n      allow');
  await page.keyboard.type('.');
  // Monaco's suggest list: a listbox whose rows are listitems named "<label>, <kind>".
  const suggestions = page.getByRole('listbox', { name: 'Suggest' });
  await expect(suggestions).toBeVisible({ timeout: 30_000 });
  for (const builder of ['guest', 'authenticated', 'groups', 'entity', 'resource'])
    await expect(
      suggestions.getByRole('listitem', { name: new RegExp(`^${builder}, `) }),
    ).toBeVisible();
  // Painted, not see-through (its colours come with the lazily added contributions).
  expect(
    await suggestions.evaluate(
      (el) => getComputedStyle(el.closest('.suggest-widget')!).backgroundColor,
    ),
  ).not.toBe('rgba(0, 0, 0, 0)');
  await page.screenshot({ path: 'test-results/code-editor-completion.png' });
  await page.keyboard.press('Escape');
  await page.keyboard.insertText("guest.to(['get']),");
  await expect(await matrixCell(page, 'media/*', 'guest')).toHaveText('get');
  expect(scripts.some((u) => /ts\.worker/.test(u))).toBe(true);

  await typeAfter(page, GUEST_READ, ", 'fly'", OTHER);
  await expect
    .poll(async () => (await markers(page, 'typescript')).map((m) => m.message).join('\n'), {
      timeout: 30_000,
    })
    .toMatch(/"fly"/);
  // The core reports it too, on the action list (rule-unknown-action).
  await expect
    .poll(async () => (await markers(page, 'access-matrix')).map((m) => m.code))
    .toContain('rule-unknown-action');
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    test('code editing, with an error shown, passes axe', async ({ page }) => {
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      await editAsCode(page);
      await typeAfter(page, "'other/*': [", '[');
      await expect(page.getByRole('status').filter({ hasText: 'cannot be read' })).toBeVisible();
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
      expect(
        result.violations.map(
          (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
        ),
      ).toEqual([]);
    });
  });
}
