import { expect, test, type Page } from '@playwright/test';
import { loadTemplate, matrixCell, openApp, reviewShot } from './helpers';

/** Screens to look at in review (test-results/screenshots), in both themes. */
const shot = (page: Page, name: string, fullPage = false) =>
  reviewShot(page, `test-results/screenshots/${name}.png`, fullPage);

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme}`, () => {
    test.use({ colorScheme: scheme, viewport: { width: 1440, height: 900 } });

    test(`main screens (${scheme})`, async ({ page }) => {
      await openApp(page);
      await shot(page, `${scheme}-first-screen`);

      await loadTemplate(page, 'Gen 1 public / protected / private');
      await page.getByRole('textbox', { name: 'New group' }).fill('admin');
      await page.getByRole('button', { name: 'Add group' }).click();
      await page.getByRole('textbox', { name: 'New function' }).fill('resizer');
      await page.getByRole('button', { name: 'Add function' }).click();
      await page.getByRole('checkbox', { name: 'group admin read public/*', exact: true }).check();
      const cell = await matrixCell(page, 'protected/{entity_id}/*', 'authenticated');
      await cell.hover();
      await expect(page.getByText(/authenticated on/)).toBeVisible();
      await shot(page, `${scheme}-groups-owner-tooltip`);

      await loadTemplate(page, 'Common mistakes (to fix)');
      await shot(page, `${scheme}-violations`);

      await loadTemplate(page, 'Prefix behaviour (docs matrix)');
      const matrix = page.getByRole('table', { name: 'Effective access' });
      await matrix.scrollIntoViewIfNeeded();
      await (await matrixCell(page, 'media/albums/*', 'authenticated')).focus();
      await shot(page, `${scheme}-matrix-overrides`);

      await page.getByRole('tab', { name: 'IAM policies' }).click();
      await page.getByRole('tabpanel').scrollIntoViewIfNeeded();
      await expect(page.getByRole('tabpanel').getByRole('textbox')).toBeAttached({
        timeout: 15_000,
      });
      await page.waitForTimeout(300);
      await shot(page, `${scheme}-exports`);
      // Sticky parts (header, side column) would repeat mid-page if shot while scrolled.
      await page.evaluate(() => window.scrollTo(0, 0));
      await shot(page, `${scheme}-full-page`, true);
    });
  });
}
