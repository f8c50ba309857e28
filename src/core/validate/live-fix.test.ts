/**
 * A fix applies only to the design it was made for: on any other design it is recomputed (or
 * dropped). Before, fixes addressed paths by index and a fix made on a deferred design could hit
 * the wrong row of the live one.
 */
import { describe, expect, it } from 'vitest';
import {
  allow,
  applyEdit,
  applyEdits,
  designFromAccess,
  fixesOf,
  liveFix,
  pathAt,
  validateDesign,
  type Design,
  type FindingCode,
} from '..';

const only = (d: Design, code: FindingCode) => validateDesign(d).filter((f) => f.code === code);

/** Guests may write on `open/*`; the fix makes them read-only. */
const base = () =>
  designFromAccess({
    'a/*': [allow.authenticated.to(['read'])],
    'open/*': [allow.guest.to(['read', 'write'])],
  });

describe('liveFix', () => {
  it('on the design it was made for, the fix is the finding’s own', () => {
    const d = base();
    const [f] = only(d, 'warn-guest-write-or-delete');
    expect(liveFix(f!, d, d)).toBe(f!.fix);
  });

  it('after a path was added above, the recomputed fix edits the same path (not the row now at its index)', () => {
    const madeFor = base();
    const [f] = only(madeFor, 'warn-guest-write-or-delete');
    const live = applyEdit(madeFor, {
      type: 'addPath',
      storageIndex: 0,
      path: 'new/*',
      rules: [allow.authenticated.to(['write'])],
      at: 0,
    });
    const fix = liveFix(f!, madeFor, live);
    expect(fix?.title).toBe(f!.fix!.title);
    const after = applyEdits(live, fix!.edits);
    expect(after.storages[0]!.paths.map((p) => [p.path, p.rules])).toEqual([
      ['new/*', [allow.authenticated.to(['write'])]],
      ['a/*', [allow.authenticated.to(['read'])]],
      ['open/*', [allow.guest.to(['read'])]],
    ]);
    expect(only(after, 'warn-guest-write-or-delete')).toEqual([]);
  });

  it('a rule index that moved is read again on the live design', () => {
    const madeFor = designFromAccess({
      'p/*': [allow.authenticated.to(['read']), allow.guest.to(['get']), allow.guest.to(['write'])],
    });
    const [f] = only(madeFor, 'rule-duplicate-principal');
    expect(f!.ruleIndex).toBe(2);
    // The user removed the first rule meanwhile: the duplicate is now rule 1.
    const live = applyEdit(madeFor, { type: 'removeRule', ...pathAt(madeFor, 0, 0), ruleIndex: 0 });
    const stale = applyEdits(live, f!.fix!.edits);
    expect(stale.storages[0]!.paths[0]!.rules).not.toEqual([allow.guest.to(['get', 'write'])]);
    const after = applyEdits(live, liveFix(f!, madeFor, live)!.edits);
    expect(after.storages[0]!.paths[0]!.rules).toEqual([allow.guest.to(['get', 'write'])]);
  });

  it('is dropped when the live design no longer has the finding', () => {
    const madeFor = base();
    const [f] = only(madeFor, 'warn-guest-write-or-delete');
    const live = applyEdit(madeFor, { type: 'removePath', ...pathAt(madeFor, 0, 1) });
    expect(liveFix(f!, madeFor, live)).toBeUndefined();
  });

  it('is dropped when the same finding now offers a different fix', () => {
    const madeFor = base();
    const [f] = only(madeFor, 'warn-guest-write-or-delete');
    expect(f!.fix!.title).toBe('Make guest access read-only');
    // Guests lose read meanwhile: the fix would now remove the rule, not what the button said.
    const live = applyEdit(madeFor, {
      type: 'setGrant',
      ...pathAt(madeFor, 0, 1),
      grantee: { kind: 'guest' },
      action: 'get',
      granted: false,
    });
    const live2 = applyEdit(live, {
      type: 'setGrant',
      ...pathAt(live, 0, 1),
      grantee: { kind: 'guest' },
      action: 'list',
      granted: false,
    });
    expect(only(live2, 'warn-guest-write-or-delete')[0]?.fix?.title).toBe('Remove the guest rule');
    expect(liveFix(f!, madeFor, live2)).toBeUndefined();
  });

  it('two findings alike but for their rule keep their rank', () => {
    const madeFor = designFromAccess({
      'p/*': [
        allow.authenticated.to(['read']),
        allow.guest.to(['read']),
        allow.guest.to(['write']),
        allow.guest.to(['write']),
      ],
    });
    const found = only(madeFor, 'rule-duplicate-principal');
    expect(found.map((f) => [f.ruleIndex, f.rule])).toEqual([
      [2, 'allow.guest.to(["write"])'],
      [3, 'allow.guest.to(["write"])'],
    ]);
    const live = applyEdit(madeFor, { type: 'removeRule', ...pathAt(madeFor, 0, 0), ruleIndex: 0 });
    const second = liveFix(found[1]!, madeFor, live)!;
    expect(second.edits).toEqual(only(live, 'rule-duplicate-principal')[1]!.fix!.edits);
  });

  it('a finding without a fix, or not made for the given design, gives none', () => {
    const d = designFromAccess({ 'p/{entity_id}/*': [allow.authenticated.to(['read'])] });
    const [f] = only(d, 'warn-shared-rule-on-owner-path');
    expect(f!.fix).toBeUndefined();
    expect(liveFix(f!, d, base())).toBeUndefined();
    const [g] = only(base(), 'warn-guest-write-or-delete');
    expect(liveFix(g!, d, base())).toBeUndefined();
  });

  it('a finding with several fixes applies the one chosen, recomputed by its title', () => {
    const madeFor = designFromAccess({
      'media/*': [allow.guest.to(['read'])],
      'media/albums/*': [allow.guest.to(['read'])],
      'media/albums/2024/*': [allow.authenticated.to(['read'])],
    });
    const [f] = only(madeFor, 'path-too-deep');
    const [, flatten] = fixesOf(f!);
    expect(liveFix(f!, madeFor, madeFor, validateDesign, flatten)).toBe(flatten);
    const live = applyEdit(madeFor, { type: 'addPath', storageIndex: 0, path: 'new/*', at: 0 });
    const fix = liveFix(f!, madeFor, live, validateDesign, flatten)!;
    expect(fix.title).toBe(flatten!.title);
    expect(applyEdits(live, fix.edits).storages[0]!.paths.map((p) => p.path)).toEqual([
      'new/*',
      'media/*',
      'media/albums/*',
      'media/albums-2024/*',
    ]);
    // A fix that is not the finding's own is never applied.
    const other = only(base(), 'warn-guest-write-or-delete')[0]!.fix;
    expect(liveFix(f!, madeFor, madeFor, validateDesign, other)).toBeUndefined();
  });
});
