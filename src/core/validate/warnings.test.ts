/**
 * What Amplify accepts but a careful user wants to hear about (spec §2, warnings), and the one
 * synth fault the compiler detects (EmptyPolicyFault, storage_access_policy_factory.js): for every
 * warn-* code and role-empty-policy, a design that produces it and a close one that does not.
 */
import { afterAll, describe, expect, it } from 'vitest';
import {
  allow,
  applyEdits,
  designFromAccess,
  errorsIn,
  FINDINGS,
  validateDesign,
  type Design,
  type Finding,
  type FindingCode,
  type Rule,
} from '..';

const CODES = [
  'warn-owner-rule-without-token',
  'warn-shared-rule-on-owner-path',
  'warn-group-members-lose-access',
  'warn-guest-write-or-delete',
  'warn-parent-list-reveals-subpath',
  'warn-iam-special-characters',
  'warn-rule-grants-nothing',
  'warn-role-identifier-collision',
  'role-empty-policy',
] as const satisfies readonly FindingCode[];

const produced = new Set<FindingCode>();
const cleared = new Set<FindingCode>();

const design = (
  access: Record<string, Rule[]>,
  options: { groups?: string[]; functions?: string[] } = {},
): Design => designFromAccess(access, options);
const findings = (d: Design, code: FindingCode): Finding[] =>
  validateDesign(d).filter((f) => f.code === code);

/** Exactly these [pathIndex, ruleIndex?] carry the code; severity from the catalog. */
function expectAt(d: Design, code: FindingCode, at: (number | undefined)[][]): Finding[] {
  const found = findings(d, code);
  expect(
    found.map((f) => (at[0]?.length === 1 ? [f.pathIndex] : [f.pathIndex, f.ruleIndex])),
    code,
  ).toEqual(at);
  for (const f of found) {
    expect(f.severity).toBe(FINDINGS[code].severity);
    expect(f.storageIndex).toBe(0);
    const path = d.storages[0]!.paths[f.pathIndex!]!.path;
    expect(f.path).toBe(path);
  }
  if (found.length > 0) produced.add(code);
  return found;
}

function expectNo(d: Design, code: FindingCode): void {
  expect(findings(d, code)).toEqual([]);
  cleared.add(code);
}

function expectFixRemoves(d: Design, f: Finding): Design {
  expect(f.fix, `${f.code} offers a fix`).toBeDefined();
  const after = applyEdits(d, f.fix!.edits);
  expect(findings(after, f.code)).toEqual([]);
  return after;
}

afterAll(() => {
  expect([...CODES].sort()).toEqual(
    Object.keys(FINDINGS)
      .filter((c) => c.startsWith('warn-') || c === 'role-empty-policy')
      .sort(),
  );
  for (const code of CODES) {
    expect(produced.has(code), `${code} produced by some case`).toBe(true);
    expect(cleared.has(code), `${code} absent from a close valid case`).toBe(true);
  }
});

describe('allow.entity on a path without {entity_id}', () => {
  it('grants every signed-in user that access: warned', () => {
    const d = design({
      'media/*': [allow.guest.to(['read']), allow.entity('identity').to(['read', 'write'])],
    });
    const [f] = expectAt(d, 'warn-owner-rule-without-token', [[0, 1]]);
    expect(f!.severity).toBe('warning');
    expect(f!.message).toContain('media/*');
    expect(errorsIn(validateDesign(d))).toEqual([]);
  });
  it('on a {entity_id} path it is the owner rule it means to be', () => {
    expectNo(
      design({ 'media/{entity_id}/*': [allow.entity('identity').to(['read', 'write'])] }),
      'warn-owner-rule-without-token',
    );
  });
});

describe('a non-owner rule on a {entity_id} path', () => {
  it.each([
    ['authenticated', allow.authenticated.to(['read'])],
    ['guest', allow.guest.to(['read'])],
    ['groups', allow.groups(['admin']).to(['read'])],
    ['resource', allow.resource('fn').to(['read'])],
  ])(
    '%s applies to every user folder: warned, e.g. authenticated read on private/{entity_id}/*',
    (_, rule) => {
      const d = design({
        'private/{entity_id}/*': [allow.entity('identity').to(['read', 'write', 'delete']), rule],
      });
      const [f] = expectAt(d, 'warn-shared-rule-on-owner-path', [[0, 1]]);
      expect(f!.message).toContain('private/{entity_id}/*');
    },
  );
  it('the owner rule alone, or the same rule on a plain path, is not', () => {
    expectNo(
      design({
        'private/{entity_id}/*': [allow.entity('identity').to(['read', 'write', 'delete'])],
      }),
      'warn-shared-rule-on-owner-path',
    );
    expectNo(
      design({ 'private/*': [allow.authenticated.to(['read'])] }),
      'warn-shared-rule-on-owner-path',
    );
  });
});

describe('group members use only the group role: one finding per group, naming its paths', () => {
  /** The group findings as [group, severity, paths]: design-level (no pathIndex). */
  const groupFindings = (d: Design) =>
    findings(d, 'warn-group-members-lose-access').map((f) => {
      expect(f.pathIndex).toBeUndefined();
      expect(f.storageIndex).toBe(0);
      return [f.name, f.severity, f.paths];
    });
  const mark = (d: Design) => {
    if (findings(d, 'warn-group-members-lose-access').length > 0)
      produced.add('warn-group-members-lose-access');
  };

  it('authenticated read where a declared group has nothing: a note for that group', () => {
    const d = design({ 'media/*': [allow.authenticated.to(['read'])] }, { groups: ['admin'] });
    expect(groupFindings(d)).toEqual([['admin', 'note', ['media/*']]]);
    mark(d);
  });
  it('many paths with the same cause give one finding per group, not one per path', () => {
    const access: Record<string, Rule[]> = {};
    for (let i = 0; i < 300; i++) access[`area${i}/*`] = [allow.authenticated.to(['read'])];
    const d = design(access, { groups: ['admin', 'auditor'] });
    const found = groupFindings(d);
    expect(found.map(([g, severity]) => [g, severity])).toEqual([
      ['admin', 'note'],
      ['auditor', 'note'],
    ]);
    expect(found[0]![2]).toHaveLength(300);
  });
  it('losing an own {entity_id} folder (owner rule) is a warning, and names every path', () => {
    const d = design(
      {
        'public/*': [allow.authenticated.to(['read'])],
        'private/{entity_id}/*': [allow.entity('identity').to(['read', 'write', 'delete'])],
      },
      { groups: ['admin'] },
    );
    expect(groupFindings(d)).toEqual([['admin', 'warning', ['public/*', 'private/{entity_id}/*']]]);
  });
  it('a group used elsewhere in the storage counts as declared', () => {
    const d = design({
      'media/*': [allow.authenticated.to(['read'])],
      'admin/*': [allow.groups(['admin']).to(['read'])],
    });
    expect(groupFindings(d)).toEqual([['admin', 'note', ['media/*']]]);
  });
  it('a group that gets fewer actions than signed-in users is noted too', () => {
    const d = design({
      'media/*': [allow.authenticated.to(['read', 'write']), allow.groups(['admin']).to(['read'])],
    });
    expect(groupFindings(d)).toEqual([['admin', 'note', ['media/*']]]);
  });
  it('nothing when every group gets at least what signed-in users get, or there are no groups', () => {
    expectNo(
      design({
        'media/*': [
          allow.authenticated.to(['read']),
          allow.groups(['admin']).to(['read', 'write']),
        ],
      }),
      'warn-group-members-lose-access',
    );
    expectNo(
      design({ 'media/*': [allow.authenticated.to(['read'])] }),
      'warn-group-members-lose-access',
    );
    expectNo(
      design({ 'media/*': [allow.guest.to(['read'])] }, { groups: ['admin'] }),
      'warn-group-members-lose-access',
    );
  });
});

describe('guest write or delete', () => {
  it('guest read + write: warned; the fix makes guest access read-only', () => {
    const d = design({ 'uploads/*': [allow.guest.to(['read', 'write'])] });
    const [f] = expectAt(d, 'warn-guest-write-or-delete', [[0, 0]]);
    expect(f!.message).toContain('uploads/*');
    const after = expectFixRemoves(d, f!);
    expect(after.storages[0]!.paths[0]!.rules).toEqual([allow.guest.to(['read'])]);
  });
  it('guest get + delete: the fix keeps get', () => {
    const d = design({ 'uploads/*': [allow.guest.to(['get', 'delete'])] });
    const [f] = expectAt(d, 'warn-guest-write-or-delete', [[0, 0]]);
    expect(expectFixRemoves(d, f!).storages[0]!.paths[0]!.rules).toEqual([allow.guest.to(['get'])]);
  });
  it('guest write only: the fix removes the guest rule', () => {
    const d = design({
      'uploads/*': [allow.authenticated.to(['read']), allow.guest.to(['write'])],
    });
    const [f] = expectAt(d, 'warn-guest-write-or-delete', [[0, 1]]);
    expect(expectFixRemoves(d, f!).storages[0]!.paths[0]!.rules).toEqual([
      allow.authenticated.to(['read']),
    ]);
  });
  it('guest read, and authenticated write, are not warned', () => {
    expectNo(
      design({
        'uploads/*': [allow.guest.to(['read']), allow.authenticated.to(['write', 'delete'])],
      }),
      'warn-guest-write-or-delete',
    );
  });
});

describe('deny by default does not hide names from a parent listing', () => {
  it('foo/* authenticated read + foo/bar/* guest read: authenticated cannot list foo/bar/ but listing foo/ shows its keys', () => {
    const d = design({
      'foo/*': [allow.authenticated.to(['read', 'write', 'delete'])],
      'foo/bar/*': [allow.guest.to(['read'])],
    });
    const [f] = expectAt(d, 'warn-parent-list-reveals-subpath', [[1]]);
    expect(f!.message).toContain('foo/bar/');
    expect(f!.severity).toBe('warning');
  });
  it("an owner folder denied under another path's cut prefix points at its own path", () => {
    // guest read on a/{entity_id}/* grants a/*; a/b/${sub}/* (owner rule) has parent a/*, which is not
    // its own cut prefix (a/b/*), so guest is denied list on a/b/${sub}/* (Amplify does the same).
    const d = design({
      'a/{entity_id}/*': [allow.guest.to(['read'])],
      'a/b/{entity_id}/*': [allow.entity('identity').to(['read', 'write'])],
    });
    const [f] = expectAt(d, 'warn-parent-list-reveals-subpath', [[1]]);
    expect(f!.path).toBe('a/b/{entity_id}/*');
  });
  it('no warning when the subpath lets the same role list (only write/delete are taken away)', () => {
    expectNo(
      design({
        'foo/*': [allow.authenticated.to(['read', 'write', 'delete'])],
        'foo/baz/*': [allow.authenticated.to(['read'])],
      }),
      'warn-parent-list-reveals-subpath',
    );
  });
  it('no warning when the parent grants no list to begin with', () => {
    expectNo(
      design({
        'foo/*': [allow.authenticated.to(['get', 'write'])],
        'foo/bar/*': [allow.guest.to(['read'])],
      }),
      'warn-parent-list-reveals-subpath',
    );
  });
  it('the owner folder under its own wildcard parent is not a deny, so no warning (Gen 1 protected)', () => {
    expectNo(
      design({
        'protected/{entity_id}/*': [
          allow.authenticated.to(['read']),
          allow.entity('identity').to(['read', 'write', 'delete']),
        ],
      }),
      'warn-parent-list-reveals-subpath',
    );
  });
});

describe('IAM special characters in a path', () => {
  it.each(['docs?/*', 'a${x}/*', 'a/${aws:username}/*'])(
    '%j is read by IAM as a wildcard or variable: warned',
    (path) => {
      const d = design({ [path]: [allow.guest.to(['read'])] });
      const [f] = expectAt(d, 'warn-iam-special-characters', [[0]]);
      expect(f!.message).toContain(path);
    },
  );
  it.each(['docs/*', 'price$/*', 'a/{entity_id}/*', 'a{b}/*'])('%j is fine', (path) => {
    expectNo(
      design({ [path]: [allow.entity('identity').to(['read'])] }),
      'warn-iam-special-characters',
    );
  });
});

describe('a rule that grants nothing', () => {
  it('to([]) next to another rule for the same role: a warning, with a fix removing it', () => {
    const d = design({ 'a/*': [allow.guest.to(['read'])], 'b/*': [allow.guest.to([])] });
    const [f] = expectAt(d, 'warn-rule-grants-nothing', [[1, 0]]);
    expect(findings(d, 'role-empty-policy')).toEqual([]);
    const after = expectFixRemoves(d, f!);
    expect(after.storages[0]!.paths[1]!.rules).toEqual([]);
  });
  it('groups([]) grants to nobody', () => {
    expectAt(design({ 'a/*': [allow.groups([]).to(['read'])] }), 'warn-rule-grants-nothing', [
      [0, 0],
    ]);
  });
  it('a rule with actions is not warned', () => {
    expectNo(design({ 'a/*': [allow.guest.to(['get'])] }), 'warn-rule-grants-nothing');
  });
});

describe('EmptyPolicyFault', () => {
  it('to([]) alone for a role: the role gets an empty policy and Amplify fails; the fix removes the rule', () => {
    const d = design({ 'a/*': [allow.authenticated.to(['read'])], 'b/*': [allow.guest.to([])] });
    const [f] = expectAt(d, 'role-empty-policy', [[1, 0]]);
    expect(f!.severity).toBe('error');
    expect(f!.message).toContain('b/*');
    const after = expectFixRemoves(d, f!);
    expect(errorsIn(validateDesign(after))).toEqual([]);
  });
  it('a function named only by an empty rule fails the same way', () => {
    expectAt(design({ 'a/*': [allow.resource('fn').to([])] }), 'role-empty-policy', [[0, 0]]);
  });
  it('an empty rule for a role that has actions elsewhere is no fault', () => {
    expectNo(
      design({ 'a/*': [allow.resource('fn').to([])], 'b/*': [allow.resource('fn').to(['get'])] }),
      'role-empty-policy',
    );
  });
  it('an empty path ([] rules) names no role, so no fault', () => {
    expectNo(design({ 'a/*': [] }), 'role-empty-policy');
  });
});

describe('the documented examples', () => {
  it('the Gen 1 pattern is accepted, with only the expected shared-read warning', () => {
    const d = design({
      'public/*': [allow.guest.to(['read']), allow.authenticated.to(['read', 'write', 'delete'])],
      'protected/{entity_id}/*': [
        allow.authenticated.to(['read']),
        allow.entity('identity').to(['read', 'write', 'delete']),
      ],
      'private/{entity_id}/*': [allow.entity('identity').to(['read', 'write', 'delete'])],
    });
    expect(validateDesign(d).map((f) => [f.code, f.pathIndex, f.ruleIndex])).toEqual([
      ['warn-shared-rule-on-owner-path', 1, 0],
    ]);
  });
  it('the Gen 1 pattern with one group gives at most 2 findings (the group is one cause)', () => {
    const d = design(
      {
        'public/*': [allow.guest.to(['read']), allow.authenticated.to(['read', 'write', 'delete'])],
        'protected/{entity_id}/*': [
          allow.authenticated.to(['read']),
          allow.entity('identity').to(['read', 'write', 'delete']),
        ],
        'private/{entity_id}/*': [allow.entity('identity').to(['read', 'write', 'delete'])],
      },
      { groups: ['admin'] },
    );
    expect(
      validateDesign(d)
        .map((f) => [f.code, f.severity].join(' '))
        .sort(),
    ).toEqual(['warn-group-members-lose-access warning', 'warn-shared-rule-on-owner-path warning']);
  });
});

describe('warn-role-identifier-collision', () => {
  const named = (groups: string[], functions: string[]): Design => ({
    storages: [{ name: 'files', hasAccess: true, paths: [] }],
    groups,
    functions,
  });
  it("flags a group whose Amplify acceptor id equals a function's or an auth role's", () => {
    const found = findings(
      named(['resizerLambda', 'authenticatedUserIamRole'], ['resizer']),
      'warn-role-identifier-collision',
    );
    expect(found.map((f) => f.name)).toEqual(['resizerLambda', 'authenticatedUserIamRole']);
    expect(found[0]!.message).toContain('"resizerLambda"');
    produced.add('warn-role-identifier-collision');
    expectNo(named(['resizerLambda', 'admins'], ['other']), 'warn-role-identifier-collision');
  });
});
