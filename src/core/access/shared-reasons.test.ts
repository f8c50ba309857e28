import { describe, expect, it } from 'vitest';
import {
  accessMatrix,
  accessModel,
  allow,
  designFromAccess,
  sharedReasons,
  type Design,
  type Person,
} from '..';

const cellOf = (design: Design, path: string, person: Person) => {
  const m = accessMatrix(design, accessModel(design.storages[0]!));
  return m.rows.find((r) => r.path === path)!.cells[person]!;
};
/** Each group as its actions and cause kind (codes, not wording). */
const grouped = (design: Design, path: string, person: Person) =>
  sharedReasons(cellOf(design, path, person).decisions).map((g) => ({
    actions: g.actions.join(' '),
    allowed: g.allowed,
    cause: g.cause.kind,
  }));

const prefixExample = designFromAccess(
  {
    'media/*': [allow.authenticated.to(['read', 'write', 'delete'])],
    'media/profile-pictures/*': [allow.guest.to(['read'])],
    'media/albums/*': [allow.authenticated.to(['read'])],
  },
  { groups: ['admin'] },
);

describe('sharedReasons: one reason per cause, not per action', () => {
  it('get and list granted by one read rule share one reason; the rest share "no rule"', () => {
    expect(grouped(prefixExample, 'media/profile-pictures/*', 'guest')).toEqual([
      { actions: 'get list', allowed: true, cause: 'rules' },
      { actions: 'write delete', allowed: false, cause: 'no-statement' },
    ]);
    const [read] = sharedReasons(
      cellOf(prefixExample, 'media/profile-pictures/*', 'guest').decisions,
    );
    expect(read!.cause).toEqual({
      kind: 'rules',
      role: 'guest',
      prefix: 'media/profile-pictures/*',
      rules: [{ rule: 'allow.guest.to(["read"])', path: 'media/profile-pictures/*' }],
    });
  });

  it("a subpath's deny by default takes the parent's write and delete away, as one cause", () => {
    expect(grouped(prefixExample, 'media/albums/*', 'authenticated')).toEqual([
      { actions: 'get list', allowed: true, cause: 'rules' },
      { actions: 'write delete', allowed: false, cause: 'subpath-deny' },
    ]);
    const deny = sharedReasons(
      cellOf(prefixExample, 'media/albums/*', 'authenticated').decisions,
    )[1]!;
    expect(deny.cause).toMatchObject({
      kind: 'subpath-deny',
      role: 'authenticated',
      prefix: 'media/albums/*',
      parent: 'media/*',
    });
  });

  it('every action from one rule: a single reason for the whole cell', () => {
    expect(grouped(prefixExample, 'media/*', 'authenticated')).toEqual([
      { actions: 'get list write delete', allowed: true, cause: 'rules' },
    ]);
  });

  it('a role no rule names: one "no policy" reason', () => {
    expect(grouped(prefixExample, 'media/*', 'group:admin')).toEqual([
      { actions: 'get list write delete', allowed: false, cause: 'no-policy' },
    ]);
  });

  it('actions granted by different rules keep apart', () => {
    const design = designFromAccess({
      'docs/*': [allow.guest.to(['get']), allow.guest.to(['list', 'write'])],
    });
    expect(grouped(design, 'docs/*', 'guest')).toEqual([
      { actions: 'get', allowed: true, cause: 'rules' },
      { actions: 'list write', allowed: true, cause: 'rules' },
      { actions: 'delete', allowed: false, cause: 'no-statement' },
    ]);
  });

  it("the owner's folder names the rule as written, and the policy's prefix it reaches through", () => {
    const design = designFromAccess({
      'private/{entity_id}/*': [allow.entity('identity').to(['read', 'write'])],
    });
    const [own, rest] = sharedReasons(cellOf(design, 'private/{entity_id}/*', 'owner').decisions);
    expect(own!.actions).toEqual(['get', 'list', 'write']);
    expect(own!.cause).toMatchObject({
      kind: 'rules',
      role: 'authenticated',
      rules: [{ path: 'private/{entity_id}/*' }],
    });
    expect(own!.reason).toContain('through');
    expect(rest!.actions).toEqual(['delete']);
  });

  it('allowed and denied actions never share a group, whatever their causes', () => {
    for (const person of ['guest', 'authenticated', 'group:admin'] as const)
      for (const path of ['media/*', 'media/profile-pictures/*', 'media/albums/*']) {
        const cell = cellOf(prefixExample, path, person);
        for (const g of sharedReasons(cell.decisions))
          for (const a of g.actions) expect(cell.decisions[a].allowed).toBe(g.allowed);
      }
  });
});
