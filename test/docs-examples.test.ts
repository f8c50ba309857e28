/**
 * The documentation's own examples, end to end: resource.ts text as the docs print it → import →
 * validation → effective matrix, compared with the docs' access-control-matrix tables
 * (storage-overview.txt and customize-authorization.txt).
 */
import { describe, expect, test } from 'vitest';
import { accessMatrix, accessModel, validateDesign } from '../src/core';
import { importResourceTs } from '../src/core/import';
import { docsExample } from './fixtures/docs-examples';

function matrixOf(source: string) {
  const imported = importResourceTs(source);
  expect(imported.problems.filter((p) => p.severity === 'error')).toEqual([]);
  const design = imported.design!;
  expect(validateDesign(design).filter((f) => f.severity === 'error')).toEqual([]);
  const matrix = accessMatrix(design, accessModel(design.storages[0]!));
  return Object.fromEntries(
    matrix.rows.map((r) => [
      r.path,
      Object.fromEntries(
        Object.entries(r.cells).map(([p, c]) => [p, c!.allowed.join(' ') || 'NONE']),
      ),
    ]),
  );
}

const read = 'get list';

describe('docs access-control matrix tables', () => {
  test('storage-overview.txt: prefix behavior', () => {
    const m = matrixOf(docsExample('storage-overview.txt', 'prefix behavior'));
    // Table: Authenticated: read,write,delete | NONE | read | read,write; Guest: NONE | read | NONE | read
    expect(m).toEqual({
      'foo/*': { guest: 'NONE', authenticated: `${read} write delete` },
      'foo/bar/*': { guest: read, authenticated: 'NONE' },
      'foo/baz/*': { guest: 'NONE', authenticated: read },
      'other/*': { guest: read, authenticated: `${read} write` },
    });
  });

  test('customize-authorization.txt: prefix behavior', () => {
    const m = matrixOf(docsExample('customize-authorization.txt', 'subpaths override parents'));
    expect(m).toEqual({
      'media/*': { guest: 'NONE', authenticated: `${read} write delete` },
      'media/profile-pictures/*': { guest: read, authenticated: 'NONE' },
      'media/albums/*': { guest: 'NONE', authenticated: read },
      'other/*': { guest: read, authenticated: `${read} write` },
    });
  });

  test('profile pictures: anyone reads, only the owner writes and deletes', () => {
    const m = matrixOf(docsExample('customize-authorization.txt', 'profile pictures'));
    expect(m).toEqual({
      'media/profile-pictures/{entity_id}/*': {
        guest: read,
        authenticated: read,
        owner: `${read} write delete`,
      },
    });
  });

  test('groups: auditors read only, admins read, write and delete; signed-in users without a group nothing', () => {
    const m = matrixOf(docsExample('customize-authorization.txt', 'groups, one rule each'));
    expect(m).toEqual({
      'media/*': {
        guest: 'NONE',
        authenticated: 'NONE',
        'group:auditor': read,
        'group:admin': `${read} write delete`,
      },
    });
  });
});
