import { describe, expect, it } from 'vitest';
import { allow, designFromAccess, findingKinds, severityCounts, validateDesign } from '..';

describe('findingKinds', () => {
  const design = designFromAccess(
    {
      '/public/*': [allow.guest.to(['read'])],
      'media/*': [allow.authenticated.to(['read']), allow.guest.to(['read', 'write'])],
      docs: [allow.guest.to(['read'])],
      'other/*': [allow.authenticated.to(['read'])],
    },
    { groups: ['admin'] },
  );
  const findings = validateDesign(design);

  it('groups by code, errors first, then warnings, then notes; every finding kept once', () => {
    const kinds = findingKinds(findings);
    expect(kinds.map((k) => k.code)).toEqual([
      'path-leading-slash',
      'path-missing-wildcard-suffix',
      'warn-guest-write-or-delete',
      'warn-group-members-lose-access',
    ]);
    expect(kinds.map((k) => k.severity)).toEqual(['error', 'error', 'warning', 'note']);
    expect(kinds.flatMap((k) => k.findings).length).toBe(findings.length);
  });

  it('one group finding names every affected path', () => {
    const [group] = findingKinds(findings).filter(
      (k) => k.code === 'warn-group-members-lose-access',
    );
    expect(group!.findings).toHaveLength(1);
    expect(group!.findings[0]!.paths).toEqual(['media/*', 'other/*']);
  });

  it('counts severities', () => {
    expect(severityCounts(findings)).toEqual({ error: 2, warning: 1, note: 1 });
  });
});
