/**
 * The owner cell on a path without {entity_id}: one answer, core's `personHasCell`, for the app's
 * matrix and the CLI's (which leaves the cell out of its table and its JSON).
 */
import { describe, expect, it } from 'vitest';
import { accessMatrix, accessModel, allow, designFromAccess, personHasCell } from '../../src/core';
import { matrixJson } from '../../src/cli/commands/matrix';
import { cellInfo } from '../../src/ui/matrix/cell-info';

const design = designFromAccess({
  'media/*': [allow.authenticated.to(['read']), allow.entity('identity').to(['write'])],
  'private/{entity_id}/*': [allow.entity('identity').to(['read', 'write', 'delete'])],
});
const matrix = accessMatrix(design, accessModel(design.storages[0]!));

describe('the owner cell', () => {
  it('exists only on paths with {entity_id}', () => {
    expect(personHasCell('owner', 'media/*')).toBe(false);
    expect(personHasCell('owner', 'private/{entity_id}/*')).toBe(true);
    expect(personHasCell('authenticated', 'media/*')).toBe(true);
    expect(personHasCell('group:admin', 'media/*')).toBe(true);
  });

  it('the app shows no access in it (not authenticated’s), as the CLI leaves it out', () => {
    const [media, own] = matrix.rows;
    const info = cellInfo(media!, 'owner');
    expect(info).toMatchObject({ noFolder: true, text: '—', cell: undefined });
    expect(cellInfo(media!, 'authenticated').text).toBe('get list write');
    expect(cellInfo(own!, 'owner')).toMatchObject({
      noFolder: false,
      text: 'get list write delete',
    });
    const json = matrixJson(matrix);
    expect(Object.keys(json.rows[0]!.cells)).not.toContain('owner');
    expect(json.rows[1]!.cells.owner).toEqual(['get', 'list', 'write', 'delete']);
  });
});
