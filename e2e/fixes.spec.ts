import { expect, test, type Page } from '@playwright/test';
import { allow, designFromAccess, type Design } from '../src/core';
import { designGrid, findingsUnder, matrix, matrixCell, openApp, problems } from './helpers';

/**
 * Each repair issue 10 asked for, applied from the finding under its path and from Problems: the
 * button's description says what it changes before the click, and the matrix shows the result.
 */

const where = { inline: 'under the path', problems: 'in Problems' } as const;
type Place = keyof typeof where;

/** The fix button, under the path's row or in the Problems list. */
function fixButton(page: Page, place: Place, path: string, title: string) {
  const scope = place === 'inline' ? findingsUnder(page, path) : problems(page);
  return scope.getByRole('button', { name: title, exact: true });
}

/** Focuses the button (its preview is worked out then), checks the preview, clicks. */
async function applyFix(page: Page, place: Place, path: string, title: string, preview: RegExp) {
  const button = fixButton(page, place, path, title);
  await button.focus();
  await expect(button).toHaveAccessibleDescription(preview);
  await button.click();
}

const renamed = (page: Page, path: string) =>
  expect(page.getByRole('textbox', { name: `Rename path ${path}`, exact: true })).toBeVisible();
const gone = (page: Page, path: string) =>
  expect(page.getByRole('textbox', { name: `Rename path ${path}`, exact: true })).toHaveCount(0);
const errors = (page: Page, n: number) => expect(problems(page)).toContainText(`${n} error`);
const undo = (page: Page) => page.getByRole('button', { name: /^Undo/ }).click();

async function open(page: Page, design: Design) {
  await openApp(page, { design });
  await expect(designGrid(page)).toBeVisible();
}

const threeLevels = () =>
  designFromAccess(
    {
      'media/*': [allow.guest.to(['read'])],
      'media/albums/*': [allow.authenticated.to(['read'])],
      'media/albums/2024/*': [allow.groups(['admin']).to(['read', 'write'])],
    },
    { groups: ['admin'] },
  );

const MOVE_UP = 'Move up to "media/2024/*"';
const FLATTEN = 'Flatten to "media/albums-2024/*"';

for (const place of ['inline', 'problems'] as const) {
  test(`nested too deep: Move up or Flatten, ${where[place]}`, async ({ page }) => {
    await open(page, threeLevels());
    await errors(page, 1);
    await expect(fixButton(page, 'inline', 'media/albums/2024/*', MOVE_UP)).toBeVisible();
    await expect(fixButton(page, 'inline', 'media/albums/2024/*', FLATTEN)).toBeVisible();

    await applyFix(page, place, 'media/albums/2024/*', MOVE_UP, /group admin on media\/2024\/\*/);
    await renamed(page, 'media/2024/*');
    await errors(page, 0);
    await expect(await matrixCell(page, 'media/2024/*', 'group admin')).toHaveAccessibleName(
      /^get list write/,
    );

    await undo(page);
    await renamed(page, 'media/albums/2024/*');
    await applyFix(page, place, 'media/albums/2024/*', FLATTEN, /media\/albums-2024\/\*/);
    await renamed(page, 'media/albums-2024/*');
    await errors(page, 0);
    await expect(await matrixCell(page, 'media/albums-2024/*', 'group admin')).toHaveAccessibleName(
      /^get list write/,
    );
  });

  test(`{entity_id} under its parent: the parent merges into the owner path, ${where[place]}`, async ({
    page,
  }) => {
    await open(
      page,
      designFromAccess({
        'media/*': [allow.guest.to(['read'])],
        'media/{entity_id}/*': [allow.entity('identity').to(['read', 'write', 'delete'])],
      }),
    );
    await errors(page, 1);
    const title = 'Merge "media/*" into "media/{entity_id}/*"';
    await applyFix(page, place, 'media/{entity_id}/*', title, /No change in who can do what/);
    await gone(page, 'media/*');
    await errors(page, 0);
    // Guests still read every folder (the token is * for them); owners keep their own folder.
    await expect(await matrixCell(page, 'media/{entity_id}/*', 'guest')).toHaveAccessibleName(
      /^get list/,
    );
    await expect(await matrixCell(page, 'media/{entity_id}/*', 'owner')).toHaveAccessibleName(
      /^get list write delete/,
    );
    await expect(
      page.getByRole('checkbox', { name: 'guest read media/{entity_id}/*', exact: true }),
    ).toBeChecked();
  });

  test(`a group named twice where a rule names several: merged, ${where[place]}`, async ({
    page,
  }) => {
    await open(
      page,
      designFromAccess(
        {
          'notes/*': [
            allow.groups(['admin', 'auditor']).to(['read']),
            allow.groups(['admin']).to(['write']),
          ],
        },
        { groups: ['admin', 'auditor'] },
      ),
    );
    await errors(page, 1);
    const title = 'Merge into one rule for group "admin"';
    await applyFix(page, place, 'notes/*', title, /No change in who can do what/);
    await errors(page, 0);
    await expect(await matrixCell(page, 'notes/*', 'group admin')).toHaveAccessibleName(
      /^get list write/,
    );
    await expect(await matrixCell(page, 'notes/*', 'group auditor')).toHaveAccessibleName(
      /^get list$/,
    );
    await expect(
      page.getByRole('checkbox', { name: 'group admin write notes/*', exact: true }),
    ).toBeChecked();
    await expect(
      page.getByRole('checkbox', { name: 'group auditor write notes/*', exact: true }),
    ).not.toBeChecked();
  });

  test(`an owner rule on a path without {entity_id}: as authenticated, or an owner folder, ${where[place]}`, async ({
    page,
  }) => {
    await open(page, designFromAccess({ 'drafts/*': [allow.entity('identity').to(['write'])] }));
    const same = 'Write as allow.authenticated (same access)';
    await applyFix(page, place, 'drafts/*', same, /No change in who can do what/);
    await expect(
      page.getByRole('checkbox', { name: 'authenticated write drafts/*', exact: true }),
    ).toBeChecked();
    await expect(await matrixCell(page, 'drafts/*', 'authenticated')).toHaveAccessibleName(
      /^write/,
    );

    await undo(page);
    const folder = `Limit to each user's folder: "drafts/{entity_id}/*"`;
    await applyFix(page, place, 'drafts/*', folder, /authenticated on drafts\/\*: -write/);
    await renamed(page, 'drafts/{entity_id}/*');
    await expect(await matrixCell(page, 'drafts/{entity_id}/*', 'owner')).toHaveAccessibleName(
      /^write/,
    );
    await expect(
      matrix(page).getByRole('rowheader', { name: 'drafts/*', exact: true }),
    ).toHaveCount(0);
  });
}

for (const place of ['inline', 'problems'] as const) {
  test(`read with get or list: read alone, ${where[place]}`, async ({ page }) => {
    await open(
      page,
      designFromAccess({ 'docs/*': [allow.authenticated.to(['get', 'read', 'write'])] }),
    );
    await errors(page, 1);
    const title = 'Use "read" alone for get and list';
    await applyFix(page, place, 'docs/*', title, /No change in who can do what/);
    await errors(page, 0);
    await expect(
      page.getByRole('checkbox', { name: 'authenticated read docs/*', exact: true }),
    ).toBeChecked();
    await expect(await matrixCell(page, 'docs/*', 'authenticated')).toHaveAccessibleName(
      /^get list write/,
    );
  });

  test(`a function named only by empty rules: every one removed at once, ${where[place]}`, async ({
    page,
  }) => {
    await open(
      page,
      designFromAccess(
        {
          'a/*': [allow.guest.to(['read']), allow.resource('resizer').to([])],
          'b/*': [allow.resource('resizer').to([])],
        },
        { functions: ['resizer'] },
      ),
    );
    await errors(page, 1);
    await applyFix(page, place, 'a/*', 'Remove the 2 empty rules', /No change in who can do what/);
    await errors(page, 0);
    await expect(problems(page)).toContainText('0 warnings');
    await expect(await matrixCell(page, 'a/*', 'guest')).toHaveAccessibleName(/^get list/);
  });
}

for (const place of ['inline', 'problems'] as const) {
  test(`{entity_id} deeper under another path: the owner folder moves out or is flattened, ${where[place]}`, async ({
    page,
  }) => {
    await open(
      page,
      designFromAccess({
        'files/*': [allow.authenticated.to(['read'])],
        'files/mine/{entity_id}/*': [allow.entity('identity').to(['read', 'write'])],
      }),
    );
    await errors(page, 1);
    const out = 'Move out to "mine/{entity_id}/*"';
    await applyFix(page, place, 'files/mine/{entity_id}/*', out, /mine\/\{entity_id\}\/\*/);
    await renamed(page, 'mine/{entity_id}/*');
    await errors(page, 0);
    await expect(await matrixCell(page, 'mine/{entity_id}/*', 'owner')).toHaveAccessibleName(
      /^get list write/,
    );

    await undo(page);
    const flat = 'Flatten to "files-mine/{entity_id}/*"';
    await applyFix(page, place, 'files/mine/{entity_id}/*', flat, /files-mine\/\{entity_id\}\/\*/);
    await renamed(page, 'files-mine/{entity_id}/*');
    await errors(page, 0);
  });
}

for (const place of ['inline', 'problems'] as const) {
  test(`{entity_id} not last: put it last, or drop what follows it, ${where[place]}`, async ({
    page,
  }) => {
    await open(
      page,
      designFromAccess({
        'private/{entity_id}/photos/*': [allow.entity('identity').to(['read', 'write'])],
      }),
    );
    await errors(page, 1);
    const path = 'private/{entity_id}/photos/*';
    const last = 'Put {entity_id} last: "private/photos/{entity_id}/*"';
    await applyFix(page, place, path, last, /private\/photos\/\{entity_id\}\/\*/);
    await renamed(page, 'private/photos/{entity_id}/*');
    await errors(page, 0);
    await expect(
      await matrixCell(page, 'private/photos/{entity_id}/*', 'owner'),
    ).toHaveAccessibleName(/^get list write/);

    await undo(page);
    const drop = 'Drop what follows {entity_id}: "private/{entity_id}/*"';
    await applyFix(page, place, path, drop, /private\/\{entity_id\}\/\*/);
    await renamed(page, 'private/{entity_id}/*');
    await errors(page, 0);
  });
}
