import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { loadTemplate, openApp } from './helpers';

async function scan(page: Page) {
  // Bring Monaco in (it loads when the exports come near the viewport), so it is scanned too.
  await page.getByRole('tabpanel').scrollIntoViewIfNeeded();
  await expect(page.getByRole('tabpanel').getByRole('textbox')).toBeAttached({ timeout: 15_000 });
  await page.evaluate(() => window.scrollTo(0, 0));
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const summary = result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    test('no axe violations with findings, groups, owners and a tooltip open', async ({ page }) => {
      await openApp(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      await loadTemplate(page, 'Common mistakes (to fix)');
      await scan(page);
      await loadTemplate(page, 'Gen 1 public / protected / private');
      await page.getByRole('textbox', { name: 'New group' }).fill('admin');
      await page.getByRole('button', { name: 'Add group' }).click();
      await page.getByRole('table', { name: 'Effective access' }).getByRole('cell').first().focus();
      await scan(page);
    });
  });
}
