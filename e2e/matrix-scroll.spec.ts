import { expect, test, type Locator, type Page } from '@playwright/test';
import { allow, type Design } from '../src/core';
import { matrix, blocksDesign, holdScrolled, LOOKS, openApp, releaseScroll } from './helpers';

/**
 * Rows that a scroll brings into the windowed matrix are drawn light while the box scrolls (only
 * what shows) and completed once it settles (issue 11, src/ui/matrix/useScrolling.ts). A light
 * row must look exactly like a complete one, in both themes, at pixel ratio 1 and 2 and on a
 * phone, and once scrolling stops every row must have its path, cell text and descriptions again.
 */

/** Areas with subpaths (dimmed parent part), a subpath taking actions away, owner folders. */
const scrollDesign = (blocks: number): Design =>
  blocksDesign(
    blocks,
    (area, i) => [
      [
        `${area}/*`,
        [
          allow.authenticated.to(['read', 'write', 'delete']),
          allow.groups(['admin']).to(['read', 'write', 'delete']),
          allow.resource('resizer').to(['read', 'write']),
        ],
      ],
      [
        `${area}/albums/*`,
        [allow.authenticated.to(['read']), allow.groups(['auditor']).to(['read'])],
      ],
      [`${area}/public/*`, [allow.guest.to(['read'])]],
      [`users${i}/{entity_id}/*`, [allow.entity('identity').to(['read', 'write', 'delete'])]],
    ],
    { groups: ['admin', 'auditor'], functions: ['resizer'] },
  );

/** A rendered row by the path it shows (light rows have no accessible name yet). */
const rowOf = (page: Page, path: string): Locator =>
  matrix(page)
    .getByRole('row')
    .filter({ has: page.getByText(path, { exact: true }) });

for (const { name, colorScheme, use } of LOOKS)
  test.describe(name, () => {
    test.use(use);

    test('rows mounted while the matrix scrolls look the same and are completed', async ({
      page,
    }) => {
      await openApp(page, { design: scrollDesign(150), theme: colorScheme });
      const box = matrix(page).locator('xpath=..');
      // Display index 97 (row 99) is far outside the window rendered at rest: with 4 paths
      // a block, area024's albums subpath.
      await holdScrolled(matrix(page), 97 * 30);
      const row = rowOf(page, 'area024/albums/*');
      const header = row.getByRole('rowheader');
      const cell = row.getByRole('cell').first();
      await expect(cell).toBeVisible();
      // Light: no path text, cell words or description for assistive technology yet.
      await expect(header).toHaveAccessibleName('');
      await expect(cell).toHaveAccessibleDescription('');
      const light = await box.screenshot();
      await expect(cell).toHaveAccessibleDescription('');
      // The tooltip comes from the matrix, not from the row: right on a light row too.
      const taken = row.getByRole('cell').nth(1);
      await taken.hover();
      await expect(
        page.getByText(/authenticated on/).filter({ hasText: 'area024/albums/*' }),
      ).toBeVisible();
      await expect(page.getByText(/Taken away by this subpath: write delete/)).toBeVisible();
      await page.mouse.move(0, 0);
      await expect(page.getByText(/authenticated on/)).toHaveCount(0);
      await expect(cell).toHaveAccessibleDescription('');

      await releaseScroll(page);
      await expect(header).toHaveAccessibleName('area024/albums/*');
      await expect(cell).toHaveAccessibleDescription(/\S/);
      await expect(
        row.getByRole('cell', {
          name: 'get list; taken away by this subpath: write delete',
          exact: true,
        }),
      ).toBeVisible();
      for (const path of ['area024/albums/*', 'area024/public/*', 'area027/*']) {
        await expect(rowOf(page, path).getByRole('rowheader')).toHaveAccessibleName(path);
        for (const each of await rowOf(page, path).getByRole('cell').all())
          await expect(each).toHaveAccessibleDescription(/\S/);
      }
      const complete = await box.screenshot();
      expect(Buffer.compare(light, complete), 'light and complete rows differ').toBe(0);
    });
  });
