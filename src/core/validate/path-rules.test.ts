/**
 * Path findings (spec §2 rules 1-7 and duplicate keys), checked against validate_storage_access_paths.js:
 * for every path-* code one design that produces it and a close one that does not. Assertions are on
 * codes, severity and indices; messages are only required to quote the offending path.
 */
import { afterAll, describe, expect, it } from 'vitest';
import {
  allow,
  applyEdits,
  designFromAccess,
  FINDINGS,
  validateDesign,
  type Design,
  type Finding,
  type FindingCode,
  type Rule,
} from '..';

const CODES = [
  'path-leading-slash',
  'path-missing-wildcard-suffix',
  'path-double-slash',
  'path-inner-wildcard',
  'path-too-deep',
  'path-owner-has-prefix',
  'path-owner-token-repeated',
  'path-owner-token-not-last',
  'path-owner-token-first',
  'path-owner-token-not-alone',
  'path-duplicate',
] as const satisfies readonly FindingCode[];

const produced = new Set<FindingCode>();
const cleared = new Set<FindingCode>();

const read: Rule = allow.guest.to(['read']);
const owner: Rule = allow.entity('identity').to(['read', 'write', 'delete']);
/** A one-storage design with the given paths, in order (duplicates allowed). */
const design = (...paths: (string | [string, Rule[]])[]): Design =>
  designFromAccess(
    paths.map((p) =>
      typeof p === 'string' ? ([p, [p.includes('{entity_id}') ? owner : read]] as const) : p,
    ),
  );

const pathFindings = (d: Design) => validateDesign(d).filter((f) => f.code.startsWith('path-'));
const codesOf = (d: Design) => pathFindings(d).map((f) => f.code);

/** The findings with this code; records that the code was produced. */
function expectFinding(d: Design, code: FindingCode, pathIndex: number): Finding {
  const found = validateDesign(d).filter((f) => f.code === code);
  expect(
    found.map((f) => f.pathIndex),
    `${code} at path ${pathIndex}`,
  ).toEqual([pathIndex]);
  const f = found[0]!;
  expect(f.severity).toBe(FINDINGS[code].severity);
  expect(f.severity).toBe('error');
  expect(f.storageIndex).toBe(0);
  expect(f.ruleIndex).toBeUndefined();
  const path = d.storages[0]!.paths[pathIndex]!.path;
  expect(f.path).toBe(path);
  expect(f.message).toContain(path);
  produced.add(code);
  return f;
}

function expectNo(d: Design, code: FindingCode): void {
  expect(validateDesign(d).map((f) => f.code)).not.toContain(code);
  cleared.add(code);
}

/** Applies the finding's fix and checks the finding is gone (and no other path error appeared). */
function expectFixRemoves(d: Design, f: Finding): Design {
  expect(f.fix, `${f.code} offers a fix`).toBeDefined();
  const fixed = applyEdits(d, f.fix!.edits);
  expect(validateDesign(fixed).filter((g) => g.code === f.code)).toEqual([]);
  return fixed;
}

afterAll(() => {
  // Every path code of the catalog is covered here, both ways.
  expect([...CODES].sort()).toEqual(
    Object.keys(FINDINGS)
      .filter((c) => c.startsWith('path-'))
      .sort(),
  );
  for (const code of CODES) {
    expect(produced.has(code), `${code} produced by some case`).toBe(true);
    expect(cleared.has(code), `${code} absent from a close valid case`).toBe(true);
  }
});

describe('rule 1: no leading "/"', () => {
  it('flags /foo/* and the fix strips the slash', () => {
    const d = design('/foo/*');
    const f = expectFinding(d, 'path-leading-slash', 0);
    const fixed = expectFixRemoves(d, f);
    expect(fixed.storages[0]!.paths[0]!.path).toBe('foo/*');
    expect(codesOf(fixed)).toEqual([]);
  });
  it('accepts foo/* (and a "/" anywhere else)', () => {
    expectNo(design('foo/*'), 'path-leading-slash');
    expectNo(design('foo/bar/*'), 'path-leading-slash');
  });
});

describe('rule 2: must end with "/*"', () => {
  it.each(['foo/', 'foo', 'foo*', 'foo/bar'])('flags %j and the fix ends it with /*', (path) => {
    const d = design(path);
    const f = expectFinding(d, 'path-missing-wildcard-suffix', 0);
    const fixed = expectFixRemoves(d, f);
    expect(fixed.storages[0]!.paths[0]!.path).toMatch(/\/\*$/);
    expect(codesOf(fixed)).toEqual([]);
  });
  it('accepts foo/*', () => {
    expectNo(design('foo/*'), 'path-missing-wildcard-suffix');
  });
  it('a path with no "*" at all has no inner wildcard (rule 4 is about a "*" that is there)', () => {
    expect(codesOf(design('foo/bar'))).toEqual(['path-missing-wildcard-suffix']);
    expect(codesOf(design('foo/'))).toEqual(['path-missing-wildcard-suffix']);
  });
});

describe('rule 3: no "//"', () => {
  it('flags foo//bar/* and the fix collapses the slashes', () => {
    const d = design('foo//bar/*');
    const f = expectFinding(d, 'path-double-slash', 0);
    const fixed = expectFixRemoves(d, f);
    expect(fixed.storages[0]!.paths[0]!.path).toBe('foo/bar/*');
  });
  it('accepts foo/bar/*', () => {
    expectNo(design('foo/bar/*'), 'path-double-slash');
  });
});

describe('rule 4: "*" only as the last character', () => {
  it.each(['foo/*/bar/*', '*/foo/*', 'foo*/*'])('flags %j', (path) => {
    expectFinding(design(path), 'path-inner-wildcard', 0);
  });
  it('accepts foo/bar/*', () => {
    expectNo(design('foo/bar/*'), 'path-inner-wildcard');
  });
});

describe('rule 5: at most one other path is a prefix (spec §2 examples)', () => {
  it('foo/* + foo/bar/* is fine', () => {
    expect(codesOf(design('foo/*', 'foo/bar/*'))).toEqual([]);
    expectNo(design('foo/*', 'foo/bar/*'), 'path-too-deep');
  });
  it('+ foo/bar/baz/* is not: flagged on the deepest path only, naming both prefixes', () => {
    const d = design('foo/*', 'foo/bar/*', 'foo/bar/baz/*');
    const f = expectFinding(d, 'path-too-deep', 2);
    expect(f.message).toContain('foo/*');
    expect(f.message).toContain('foo/bar/*');
    expect(codesOf(d)).toEqual(['path-too-deep']);
  });
  it('is found whatever the order of the paths', () => {
    expectFinding(design('foo/bar/baz/*', 'foo/bar/*', 'foo/*'), 'path-too-deep', 0);
  });
  it('siblings under one parent are fine (foo/bar/*, foo/baz/*)', () => {
    expectNo(design('foo/*', 'foo/bar/*', 'foo/baz/*'), 'path-too-deep');
  });
  it('a prefix is the other path with "*" removed, compared with startsWith', () => {
    // "foo/" is not a prefix of "foo-bar/x/*": foo-bar/x/* has one prefix (foo-bar/*), fine
    expectNo(design('foo/*', 'foo-bar/*', 'foo-bar/x/*'), 'path-too-deep');
    // "a/" and "a/b/" both are prefixes of "a/b/c/*"
    expectFinding(design('a/*', 'a/b/*', 'a/b/c/*'), 'path-too-deep', 2);
  });
});

describe('rule 6: a {entity_id} path has no other path as a prefix', () => {
  it('foo/* + foo/{entity_id}/* is not allowed (flagged on the owner path)', () => {
    const d = design('foo/*', 'foo/{entity_id}/*');
    const f = expectFinding(d, 'path-owner-has-prefix', 1);
    expect(f.message).toContain('foo/*');
  });
  it('foo/* + foo/bar/{entity_id}/* is not allowed', () => {
    expectFinding(design('foo/*', 'foo/bar/{entity_id}/*'), 'path-owner-has-prefix', 1);
  });
  it('is found with the owner path first too', () => {
    expectFinding(design('foo/{entity_id}/*', 'foo/*'), 'path-owner-has-prefix', 0);
  });
  it('an owner path next to unrelated paths is fine', () => {
    const d = design('bar/*', 'foo/{entity_id}/*', 'foo-x/*');
    expectNo(d, 'path-owner-has-prefix');
    expect(codesOf(d)).toEqual([]);
  });
});

describe('rule 7: {entity_id} once, alone, right before the final /*, never first (spec §2 examples)', () => {
  it('foo/{entity_id}/* is fine', () => {
    const d = design('foo/{entity_id}/*');
    expect(codesOf(d)).toEqual([]);
    for (const code of [
      'path-owner-token-repeated',
      'path-owner-token-not-last',
      'path-owner-token-first',
      'path-owner-token-not-alone',
    ] as const) {
      expectNo(d, code);
    }
  });
  it('foo/x{entity_id}/* is not: the token is not alone in its part', () => {
    expectFinding(design('foo/x{entity_id}/*'), 'path-owner-token-not-alone', 0);
  });
  it('{entity_id}/* is not: the token is the first part', () => {
    expectFinding(design('{entity_id}/*'), 'path-owner-token-first', 0);
  });
  it('foo/{entity_id}/bar/* is not: the token is not the last part', () => {
    expectFinding(design('foo/{entity_id}/bar/*'), 'path-owner-token-not-last', 0);
  });
  it('foo/{entity_id}x/* is not: something follows the token in its part', () => {
    expectFinding(design('foo/{entity_id}x/*'), 'path-owner-token-not-last', 0);
  });
  it('a/{entity_id}/{entity_id}/* is not: the token appears twice', () => {
    expectFinding(design('a/{entity_id}/{entity_id}/*'), 'path-owner-token-repeated', 0);
  });
});

describe('duplicate keys', () => {
  it('the same path written twice is flagged on the second occurrence', () => {
    const d = design(
      ['media/*', [read]],
      ['other/*', [read]],
      ['media/*', [allow.authenticated.to(['read'])]],
    );
    expectFinding(d, 'path-duplicate', 2);
  });
  it('the fix merges the duplicate into the first: rules joined by principal, one path left', () => {
    const d = design(
      ['media/*', [read, allow.groups(['admin']).to(['get'])]],
      ['other/*', [read]],
      [
        'media/*',
        [allow.authenticated.to(['read']), allow.groups(['admin']).to(['list', 'write'])],
      ],
    );
    const after = expectFixRemoves(d, expectFinding(d, 'path-duplicate', 2));
    expect(after.storages[0]!.paths.map((p) => p.path)).toEqual(['media/*', 'other/*']);
    expect(after.storages[0]!.paths[0]!.rules).toEqual([
      read,
      allow.groups(['admin']).to(['read', 'write']),
      allow.authenticated.to(['read']),
    ]);
  });
  it('different paths are not duplicates', () => {
    expectNo(design('media/*', 'media2/*'), 'path-duplicate');
  });
});

describe('all at once', () => {
  it('every invalid path is reported in one pass, in path order', () => {
    const d = design('/a/*', 'b', 'c//d/*', 'e/*/f/*', '{entity_id}/*', 'ok/*');
    const found = pathFindings(d);
    expect(found.map((f) => [f.pathIndex, f.code])).toEqual([
      [0, 'path-leading-slash'],
      [1, 'path-missing-wildcard-suffix'],
      [2, 'path-double-slash'],
      [3, 'path-inner-wildcard'],
      [4, 'path-owner-token-first'],
    ]);
  });
  it('findings carry the storage index of the storage they are in', () => {
    const base = design('ok/*');
    const d: Design = {
      ...base,
      storages: [
        { ...base.storages[0]!, isDefault: true },
        {
          name: 'second',
          hasAccess: true,
          paths: [
            { path: 'x/*', rules: [read] },
            { path: '/y/*', rules: [read] },
          ],
        },
      ],
    };
    const found = validateDesign(d).filter((f) => f.code === 'path-leading-slash');
    expect(found.map((f) => [f.storageIndex, f.pathIndex])).toEqual([[1, 1]]);
  });
  it('the same paths in separate storages do not interact', () => {
    const base = design('foo/*', 'foo/bar/*');
    const d: Design = {
      ...base,
      storages: [
        { ...base.storages[0]!, isDefault: true },
        { name: 'second', hasAccess: true, paths: [{ path: 'foo/bar/baz/*', rules: [read] }] },
      ],
    };
    expect(codesOf(d)).toEqual([]);
  });
});
