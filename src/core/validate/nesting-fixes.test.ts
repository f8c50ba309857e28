import { describe, expect, it } from 'vitest';
import { applyEdits } from '../edit/apply';
import { diffDesigns } from '../diff/diff';
import { fixPreview } from '../diff/fix-preview';
import { allow, designFromAccess } from '../model/build';
import type { Design } from '../model/types';
import { fixesOf, type Finding } from './finding';
import { validateDesign } from './validate';

const tooDeep = (d: Design) => validateDesign(d).filter((f) => f.code === 'path-too-deep');
const pathsOf = (d: Design) => d.storages[0]!.paths.map((p) => p.path);
const errorCodes = (d: Design) =>
  validateDesign(d)
    .filter((f) => f.severity === 'error')
    .map((f) => f.code);

/** media/* → media/albums/* → media/albums/2024/* (one level too many). */
const threeLevels = () =>
  designFromAccess({
    'media/*': [allow.guest.to(['read'])],
    'media/albums/*': [allow.authenticated.to(['read'])],
    'media/albums/2024/*': [allow.groups(['admin']).to(['read', 'write'])],
  });

/** Applies a fix; its preview is the access diff of the result. */
function applied(d: Design, f: Finding, title: string): Design {
  const fix = fixesOf(f).find((x) => x.title === title);
  expect(fix, title).toBeDefined();
  const after = applyEdits(d, fix!.edits);
  expect(fixPreview(d, fix!)).toEqual(diffDesigns(d, after));
  return after;
}

describe('path-too-deep: move up, or flatten', () => {
  it('offers both, each renaming the path under the top path of its chain', () => {
    const d = threeLevels();
    const [f] = tooDeep(d);
    expect(fixesOf(f!).map((x) => x.title)).toEqual([
      'Move up to "media/2024/*"',
      'Flatten to "media/albums-2024/*"',
    ]);
    const up = applied(d, f!, 'Move up to "media/2024/*"');
    expect(pathsOf(up)).toEqual(['media/*', 'media/albums/*', 'media/2024/*']);
    expect(errorCodes(up)).toEqual([]);
    const flat = applied(d, f!, 'Flatten to "media/albums-2024/*"');
    expect(pathsOf(flat)).toEqual(['media/*', 'media/albums/*', 'media/albums-2024/*']);
    expect(errorCodes(flat)).toEqual([]);
  });

  it('the rules stay with the path (renamed, same id), so admin keeps its access there', () => {
    const d = threeLevels();
    const up = applyEdits(d, tooDeep(d)[0]!.fix!.edits);
    expect(up.storages[0]!.paths[2]!.rules).toEqual(d.storages[0]!.paths[2]!.rules);
    const changes = diffDesigns(d, up).changes;
    // admin's access moves from the old path to the new one; objects left at the old keys fall
    // under media/albums/* again: the preview says all of that.
    expect(changes.some((c) => c.path === 'media/2024/*' && c.pathStatus === 'added')).toBe(true);
    expect(
      changes.some((c) => c.path === 'media/albums/2024/*' && c.pathStatus === 'removed'),
    ).toBe(true);
  });

  it('four levels: the path moves under the top one, past both in between', () => {
    const d = designFromAccess({
      'a/*': [allow.guest.to(['read'])],
      'a/b/*': [allow.guest.to(['read'])],
      'a/b/c/*': [allow.guest.to(['read'])],
      'a/b/c/d/*': [allow.guest.to(['read'])],
    });
    const last = tooDeep(d).find((f) => f.path === 'a/b/c/d/*')!;
    expect(fixesOf(last).map((x) => x.title)).toEqual([
      'Move up to "a/d/*"',
      'Flatten to "a/b-c-d/*"',
    ]);
  });

  it('no rename when two paths share the top form (`a/b/` and `a/b/*`): both stay prefixes', () => {
    // Found by the fixes property test (seed 618549550): Flatten to "a/b/c-d/*" left it too deep.
    const d = designFromAccess({
      'a/b/': [allow.guest.to(['read'])],
      'a/b/*': [allow.guest.to(['read'])],
      'a/b/c/d/*': [allow.guest.to(['read'])],
    });
    const deep = tooDeep(d).find((f) => f.path === 'a/b/c/d/*')!;
    expect(deep).toBeDefined();
    expect(fixesOf(deep)).toEqual([]);
  });

  it('a new path that exists already, or would sit over another path, is not offered', () => {
    const taken = designFromAccess({
      'media/*': [allow.guest.to(['read'])],
      'media/albums/*': [allow.guest.to(['read'])],
      'media/albums/2024/*': [allow.guest.to(['read'])],
      'media/2024/*': [allow.guest.to(['read'])],
    });
    expect(fixesOf(tooDeep(taken)[0]!).map((x) => x.title)).toEqual([
      'Flatten to "media/albums-2024/*"',
    ]);
    const over = designFromAccess({
      'media/*': [allow.guest.to(['read'])],
      'media/albums/*': [allow.guest.to(['read'])],
      'media/albums/2024/*': [allow.guest.to(['read'])],
      'media/2024/x/*': [allow.guest.to(['read'])],
      'media/albums-2024/y/*': [allow.guest.to(['read'])],
    });
    expect(fixesOf(tooDeep(over).find((f) => f.path === 'media/albums/2024/*')!)).toEqual([]);
  });

  it('a path with other mistakes or an owner token gets no rename', () => {
    const owner = designFromAccess({
      'a/*': [allow.guest.to(['read'])],
      'a/b/*': [allow.guest.to(['read'])],
      'a/b/{entity_id}/*': [allow.entity('identity').to(['read'])],
    });
    expect(fixesOf(tooDeep(owner)[0]!)).toEqual([]);
    const slashes = designFromAccess({
      'a/*': [allow.guest.to(['read'])],
      'a/b/*': [allow.guest.to(['read'])],
      'a/b//c/*': [allow.guest.to(['read'])],
    });
    expect(fixesOf(tooDeep(slashes)[0]!)).toEqual([]);
  });
});
