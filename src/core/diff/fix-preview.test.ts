import { describe, expect, it } from 'vitest';
import { applyEdit, applyEdits } from '../edit/apply';
import { allow, designFromAccess } from '../model/build';
import type { Design } from '../model/types';
import { fixesOf } from '../validate/finding';
import { liveFix } from '../validate/live-fix';
import { validateDesign } from '../validate/validate';
import { diffDesigns, type DesignDiff } from './diff';
import { fixPreview } from './fix-preview';

/** One of each finding that has a fix, the same duplicate twice, groups, owners and functions. */
const withMistakes = (): Design =>
  designFromAccess(
    {
      '/public/*': [allow.guest.to(['read'])],
      'media/*': [
        allow.guest.to(['read']),
        allow.guest.to(['write']),
        allow.groups(['admin']).to(['get']),
        allow.groups(['admin']).to(['list', 'delete']),
      ],
      docs: [allow.authenticated.to(['read'])],
      'a//b/*': [allow.authenticated.to(['read', 'get'])],
      'uploads/*': [allow.guest.to(['read', 'write', 'delete']), allow.resource('resizer').to([])],
      'other/*': [allow.guest.to(['read'])],
      'media/albums/*': [allow.authenticated.to(['read'])],
      'media/albums/2024/*': [allow.groups(['admin', 'auditor']).to(['read'])],
      'shared/*': [allow.guest.to(['read']), allow.groups(['auditor']).to(['list'])],
      'shared/{entity_id}/*': [allow.entity('identity').to(['read', 'write'])],
      'notes/*': [
        allow.entity('identity').to(['read']),
        allow.groups(['admin', 'auditor']).to(['get']),
        allow.groups(['admin']).to(['write']),
      ],
      'drafts/*': [allow.entity('identity').to(['write'])],
    },
    { groups: ['admin', 'auditor'], functions: ['resizer'] },
  );

const twoDuplicates = (): Design => {
  const d = withMistakes();
  const storage = d.storages[0]!;
  const dup1 = { path: 'other/*', rules: [allow.authenticated.to(['write'])] };
  const dup2 = { path: 'media/*', rules: [allow.guest.to(['delete'])] };
  return { ...d, storages: [{ ...storage, paths: [...storage.paths, dup1, dup2] }] };
};

/** Every (path, person, action) a diff grants. */
const grants = (diff: DesignDiff) =>
  new Set(diff.changes.flatMap((c) => c.gained.map((a) => `${c.path}|${c.person}|${a}`)));

describe('fixPreview: what a fix changes, before it is applied', () => {
  const designs = [withMistakes(), twoDuplicates()];
  // Every fix offered, alternatives included.
  const fixed = designs.flatMap((d) =>
    validateDesign(d).flatMap((f) => fixesOf(f).map((fix) => ({ d, f, fix }))),
  );

  it('covers the fixes of several kinds', () => {
    const codes = new Set(fixed.map(({ f }) => f.code));
    for (const code of [
      'path-too-deep',
      'path-owner-has-prefix',
      'warn-owner-rule-without-token',
      'path-leading-slash',
      'path-missing-wildcard-suffix',
      'path-double-slash',
      'path-duplicate',
      'rule-duplicate-principal',
      'rule-read-with-get-or-list',
      'warn-guest-write-or-delete',
    ])
      expect(codes, code).toContain(code);
  });

  it.each(fixed.map(({ d, f, fix }) => [`${f.code} ${fix.title}`, d, f, fix] as const))(
    '%s: the preview equals diffDesigns after applying it',
    (_, d, f, fix) => {
      const applied = applyEdits(d, liveFix(f, d, d, validateDesign, fix)!.edits);
      expect(fixPreview(d, fix)).toEqual(diffDesigns(d, applied));
    },
  );

  it.each(fixed.map(({ d, f, fix }) => [`${f.code} ${fix.title}`, d, f, fix] as const))(
    '%s: applied after an unrelated edit, it grants nothing the preview did not show',
    (_, d, f, chosen) => {
      const preview = grants(fixPreview(d, chosen));
      // The user adds a path at the top before clicking: positions shift, ids do not.
      const live = applyEdit(d, { type: 'addPath', storageIndex: 0, path: 'zz/*', at: 0 });
      const fix = liveFix(f, d, live, validateDesign, chosen);
      if (!fix) return; // the live design no longer has the finding: nothing is applied
      const granted = grants(diffDesigns(live, applyEdits(live, fix.edits)));
      for (const g of granted) expect(preview, g).toContain(g);
    },
  );
});
