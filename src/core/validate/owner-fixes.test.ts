import { describe, expect, it } from 'vitest';
import { applyEdits } from '../edit/apply';
import { diffDesigns } from '../diff/diff';
import { fixPreview } from '../diff/fix-preview';
import { allow, designFromAccess } from '../model/build';
import type { Design } from '../model/types';
import type { FindingCode } from './catalog';
import { fixesOf, type Fix } from './finding';
import { validateDesign } from './validate';

const only = (d: Design, code: FindingCode) => validateDesign(d).filter((f) => f.code === code);
const codes = (d: Design) => validateDesign(d).map((f) => f.code);
const entries = (d: Design) => d.storages[0]!.paths.map((p) => [p.path, p.rules]);

/** The fix's result; its preview is the access diff of that result. */
function apply(d: Design, fix: Fix | undefined): Design {
  expect(fix).toBeDefined();
  const after = applyEdits(d, fix!.edits);
  expect(fixPreview(d, fix!)).toEqual(diffDesigns(d, after));
  return after;
}

describe('path-owner-has-prefix: the parent folds into the owner path', () => {
  const docsExample = () =>
    designFromAccess({
      'media/*': [allow.guest.to(['read']), allow.authenticated.to(['read'])],
      'media/{entity_id}/*': [
        allow.entity('identity').to(['read', 'write', 'delete']),
        allow.authenticated.to(['get']),
      ],
    });

  it('the parent’s rules join the owner path; no one gains or loses anything', () => {
    const d = docsExample();
    const [f] = only(d, 'path-owner-has-prefix');
    expect(f!.fix!.title).toBe('Merge "media/*" into "media/{entity_id}/*"');
    const after = apply(d, f!.fix);
    expect(entries(after)).toEqual([
      [
        'media/{entity_id}/*',
        [
          allow.entity('identity').to(['read', 'write', 'delete']),
          allow.authenticated.to(['read']),
          allow.guest.to(['read']),
        ],
      ],
    ]);
    expect(diffDesigns(d, after).changes).toEqual([]);
    expect(codes(after).filter((c) => c.startsWith('path-') || c.startsWith('rule-'))).toEqual([]);
  });

  it('groups: the same group list joins, a disjoint one is added', () => {
    const d = designFromAccess({
      'p/*': [allow.groups(['a', 'b']).to(['read']), allow.groups(['c']).to(['write'])],
      'p/{entity_id}/*': [
        allow.entity('identity').to(['read']),
        allow.groups(['a', 'b']).to(['write']),
      ],
    });
    const after = apply(d, only(d, 'path-owner-has-prefix')[0]!.fix);
    expect(diffDesigns(d, after).changes).toEqual([]);
    expect(codes(after)).not.toContain('rule-duplicate-principal');
  });

  it('none when it would not be exact or clean', () => {
    const none = (access: Parameters<typeof designFromAccess>[0]) =>
      only(designFromAccess(access), 'path-owner-has-prefix').map((f) => f.fix);
    const owner = allow.entity('identity').to(['read']);
    // Not the parent's own owner folder: the parent's rules would shrink to a subfolder (the
    // owner folder moves instead, below).
    expect(
      only(
        designFromAccess({ 'foo/*': [allow.guest.to(['read'])], 'foo/bar/{entity_id}/*': [owner] }),
        'path-owner-has-prefix',
      ).map((f) => f.fix?.title),
    ).not.toContain('Merge "foo/*" into "foo/bar/{entity_id}/*"');
    // The parent has another subpath, which would lose its parent.
    expect(
      none({
        'm/*': [allow.guest.to(['read'])],
        'm/{entity_id}/*': [owner],
        'm/thumbs/*': [allow.authenticated.to(['read'])],
      }),
    ).toEqual([undefined]);
    // An owner rule on the parent means every signed-in user; on the owner path it would not.
    expect(none({ 'm/*': [owner], 'm/{entity_id}/*': [owner] })).toEqual([undefined]);
    // A group named in overlapping lists: merging would name it twice.
    expect(
      none({
        'm/*': [allow.groups(['a']).to(['read'])],
        'm/{entity_id}/*': [allow.groups(['a', 'b']).to(['write'])],
      }),
    ).toEqual([undefined]);
  });
});

describe('warn-owner-rule-without-token: say it as authenticated, or make an owner folder', () => {
  it('alone on a plain path: both repairs, the first changing nothing', () => {
    const d = designFromAccess({ 'docs/*': [allow.entity('identity').to(['read', 'write'])] });
    const [f] = only(d, 'warn-owner-rule-without-token');
    const [same, folder] = fixesOf(f!);
    expect(same!.title).toBe('Write as allow.authenticated (same access)');
    const plain = apply(d, same);
    expect(entries(plain)).toEqual([['docs/*', [allow.authenticated.to(['read', 'write'])]]]);
    expect(diffDesigns(d, plain).changes).toEqual([]);
    expect(codes(plain)).toEqual([]);

    expect(folder!.title).toBe(`Limit to each user's folder: "docs/{entity_id}/*"`);
    const owned = apply(d, folder);
    expect(entries(owned)).toEqual([['docs/{entity_id}/*', d.storages[0]!.paths[0]!.rules]]);
    expect(codes(owned)).toEqual([]);
    // Only taken away: other signed-in users lose what they had in docs/.
    expect(diffDesigns(d, owned).gained).toBe(false);
    expect(diffDesigns(d, owned).lost).toBe(true);
  });

  it('next to an authenticated rule: joined with it', () => {
    const d = designFromAccess({
      'docs/*': [allow.authenticated.to(['get']), allow.entity('identity').to(['list', 'write'])],
    });
    const [f] = only(d, 'warn-owner-rule-without-token');
    expect(fixesOf(f!)).toHaveLength(1); // not an owner path: another rule is not an owner rule
    const after = apply(d, f!.fix);
    expect(entries(after)).toEqual([['docs/*', [allow.authenticated.to(['read', 'write'])]]]);
    expect(diffDesigns(d, after).changes).toEqual([]);
  });

  it('no owner folder when another path is over or under it', () => {
    const d = designFromAccess({
      'docs/*': [allow.entity('identity').to(['read'])],
      'docs/x/*': [allow.guest.to(['read'])],
    });
    expect(fixesOf(only(d, 'warn-owner-rule-without-token')[0]!)).toHaveLength(1);
  });
});

describe('path-owner-has-prefix deeper down: the owner folder moves out, or is flattened', () => {
  const nested = () =>
    designFromAccess({
      'foo/*': [allow.guest.to(['read'])],
      'foo/bar/{entity_id}/*': [allow.entity('identity').to(['read', 'write'])],
    });

  it('offers both, each to a folder no path is over or under', () => {
    const d = nested();
    const [f] = only(d, 'path-owner-has-prefix');
    const [out, flat] = fixesOf(f!);
    expect([out!.title, flat!.title]).toEqual([
      'Move out to "bar/{entity_id}/*"',
      'Flatten to "foo-bar/{entity_id}/*"',
    ]);
    for (const fix of [out, flat]) {
      const after = apply(d, fix);
      expect(codes(after).filter((c) => c.startsWith('path-'))).toEqual([]);
      expect(after.storages[0]!.paths[1]!.rules).toEqual(d.storages[0]!.paths[1]!.rules);
    }
    expect(entries(apply(d, out))[1]![0]).toBe('bar/{entity_id}/*');
  });

  it('fixes a too-deep owner folder too', () => {
    const d = designFromAccess({
      'a/*': [allow.guest.to(['read'])],
      'a/b/*': [allow.guest.to(['read'])],
      'a/b/{entity_id}/*': [allow.entity('identity').to(['read'])],
    });
    const [f] = only(d, 'path-owner-has-prefix');
    const after = apply(
      d,
      fixesOf(f!).find((x) => x.title.startsWith('Flatten')),
    );
    expect(entries(after)[2]![0]).toBe('a-b/{entity_id}/*');
    expect(codes(after).filter((c) => c.startsWith('path-'))).toEqual([]);
  });

  it('a folder under another path is not offered', () => {
    const d = designFromAccess({
      'foo/*': [allow.guest.to(['read'])],
      'foo/bar/{entity_id}/*': [allow.entity('identity').to(['read'])],
      'bar/*': [allow.guest.to(['read'])],
      'foo-bar/*': [allow.guest.to(['read'])],
    });
    expect(fixesOf(only(d, 'path-owner-has-prefix')[0]!)).toEqual([]);
  });
});

describe('path-owner-token-not-last: put {entity_id} last, or drop what follows it', () => {
  it('offers both; each leaves a path Amplify accepts, with the same rules', () => {
    const d = designFromAccess({
      'private/{entity_id}/photos/*': [allow.entity('identity').to(['read', 'write'])],
    });
    const [f] = only(d, 'path-owner-token-not-last');
    expect(fixesOf(f!).map((x) => x.title)).toEqual([
      'Put {entity_id} last: "private/photos/{entity_id}/*"',
      'Drop what follows {entity_id}: "private/{entity_id}/*"',
    ]);
    for (const fix of fixesOf(f!)) {
      const after = apply(d, fix);
      expect(codes(after)).toEqual([]);
      expect(after.storages[0]!.paths[0]!.rules).toEqual(d.storages[0]!.paths[0]!.rules);
    }
  });

  it('none for a token that is also wrong in another way, or to a folder another path is over', () => {
    const titles = (access: Parameters<typeof designFromAccess>[0]) =>
      only(designFromAccess(access), 'path-owner-token-not-last').flatMap((f) =>
        fixesOf(f).map((x) => x.title),
      );
    expect(titles({ 'p/x{entity_id}/y/*': [] })).toEqual([]);
    expect(titles({ '{entity_id}/y/*': [] })).toEqual([]);
    expect(titles({ 'p/{entity_id}/y/{entity_id}/*': [] })).toEqual([]);
    expect(titles({ 'p/{entity_id}/y/*': [], 'p/*': [] })).toEqual([]);
  });
});
