/**
 * Rule findings (spec §2 rule 8, the builder's types and names the editor must know), checked
 * against access_builder.js / storage_access_orchestrator.js: for every rule-* code a design that
 * produces it and a close one that does not, on codes, severity and indices, and the fixes.
 */
import { afterAll, describe, expect, it } from 'vitest';
import {
  allow,
  applyEdit,
  applyEdits,
  designFromAccess,
  diffDesigns,
  fixPreview,
  FINDINGS,
  validateDesign,
  type Design,
  type Finding,
  type FindingCode,
  type Rule,
} from '..';

const CODES = [
  'rule-duplicate-principal',
  'rule-unknown-action',
  'rule-read-with-get-or-list',
  'rule-unknown-entity',
  'rule-legacy-group-builder',
  'rule-undeclared-group',
  'rule-undeclared-function',
] as const satisfies readonly FindingCode[];

const produced = new Set<FindingCode>();
const cleared = new Set<FindingCode>();

/** One storage, one path per entry; groups and functions declared as used unless given. */
const design = (
  access: Record<string, Rule[]>,
  options: { groups?: string[]; functions?: string[] } = {},
): Design => designFromAccess(access, options);

function findings(d: Design, code: FindingCode): Finding[] {
  return validateDesign(d).filter((f) => f.code === code);
}

/** Exactly these [pathIndex, ruleIndex] carry the code; checks severity and the storage index. */
function expectAt(d: Design, code: FindingCode, at: [number, number][]): Finding[] {
  const found = findings(d, code);
  expect(
    found.map((f) => [f.pathIndex, f.ruleIndex]),
    code,
  ).toEqual(at);
  for (const f of found) {
    expect(f.severity).toBe(FINDINGS[code].severity);
    expect(f.severity).toBe('error');
    expect(f.storageIndex).toBe(0);
    expect(f.path).toBe(d.storages[0]!.paths[f.pathIndex!]!.path);
  }
  if (found.length > 0) produced.add(code);
  return found;
}

function expectNo(d: Design, code: FindingCode): void {
  expect(findings(d, code)).toEqual([]);
  cleared.add(code);
}

function fixed(d: Design, f: Finding): Design {
  expect(f.fix, `${f.code} offers a fix`).toBeDefined();
  return applyEdits(d, f.fix!.edits);
}

afterAll(() => {
  expect([...CODES].sort()).toEqual(
    Object.keys(FINDINGS)
      .filter((c) => c.startsWith('rule-'))
      .sort(),
  );
  for (const code of CODES) {
    expect(produced.has(code), `${code} produced by some case`).toBe(true);
    expect(cleared.has(code), `${code} absent from a close valid case`).toBe(true);
  }
});

describe('rule 8: the same principal twice on one path', () => {
  it.each([
    ['guest', allow.guest.to(['read']), allow.guest.to(['write'])],
    ['authenticated', allow.authenticated.to(['get']), allow.authenticated.to(['list'])],
    ['entity', allow.entity('identity').to(['read']), allow.entity('identity').to(['write'])],
    ['one group', allow.groups(['a']).to(['read']), allow.groups(['a']).to(['write'])],
  ])('%s twice is an error on the second rule', (_, first, second) => {
    const path = _ === 'entity' ? 'media/{entity_id}/*' : 'media/*';
    const d = design({
      'other/*': [allow.guest.to(['read'])],
      [path]: [allow.resource('fn').to(['read']), first, second],
    });
    const [f] = expectAt(d, 'rule-duplicate-principal', [[1, 2]]);
    expect(f!.message).toContain(path);
  });

  it("groups(['a']) and groups(['a','b']) on one path clash (each group counts on its own)", () => {
    const d = design({
      'media/*': [allow.groups(['a']).to(['read']), allow.groups(['a', 'b']).to(['read'])],
    });
    const [f] = expectAt(d, 'rule-duplicate-principal', [[0, 1]]);
    expect(f!.message).toContain('media/*');
    expect(f!.message).toContain('"a"');
  });

  it("groups(['a','a']) repeats a group inside one rule: Amplify rejects that too", () => {
    expectAt(
      design({ 'media/*': [allow.groups(['a', 'a']).to(['read'])] }),
      'rule-duplicate-principal',
      [[0, 0]],
    );
  });

  it('allow.resource may repeat, even for the same function', () => {
    expectNo(
      design({
        'media/*': [allow.resource('fn').to(['read']), allow.resource('fn').to(['write'])],
      }),
      'rule-duplicate-principal',
    );
  });

  it('different principals, different groups, or the same principal on different paths are fine', () => {
    const d = design({
      'media/*': [
        allow.guest.to(['read']),
        allow.authenticated.to(['read']),
        allow.groups(['a']).to(['read']),
        allow.groups(['b', 'c']).to(['read']),
      ],
      'other/*': [allow.guest.to(['read'])],
      'media/{entity_id}/*': [allow.entity('identity').to(['read']), allow.guest.to(['read'])],
    });
    expectNo(d, 'rule-duplicate-principal');
  });

  it('the merge fix leaves one rule with the union of the actions, and the finding is gone', () => {
    const d = design({
      'media/*': [
        allow.guest.to(['get']),
        allow.authenticated.to(['read']),
        allow.guest.to(['list', 'write']),
      ],
    });
    const [f] = expectAt(d, 'rule-duplicate-principal', [[0, 2]]);
    const after = fixed(d, f!);
    expect(after.storages[0]!.paths[0]!.rules).toEqual([
      allow.guest.to(['read', 'write']),
      allow.authenticated.to(['read']),
    ]);
    expect(findings(after, 'rule-duplicate-principal')).toEqual([]);
  });

  it('a third repeat gives a second finding; each fix removes its own', () => {
    const d = design({
      'media/*': [allow.guest.to(['get']), allow.guest.to(['list']), allow.guest.to(['write'])],
    });
    const found = expectAt(d, 'rule-duplicate-principal', [
      [0, 1],
      [0, 2],
    ]);
    const once = fixed(d, found[1]!);
    expect(
      findings(once, 'rule-duplicate-principal').map((f) => [f.pathIndex, f.ruleIndex]),
    ).toEqual([[0, 1]]);
    const twice = fixed(once, findings(once, 'rule-duplicate-principal')[0]!);
    expect(findings(twice, 'rule-duplicate-principal')).toEqual([]);
    expect(twice.storages[0]!.paths[0]!.rules).toEqual([allow.guest.to(['read', 'write'])]);
  });
});

describe('rule 8: a group named twice where a rule names several groups', () => {
  it("groups(['a','b']) and groups(['a']): a is taken out and merged; b keeps its own; no access changes", () => {
    const d = design({
      'media/*': [
        allow.groups(['a', 'b']).to(['read']),
        allow.guest.to(['read']),
        allow.groups(['a']).to(['write']),
      ],
    });
    const [f] = expectAt(d, 'rule-duplicate-principal', [[0, 2]]);
    expect(f!.fix!.title).toBe('Merge into one rule for group "a"');
    const after = fixed(d, f!);
    expect(after.storages[0]!.paths[0]!.rules).toEqual([
      allow.groups(['b']).to(['read']),
      allow.groups(['a']).to(['read', 'write']),
      allow.guest.to(['read']),
    ]);
    expect(findings(after, 'rule-duplicate-principal')).toEqual([]);
    expect(diffDesigns(d, after).changes).toEqual([]);
    expect(fixPreview(d, f!.fix!)).toEqual(diffDesigns(d, after));
  });

  it("groups(['a','a']) inside one rule becomes groups(['a'])", () => {
    const d = design({ 'media/*': [allow.groups(['a', 'a', 'b']).to(['get', 'write'])] });
    const [f] = expectAt(d, 'rule-duplicate-principal', [[0, 0]]);
    const after = fixed(d, f!);
    expect(after.storages[0]!.paths[0]!.rules).toEqual([
      allow.groups(['b']).to(['get', 'write']),
      allow.groups(['a']).to(['get', 'write']),
    ]);
    expect(findings(after, 'rule-duplicate-principal')).toEqual([]);
    expect(diffDesigns(d, after).changes).toEqual([]);
  });

  it('two groups both named twice: each finding merges its own group', () => {
    const d = design({
      'media/*': [allow.groups(['a', 'b']).to(['read']), allow.groups(['a', 'b']).to(['delete'])],
    });
    const found = expectAt(d, 'rule-duplicate-principal', [
      [0, 1],
      [0, 1],
    ]);
    const once = fixed(d, found[0]!);
    const twice = fixed(once, findings(once, 'rule-duplicate-principal')[0]!);
    expect(findings(twice, 'rule-duplicate-principal')).toEqual([]);
    expect(diffDesigns(d, twice).changes).toEqual([]);
  });

  it('no merge while an action is unknown (it would be dropped) or none is granted', () => {
    const unknown = design({
      'media/*': [allow.groups(['a', 'b']).to(['reed']), allow.groups(['a']).to(['write'])],
    });
    expect(findings(unknown, 'rule-duplicate-principal')[0]!.fix).toBeUndefined();
    const empty = design({ 'media/*': [allow.groups(['a', 'a']).to([])] });
    expect(findings(empty, 'rule-duplicate-principal')[0]!.fix).toBeUndefined();
  });
});

describe('actions', () => {
  it.each([
    ['reed', 'read'],
    ['writes', 'write'],
    ['Delete', 'delete'],
  ])('unknown action %j is flagged and the fix replaces it with %j', (bad, good) => {
    const d = design({
      'media/*': [allow.guest.to(['get']), allow.authenticated.to(['list', bad])],
    });
    const [f] = expectAt(d, 'rule-unknown-action', [[0, 1]]);
    expect(f!.message).toContain(bad);
    const after = fixed(d, f!);
    expect(after.storages[0]!.paths[0]!.rules[1]!.actions).toEqual(['list', good]);
    expect(findings(after, 'rule-unknown-action')).toEqual([]);
  });

  it('an action nothing like a known one is removed by the fix', () => {
    const d = design({ 'media/*': [allow.guest.to(['read', 'fly-away'])] });
    const [f] = expectAt(d, 'rule-unknown-action', [[0, 0]]);
    expect(f!.message).toContain('fly-away');
    const after = fixed(d, f!);
    expect(after.storages[0]!.paths[0]!.rules[0]!.actions).toEqual(['read']);
    expect(findings(after, 'rule-unknown-action')).toEqual([]);
  });

  it('each unknown action is reported', () => {
    expectAt(
      design({ 'media/*': [allow.guest.to(['foo', 'read', 'bar'])] }),
      'rule-unknown-action',
      [
        [0, 0],
        [0, 0],
      ],
    );
  });

  it('the five known actions are accepted', () => {
    expectNo(
      design({
        'a/*': [allow.guest.to(['read', 'write', 'delete'])],
        'b/*': [allow.guest.to(['get', 'list'])],
      }),
      'rule-unknown-action',
    );
  });

  it.each([[['read', 'get']], [['list', 'read']], [['read', 'get', 'list', 'write']]])(
    'read mixed with get/list (%j) is a type error; the fix writes read alone',
    (actions) => {
      const d = design({ 'media/*': [allow.authenticated.to(actions)] });
      const [f] = expectAt(d, 'rule-read-with-get-or-list', [[0, 0]]);
      expect(f!.message).toContain('allow.authenticated');
      const after = fixed(d, f!);
      const written = after.storages[0]!.paths[0]!.rules[0]!.actions;
      expect(written[0]).toBe('read');
      expect(written).not.toContain('get');
      expect(written).not.toContain('list');
      expect(findings(after, 'rule-read-with-get-or-list')).toEqual([]);
    },
  );

  it('get + list without read, and read with write/delete, are fine', () => {
    expectNo(
      design({
        'a/*': [allow.guest.to(['get', 'list'])],
        'b/*': [allow.guest.to(['read', 'write', 'delete'])],
      }),
      'rule-read-with-get-or-list',
    );
  });
});

describe('principals', () => {
  it("allow.entity('user') is not a known entity; the fix uses 'identity'", () => {
    const d = design({ 'media/{entity_id}/*': [allow.entity('user').to(['read'])] });
    const [f] = expectAt(d, 'rule-unknown-entity', [[0, 0]]);
    expect(f!.message).toContain('user');
    const after = fixed(d, f!);
    expect(after.storages[0]!.paths[0]!.rules[0]).toEqual(allow.entity('identity').to(['read']));
    expect(findings(after, 'rule-unknown-entity')).toEqual([]);
  });

  it("allow.entity('identity') is fine", () => {
    expectNo(
      design({ 'media/{entity_id}/*': [allow.entity('identity').to(['read'])] }),
      'rule-unknown-entity',
    );
  });

  it("the legacy allow.group('admin') is flagged; the fix rewrites it as allow.groups(['admin'])", () => {
    const legacy: Rule = {
      principal: { kind: 'groups', groups: ['admin'], legacySingular: true },
      actions: ['read'],
    };
    const d = design({ 'foo/*': [allow.groups(['auditor']).to(['read']), legacy] });
    const [f] = expectAt(d, 'rule-legacy-group-builder', [[0, 1]]);
    expect(f!.message).toContain('admin');
    const after = fixed(d, f!);
    expect(after.storages[0]!.paths[0]!.rules[1]).toEqual(allow.groups(['admin']).to(['read']));
    expect(findings(after, 'rule-legacy-group-builder')).toEqual([]);
  });

  it("allow.groups(['admin']) is fine", () => {
    expectNo(
      design({ 'foo/*': [allow.groups(['admin']).to(['read'])] }),
      'rule-legacy-group-builder',
    );
  });
});

describe('names the design must declare (spec §2 rule 10)', () => {
  it('a group no auth group declares is flagged; the fix declares it', () => {
    const d = design(
      { 'foo/*': [allow.groups(['admin', 'auditor']).to(['read'])] },
      { groups: ['admin'] },
    );
    const [f] = expectAt(d, 'rule-undeclared-group', [[0, 0]]);
    expect(f!.name).toBe('auditor');
    expect(f!.message).toContain('auditor');
    const after = fixed(d, f!);
    expect(after.groups).toEqual(['admin', 'auditor']);
    expect(findings(after, 'rule-undeclared-group')).toEqual([]);
  });

  it('declared groups are fine (and a design read from resource.ts declares what it uses)', () => {
    expectNo(
      design(
        { 'foo/*': [allow.groups(['admin', 'auditor']).to(['read'])] },
        { groups: ['auditor', 'admin'] },
      ),
      'rule-undeclared-group',
    );
    expectNo(design({ 'foo/*': [allow.groups(['admin']).to(['read'])] }), 'rule-undeclared-group');
  });

  it('removing a group that rules still use is flagged', () => {
    const d = design({
      'foo/*': [allow.groups(['admin']).to(['read'])],
      'bar/*': [allow.groups(['admin']).to(['get'])],
    });
    expect(findings(d, 'rule-undeclared-group')).toEqual([]);
    const removed = applyEdit(d, { type: 'removeGroup', name: 'admin' });
    expectAt(removed, 'rule-undeclared-group', [
      [0, 0],
      [1, 0],
    ]);
  });

  it('a function not declared is flagged; the fix declares it', () => {
    const d = design({ 'foo/*': [allow.resource('resizer').to(['read'])] }, { functions: [] });
    const [f] = expectAt(d, 'rule-undeclared-function', [[0, 0]]);
    expect(f!.name).toBe('resizer');
    expect(f!.message).toContain('resizer');
    const after = fixed(d, f!);
    expect(after.functions).toEqual(['resizer']);
    expect(findings(after, 'rule-undeclared-function')).toEqual([]);
  });

  it('a declared function is fine', () => {
    expectNo(
      design({ 'foo/*': [allow.resource('resizer').to(['read'])] }, { functions: ['resizer'] }),
      'rule-undeclared-function',
    );
  });
});

describe('all at once', () => {
  it('every rule problem of every path is reported, in path then rule order', () => {
    const d = design(
      {
        'a/*': [allow.guest.to(['read']), allow.guest.to(['reed'])],
        'b/{entity_id}/*': [allow.entity('user').to(['read', 'get'])],
      },
      { groups: [] },
    );
    const ruleFindings = validateDesign(d).filter((f) => f.code.startsWith('rule-'));
    expect(ruleFindings.map((f) => [f.pathIndex, f.ruleIndex, f.code])).toEqual([
      [0, 1, 'rule-duplicate-principal'],
      [0, 1, 'rule-unknown-action'],
      [1, 0, 'rule-read-with-get-or-list'],
      [1, 0, 'rule-unknown-entity'],
    ]);
  });
});
