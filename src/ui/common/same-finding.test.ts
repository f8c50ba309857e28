import { describe, expect, it } from 'vitest';
import {
  allow,
  applyEdit,
  designFromAccess,
  pathAt,
  validateDesign,
  type Finding,
} from '../../core';
import { sameFinding, sameFindings } from './same-finding';

describe('sameFinding', () => {
  // A subpath that grants nothing makes its parent's guest access stop there: findings with fixes.
  const design = designFromAccess({
    'media/*': [allow.guest.to(['read'])],
    'media/{entity_id}/x/*': [allow.authenticated.to(['get'])],
    'docs/*': [],
  });
  const before = validateDesign(design);
  const ticked = applyEdit(design, {
    type: 'setGrant',
    ...pathAt(design, 0, 2),
    grantee: { kind: 'authenticated' },
    action: 'write',
    granted: true,
  });
  const after = validateDesign(ticked);

  it('holds for the findings an unrelated edit validates again as new objects', () => {
    expect(before.length).toBeGreaterThan(0);
    const kept = before.filter((f) => f.pathIndex !== 2);
    const again = after.filter((f) => f.pathIndex !== 2);
    expect(again[0]).not.toBe(kept[0]);
    expect(sameFindings(kept, again)).toBe(true);
  });

  it('fails when the message, the place or a fix differs', () => {
    const f = before[0]!;
    expect(sameFinding(f, { ...f, message: `${f.message}!` })).toBe(false);
    expect(sameFinding(f, { ...f, pathIndex: (f.pathIndex ?? 0) + 1 })).toBe(false);
    const fix = { title: 'Other', edits: [] };
    expect(sameFinding(f, { ...f, fix } as Finding)).toBe(false);
    expect(sameFindings([f], [])).toBe(false);
  });
});
