import { describe, expect, it } from 'vitest';
import { accessMatrix, allow, designFromAccess } from '..';
import { cachedAccessModel, runAccessTests } from './evaluate';
import { testsFromCell } from './from-cell';

const design = designFromAccess({
  'media/*': [allow.guest.to(['read']), allow.authenticated.to(['read', 'write'])],
  'media/locked/*': [allow.groups(['admin']).to(['read'])],
  'private/{entity_id}/*': [allow.entity('identity').to(['read', 'write', 'delete'])],
});
const matrix = accessMatrix(design, cachedAccessModel(design.storages[0]!));
const row = (path: string) => matrix.rows.find((r) => r.path === path)!;

describe('testsFromCell', () => {
  it('pins allowed and denied actions over objects directly in the path, subpaths left out', () => {
    expect(testsFromCell(design, 0, row('media/*'), 'guest')).toMatchObject([
      {
        who: 'guest',
        where: 'media/*',
        except: ['media/locked/*'],
        actions: ['get', 'list'],
        expect: 'allow',
      },
      {
        who: 'guest',
        where: 'media/*',
        except: ['media/locked/*'],
        actions: ['write', 'delete'],
        expect: 'deny',
      },
    ]);
  });
  it('owner cells mean any owner in their own folder; no owner cell without {entity_id}', () => {
    const [t] = testsFromCell(design, 0, row('private/{entity_id}/*'), 'owner');
    expect(t).toMatchObject({ who: 'owner', where: 'private/{entity_id}/*', expect: 'allow' });
    expect(t).not.toHaveProperty('identityId');
    expect(testsFromCell(design, 0, row('media/*'), 'owner')).toEqual([]);
  });
  it('the tests fail once the cell changes', () => {
    const tests = testsFromCell(design, 0, row('media/*'), 'guest');
    const changed = designFromAccess({
      'media/*': [allow.guest.to(['read', 'write']), allow.authenticated.to(['read', 'write'])],
      'media/locked/*': [allow.groups(['admin']).to(['read'])],
      'private/{entity_id}/*': [allow.entity('identity').to(['read', 'write', 'delete'])],
    });
    expect(runAccessTests(design, tests).map((r) => r.status)).toEqual(['pass', 'pass']);
    expect(runAccessTests(changed, tests).map((r) => r.status)).toEqual(['pass', 'fail']);
  });
});
