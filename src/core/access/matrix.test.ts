/**
 * The effective access matrix (spec §5). The two "access control matrix" tables of the docs
 * (seeds/storage-overview.txt and seeds/customize-authorization.txt) are transcribed below and must
 * come out exactly; "read" in the docs is get + list.
 */
import { describe, expect, it } from 'vitest';
import {
  accessMatrix,
  accessMatrixRows,
  accessModel,
  allow,
  lazyAccessMatrix,
  matrixRowHeads,
  designFromAccess,
  matrixPeople,
  type AccessAction,
  type AccessMatrix,
  type Design,
  type Person,
  type Rule,
} from '..';

const matrixOf = (design: Design, options?: { includeDeclaredFunctions?: boolean }): AccessMatrix =>
  accessMatrix(design, accessModel(design.storages[0]!), options);

/** The docs' words as actions. */
const docs = (cell: string): AccessAction[] =>
  cell === 'NONE'
    ? []
    : cell
        .split(', ')
        .flatMap((w) => (w === 'read' ? (['get', 'list'] as const) : [w as AccessAction]));

/** path → person → allowed actions. */
const table = (m: AccessMatrix) =>
  Object.fromEntries(
    m.rows.map((r) => [
      r.path,
      Object.fromEntries(Object.entries(r.cells).map(([p, c]) => [p, c!.allowed])),
    ]),
  );
const overridden = (m: AccessMatrix) =>
  Object.fromEntries(
    m.rows.map((r) => [
      r.path,
      Object.fromEntries(Object.entries(r.cells).map(([p, c]) => [p, c!.overridden])),
    ]),
  );

describe("the docs' access control matrix tables, exactly", () => {
  it('storage-overview.txt: foo/*, foo/bar/*, foo/baz/*, other/*', () => {
    const design = designFromAccess({
      'foo/*': [allow.authenticated.to(['read', 'write', 'delete'])],
      'foo/bar/*': [allow.guest.to(['read'])],
      'foo/baz/*': [allow.authenticated.to(['read'])],
      'other/*': [allow.guest.to(['read']), allow.authenticated.to(['read', 'write'])],
    });
    // foo/*                 foo/bar/*  foo/baz/*  other/*
    // Authenticated Users   read, write, delete  NONE  read  read, write
    // Guest users           NONE  read  NONE  read
    const m = matrixOf(design);
    expect(m.people).toEqual(['guest', 'authenticated']);
    expect(table(m)).toEqual({
      'foo/*': { authenticated: docs('read, write, delete'), guest: docs('NONE') },
      'foo/bar/*': { authenticated: docs('NONE'), guest: docs('read') },
      'foo/baz/*': { authenticated: docs('read'), guest: docs('NONE') },
      'other/*': { authenticated: docs('read, write'), guest: docs('read') },
    });
    // "For those subpaths, the scoped down access overrides the access granted on the parent foo/*"
    expect(overridden(m)).toEqual({
      'foo/*': { authenticated: [], guest: [] },
      'foo/bar/*': { authenticated: ['get', 'list', 'write', 'delete'], guest: [] },
      'foo/baz/*': { authenticated: ['write', 'delete'], guest: [] },
      'other/*': { authenticated: [], guest: [] },
    });
    expect(m.rows.map((r) => r.parentIndex)).toEqual([undefined, 0, 0, undefined]);
  });

  it('customize-authorization.txt: media/*, media/profile-pictures/*, media/albums/*, other/*', () => {
    const design = designFromAccess({
      'media/*': [allow.authenticated.to(['read', 'write', 'delete'])],
      'media/profile-pictures/*': [allow.guest.to(['read'])],
      'media/albums/*': [allow.authenticated.to(['read'])],
      'other/*': [allow.guest.to(['read']), allow.authenticated.to(['read', 'write'])],
    });
    // Path                  media/*  media/profile-pictures/*  media/albums/*  other/*
    // Authenticated Users   read, write, delete  NONE  read  read, write
    // Guest users           NONE  read  NONE  read
    const m = matrixOf(design);
    expect(table(m)).toEqual({
      'media/*': { authenticated: docs('read, write, delete'), guest: docs('NONE') },
      'media/profile-pictures/*': { authenticated: docs('NONE'), guest: docs('read') },
      'media/albums/*': { authenticated: docs('read'), guest: docs('NONE') },
      'other/*': { authenticated: docs('read, write'), guest: docs('read') },
    });
    expect(m.rows[1]!.cells.authenticated!.overridden).toEqual(['get', 'list', 'write', 'delete']);
    expect(m.rows[2]!.cells.authenticated!.overridden).toEqual(['write', 'delete']);
  });

  it('the cell decisions say why: the denied subpath cell is an explicit deny, a missing grant an implicit one', () => {
    const design = designFromAccess({
      'foo/*': [allow.authenticated.to(['read', 'write', 'delete'])],
      'foo/bar/*': [allow.guest.to(['read'])],
    });
    const m = matrixOf(design);
    const sub = m.rows[1]!.cells;
    expect(sub.authenticated!.decisions.get.kind).toBe('explicit-deny');
    expect(sub.authenticated!.decisions.list.kind).toBe('explicit-deny');
    expect(sub.guest!.decisions.get.kind).toBe('allow');
    expect(sub.guest!.decisions.write.kind).toBe('implicit-deny');
    expect(m.rows[0]!.cells.guest!.decisions.get.kind).toBe('implicit-deny');
  });
});

describe('Gen 1 public / protected / private', () => {
  const design = designFromAccess({
    'public/*': [allow.guest.to(['read']), allow.authenticated.to(['read', 'write', 'delete'])],
    'protected/{entity_id}/*': [
      allow.authenticated.to(['read']),
      allow.entity('identity').to(['read', 'write', 'delete']),
    ],
    'private/{entity_id}/*': [allow.entity('identity').to(['read', 'write', 'delete'])],
  });
  const m = matrixOf(design);

  it('has an owner column, with cells only on {entity_id} rows', () => {
    expect(m.people).toEqual(['guest', 'authenticated', 'owner']);
    expect(Object.keys(m.rows[0]!.cells).sort()).toEqual(['authenticated', 'guest']);
    expect(Object.keys(m.rows[1]!.cells).sort()).toEqual(['authenticated', 'guest', 'owner']);
  });

  it("authenticated = someone else's folder; owner = their own folder", () => {
    expect(table(m)).toEqual({
      'public/*': { guest: ['get', 'list'], authenticated: ['get', 'list', 'write', 'delete'] },
      'protected/{entity_id}/*': {
        guest: [],
        authenticated: ['get', 'list'],
        owner: ['get', 'list', 'write', 'delete'],
      },
      'private/{entity_id}/*': {
        guest: [],
        authenticated: [],
        owner: ['get', 'list', 'write', 'delete'],
      },
    });
  });

  it('nothing is overridden: no path has a parent', () => {
    for (const row of m.rows) {
      expect(row.parentIndex).toBeUndefined();
      for (const cell of Object.values(row.cells)) expect(cell!.overridden).toEqual([]);
    }
  });
});

describe('owner folders shared with others', () => {
  it('profile pictures: everyone reads every folder (media/profile-pictures/*/*), only the owner writes', () => {
    const m = matrixOf(
      designFromAccess({
        'media/profile-pictures/{entity_id}/*': [
          allow.entity('identity').to(['read', 'write', 'delete']),
          allow.guest.to(['read']),
          allow.authenticated.to(['read']),
        ],
      }),
    );
    expect(table(m)).toEqual({
      'media/profile-pictures/{entity_id}/*': {
        guest: ['get', 'list'],
        authenticated: ['get', 'list'],
        owner: ['get', 'list', 'write', 'delete'],
      },
    });
  });
  it('an owner rule alone: nobody but the owner', () => {
    const m = matrixOf(
      designFromAccess({
        'foo/{entity_id}/*': [allow.entity('identity').to(['read', 'write', 'delete'])],
      }),
    );
    expect(table(m)).toEqual({
      'foo/{entity_id}/*': {
        guest: [],
        authenticated: [],
        owner: ['get', 'list', 'write', 'delete'],
      },
    });
  });
});

describe('group and function columns', () => {
  it('group members get only their group role: no authenticated access, no owner access', () => {
    const design = designFromAccess(
      {
        'media/*': [
          allow.authenticated.to(['read', 'write', 'delete']),
          allow.groups(['auditor']).to(['read']),
        ],
        'private/{entity_id}/*': [allow.entity('identity').to(['read', 'write', 'delete'])],
      },
      { groups: ['admin', 'auditor'] },
    );
    const m = matrixOf(design);
    expect(m.people).toEqual(['guest', 'authenticated', 'owner', 'group:admin', 'group:auditor']);
    expect(table(m)).toEqual({
      'media/*': {
        guest: [],
        authenticated: ['get', 'list', 'write', 'delete'],
        'group:admin': [],
        'group:auditor': ['get', 'list'],
      },
      'private/{entity_id}/*': {
        guest: [],
        authenticated: [],
        owner: ['get', 'list', 'write', 'delete'],
        'group:admin': [],
        'group:auditor': [],
      },
    });
  });

  it('the docs group example: auditor read-only, admin full', () => {
    const m = matrixOf(
      designFromAccess({
        'media/*': [
          allow.groups(['auditor']).to(['read']),
          allow.groups(['admin']).to(['read', 'write', 'delete']),
        ],
      }),
    );
    expect(table(m)['media/*']).toEqual({
      guest: [],
      authenticated: [],
      'group:auditor': ['get', 'list'],
      'group:admin': ['get', 'list', 'write', 'delete'],
    });
  });

  it('a group in a multi-group rule that the subpath leaves out is overridden there', () => {
    const m = matrixOf(
      designFromAccess({
        'foo/*': [allow.groups(['a', 'b']).to(['read'])],
        'foo/bar/*': [allow.groups(['a']).to(['read'])],
      }),
    );
    expect(table(m)['foo/bar/*']).toEqual({
      guest: [],
      authenticated: [],
      'group:a': ['get', 'list'],
      'group:b': [],
    });
    expect(overridden(m)['foo/bar/*']).toEqual({
      guest: [],
      authenticated: [],
      'group:a': [],
      'group:b': ['get', 'list'],
    });
  });

  it('functions get what their rules grant', () => {
    const m = matrixOf(
      designFromAccess({
        'media/*': [allow.resource('demoFunction').to(['read', 'write', 'delete'])],
      }),
    );
    expect(m.people).toEqual(['guest', 'authenticated', 'function:demoFunction']);
    expect(table(m)['media/*']).toEqual({
      guest: [],
      authenticated: [],
      'function:demoFunction': ['get', 'list', 'write', 'delete'],
    });
  });
});

describe('subjects order', () => {
  const rules: Record<string, Rule[]> = {
    'a/*': [allow.resource('second').to(['get']), allow.groups(['c']).to(['get'])],
    'b/{entity_id}/*': [allow.resource('first').to(['get']), allow.groups(['a', 'x']).to(['get'])],
  };
  it('guest, authenticated, owner, declared groups in declaration order then undeclared by first use, functions by first use', () => {
    const design = designFromAccess(rules, {
      groups: ['b', 'a'],
      functions: ['unused', 'first', 'second'],
    });
    const expected: Person[] = [
      'guest',
      'authenticated',
      'owner',
      'group:b',
      'group:a',
      'group:c',
      'group:x',
      'function:second',
      'function:first',
    ];
    expect(matrixOf(design).people).toEqual(expected);
    expect(matrixPeople(design, design.storages[0]!)).toEqual(expected);
  });
  it('declared functions no rule uses appear only on request', () => {
    const design = designFromAccess(rules, { groups: [], functions: ['unused'] });
    expect(
      matrixOf(design, { includeDeclaredFunctions: true }).people.filter((p) =>
        p.startsWith('function:'),
      ),
    ).toEqual(['function:unused', 'function:second', 'function:first']);
  });
  it('no owner column without a {entity_id} path', () => {
    expect(
      matrixOf(designFromAccess({ 'a/*': [allow.entity('identity').to(['read'])] })).people,
    ).toEqual(['guest', 'authenticated']);
  });
});

describe('rows', () => {
  it('one row per defined path, in the order written, including paths with no rules', () => {
    const m = matrixOf(designFromAccess({ 'z/*': [], 'a/*': [allow.guest.to(['get'])] }));
    expect(m.rows.map((r) => [r.pathIndex, r.path])).toEqual([
      [0, 'z/*'],
      [1, 'a/*'],
    ]);
    expect(table(m)['z/*']).toEqual({ guest: [], authenticated: [] });
  });
  it('a cell is about objects directly in the path: a deeper defined path does not leak into its parent row', () => {
    // guest can read foo/bar/* only; the foo/* row must not show guest read
    const m = matrixOf(
      designFromAccess({
        'foo/*': [allow.authenticated.to(['read'])],
        'foo/bar/*': [allow.guest.to(['read'])],
      }),
    );
    expect(table(m)['foo/*']!.guest).toEqual([]);
  });
});

describe('only the rows asked for (the windowed editor)', () => {
  const design = designFromAccess({
    'public/*': [allow.guest.to(['read']), allow.authenticated.to(['read', 'write'])],
    'public/drafts/*': [allow.authenticated.to(['read'])],
    'private/{entity_id}/*': [allow.entity('identity').to(['read', 'write', 'delete'])],
    'admin/*': [allow.groups(['admin']).to(['read', 'write', 'delete'])],
  });
  const model = accessModel(design.storages[0]!);
  const plain = (rows: readonly unknown[]) => JSON.parse(JSON.stringify(rows));

  it('accessMatrixRows gives exactly the rows of the whole matrix, in the order asked, overrides included', () => {
    const all = accessMatrix(design, model);
    const some = accessMatrixRows(design, model, [1, 3, 0]);
    expect(some.map((r) => r.pathIndex)).toEqual([1, 3, 0]);
    expect(plain(some)).toEqual(plain([all.rows[1], all.rows[3], all.rows[0]]));
    expect(some[0]!.cells.authenticated!.overridden).toEqual(['write']);
  });

  it('a lazy matrix computes a row once, on first use, and reuses precomputed heads', () => {
    const heads = matrixRowHeads(design.storages[0]!.paths.map((p) => p.path));
    expect(heads.map((h) => h.parentIndex)).toEqual([undefined, 0, undefined, undefined]);
    const lazy = lazyAccessMatrix(design, model, { heads });
    expect(lazy.heads).toBe(heads);
    expect(lazy.row(2)).toBe(lazy.row(2));
    expect(plain([lazy.row(2)])).toEqual(plain([accessMatrix(design, model).rows[2]]));
    expect(() => lazy.row(4)).toThrow(RangeError);
  });

  it('extra paths get heads without a parent, numbered after the defined ones', () => {
    expect(matrixRowHeads(['a/*'], ['a/b/*'])).toEqual([
      { pathIndex: 0, path: 'a/*' },
      { pathIndex: 1, path: 'a/b/*' },
    ]);
  });
});
