import { expect, test } from 'vitest';
import { allow, designFromAccess } from '../model/build';
import { describeChange, diffDesigns } from './diff';

const before = designFromAccess({
  'media/*': [allow.authenticated.to(['read', 'write'])],
  'media/public/*': [allow.guest.to(['read'])],
});

test('identical designs have no change', () => {
  expect(diffDesigns(before, before)).toEqual({ changes: [], gained: false, lost: false });
});

test('gained and lost actions per person and path, through the effective matrix', () => {
  const after = designFromAccess({
    'media/*': [allow.authenticated.to(['read'])],
    'media/public/*': [allow.guest.to(['read', 'write'])],
  });
  const diff = diffDesigns(before, after);
  expect(diff.gained).toBe(true);
  expect(diff.lost).toBe(true);
  expect(diff.changes.map(describeChange)).toEqual([
    'authenticated on media/*: -write',
    'guest on media/public/*: +write',
  ]);
});

test('removing a subpath hands its objects back to the parent: authenticated gains there', () => {
  const after = designFromAccess({ 'media/*': [allow.authenticated.to(['read', 'write'])] });
  const diff = diffDesigns(before, after);
  expect(diff.changes).toContainEqual(
    expect.objectContaining({
      path: 'media/public/*',
      person: 'guest',
      gained: [],
      lost: ['get', 'list'],
      pathStatus: 'removed',
    }),
  );
  expect(diff.changes).toContainEqual(
    expect.objectContaining({
      path: 'media/public/*',
      person: 'authenticated',
      gained: ['get', 'list', 'write'],
      lost: [],
      pathStatus: 'removed',
    }),
  );
  expect(diff.gained).toBe(true);
});

test('adding a subpath takes the parent grant away there', () => {
  const after = designFromAccess({
    ...Object.fromEntries(before.storages[0]!.paths.map((p) => [p.path, p.rules])),
    'media/private/*': [allow.authenticated.to(['read'])],
  });
  const diff = diffDesigns(before, after);
  expect(diff.changes).toEqual([
    expect.objectContaining({
      path: 'media/private/*',
      person: 'authenticated',
      gained: [],
      lost: ['write'],
      pathStatus: 'added',
    }),
  ]);
  expect(diff.gained).toBe(false);
});
