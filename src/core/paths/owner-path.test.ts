import { describe, expect, it } from 'vitest';
import { designFromAccess, validateDesign } from '..';
import { ownerPathFor } from './owner-path';

describe('ownerPathFor', () => {
  it.each([
    ['media', 'media/{entity_id}/*'],
    ['media/', 'media/{entity_id}/*'],
    ['media/*', 'media/{entity_id}/*'],
    ['  media/photos//**  ', 'media/photos/{entity_id}/*'],
    ['', 'private/{entity_id}/*'],
    ['*', 'private/{entity_id}/*'],
  ])('%j becomes %j', (typed, path) => {
    expect(ownerPathFor(typed)).toBe(path);
  });

  it('keeps a path that already has the token as typed', () => {
    expect(ownerPathFor(' a/{entity_id}/b/* ')).toBe('a/{entity_id}/b/*');
  });

  it('what it makes from an ordinary prefix is a path Amplify accepts', () => {
    for (const typed of ['media', 'media/photos/', 'docs/*']) {
      const d = designFromAccess({ [ownerPathFor(typed)]: [] });
      expect(validateDesign(d).filter((f) => f.severity === 'error')).toEqual([]);
    }
  });
});
