import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { allow } from '../src/core';
import { blocksDesign, designGrid, holdScrolled, matrix, openApp, releaseScroll } from './helpers';

/**
 * While a windowed table scrolls, the rows it mounts are drawn light (issue 11): a grid row's
 * cells hold no checkbox and a matrix row no text until scrolling settles. Those rows must still
 * be valid table markup for assistive technology: axe (WCAG 2 A/AA) on each table held on light
 * rows, then again on the completed rows.
 */
const design = blocksDesign(300, (area) => [
  [`${area}/*`, [allow.authenticated.to(['read', 'write']), allow.guest.to(['get'])]],
]);

async function axeViolations(page: Page, table: Locator): Promise<string[]> {
  const id = await table.evaluate((el) => (el.id ||= 'axe-scope'));
  const result = await new AxeBuilder({ page })
    .include(`#${id}`)
    .withTags(['wcag2a', 'wcag2aa'])
    .analyze();
  return result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

// How each table marks a light row (markup, not looks: this test is about what the markup says).
for (const [name, tableOf, lightRows] of [
  ['the rules grid', designGrid, 'tbody tr[data-light]'],
  ['the matrix', matrix, 'tbody tr:has(> td.light)'],
] as const)
  test(`${name}: light rows while it scrolls, and the rows completed after, pass axe`, async ({
    page,
  }) => {
    await openApp(page, { design });
    const table = tableOf(page);
    await table.scrollIntoViewIfNeeded();
    // Far beyond the rows rendered at rest (about 40 px a row).
    await holdScrolled(table, 150 * 40);
    const row = table.locator(lightRows).first();
    await expect(row).toBeVisible();
    // Light: no checkbox in the grid's cells, no text in the matrix's.
    await expect(row.getByRole('checkbox')).toHaveCount(0);
    if (tableOf === matrix)
      expect((await row.locator('td').allInnerTexts()).join('').trim()).toBe('');
    expect(await axeViolations(page, table)).toEqual([]);
    await releaseScroll(page);
    await expect(table.locator(lightRows)).toHaveCount(0);
    expect(await axeViolations(page, table)).toEqual([]);
  });
