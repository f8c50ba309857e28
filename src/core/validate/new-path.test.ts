import { describe, expect, it } from 'vitest';
import { allow, designFromAccess, newPathFindings } from '..';

describe('newPathFindings: the path box checks what it would add', () => {
  const storage = designFromAccess({
    'media/*': [allow.guest.to(['read'])],
    'media/albums/*': [allow.guest.to(['read'])],
  }).storages[0]!;
  const codes = (path: string) => newPathFindings(storage, path).map((f) => f.code);

  it('a path already there is a duplicate', () => {
    expect(codes('media/*')).toEqual(['path-duplicate']);
  });
  it('invalid forms are named before the path exists', () => {
    expect(codes('/docs/*')).toEqual(['path-leading-slash']);
    expect(codes('docs')).toEqual(['path-missing-wildcard-suffix']);
    expect(codes('media/albums/2024/*')).toEqual(['path-too-deep']);
    expect(codes('media/{entity_id}/*')).toEqual(['path-owner-has-prefix']);
  });
  it('a good new path has nothing to say, and no fix is offered for a path not yet added', () => {
    expect(codes('docs/*')).toEqual([]);
    expect(newPathFindings(storage, 'docs').every((f) => f.fix === undefined)).toBe(true);
  });
});
