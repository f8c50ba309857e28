import { writeFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { allow, type Design } from '../src/core';
import { designGrid, blocksDesign, holdScrolled, LOOKS, openApp, releaseScroll } from './helpers';

/**
 * Rows that a scroll brings into the windowed rules grid are drawn light while the box scrolls:
 * each cell draws its five chips and its effect badge itself, from the same sprites, and holds no
 * element until the row is completed, once scrolling settles (issue 11). A light row must look
 * exactly like a complete one, in both themes, at pixel ratio 1 and 2 and on a phone, and once
 * scrolling stops every row must have its checkboxes again.
 */

/**
 * Every look a chip has: unticked, ticked, read partly ticked (get only), in banded group columns
 * and a function's; a subpath taking actions away (struck badges); owner cells on paths without
 * {entity_id} (a dash) and with it.
 */
const scrollDesign = (blocks: number): Design =>
  blocksDesign(
    blocks,
    (area, i) => [
      [
        `${area}/*`,
        [
          allow.authenticated.to(['read', 'write', 'delete']),
          allow.groups(['admin']).to(['get', 'write']),
          allow.resource('resizer').to(['list', 'delete']),
        ],
      ],
      [
        `${area}/albums/*`,
        [allow.authenticated.to(['get']), allow.groups(['auditor']).to(['read'])],
      ],
      [`${area}/public/*`, [allow.guest.to(['read']), allow.authenticated.to(['read', 'write'])]],
      [`users${i}/{entity_id}/*`, [allow.entity('identity').to(['read', 'write', 'delete'])]],
    ],
    { groups: ['admin', 'auditor'], functions: ['resizer'] },
  );

/** A rendered row by its path name (the text box, there in light rows too). */
const rowOf = (page: Page, path: string): Locator =>
  designGrid(page)
    .getByRole('row')
    .filter({ has: page.getByRole('textbox', { name: `Rename path ${path}`, exact: true }) });

for (const { name, colorScheme, use } of LOOKS)
  test.describe(name, () => {
    test.use(use);

    test('rows mounted while the grid scrolls look the same and are completed', async ({
      page,
    }, testInfo) => {
      await openApp(page, { design: scrollDesign(150), theme: colorScheme });
      const box = designGrid(page).locator('xpath=..');
      // Far outside the window rendered at rest: a block is four paths (40 px rows) and two
      // findings (30 px: the function cannot list the subpaths), 220 px; area024 at the top.
      await holdScrolled(designGrid(page), 24 * 220);
      const row = rowOf(page, 'area024/albums/*');
      await expect(row).toBeVisible();
      // Light: the cells hold no checkbox yet.
      await expect(row.getByRole('checkbox')).toHaveCount(0);
      // Hovering a light row tints it as it does a complete one.
      await rowOf(page, 'area024/public/*').getByRole('textbox').hover();
      const light = await box.screenshot({ animations: 'disabled' });
      await expect(row.getByRole('checkbox')).toHaveCount(0);

      await releaseScroll(page);
      await expect(row.getByRole('checkbox')).toHaveCount(6 * 5);
      await expect(
        row.getByRole('checkbox', { name: 'authenticated read area024/albums/*' }),
      ).toHaveAttribute('aria-checked', 'mixed');
      await expect(
        row.getByRole('checkbox', { name: 'auditor read area024/albums/*' }),
      ).toHaveAttribute('aria-checked', 'true');
      for (const path of ['area024/public/*', 'users24/{entity_id}/*', 'area025/*'])
        await expect(rowOf(page, path).getByRole('checkbox')).toHaveCount(6 * 5);
      // The pointer is on the path name, not on a chip: no chip shows its hover look.
      const complete = await box.screenshot({ animations: 'disabled' });
      if (Buffer.compare(light, complete) !== 0) {
        // Both kept beside the failure, to see where they differ.
        writeFileSync(testInfo.outputPath('light.png'), light);
        writeFileSync(testInfo.outputPath('complete.png'), complete);
      }
      expect(Buffer.compare(light, complete), 'light and complete rows differ').toBe(0);
    });
  });
