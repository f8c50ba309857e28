/**
 * Design edits: every edit kind, structural sharing (untouched objects keep their identity, a no-op
 * returns the very same design), and setGrant's semantics.
 */
import { describe, expect, it } from 'vitest';
import {
  allow,
  applyEdit,
  applyEdits,
  granteeOf,
  grantState,
  designFromAccess,
  type Design,
  type DesignEdit,
  type Grantee,
  type Rule,
  type RuleAction,
  type Storage,
  pathAt,
  pathIdOf,
} from '..';

const base = (): Design => ({
  storages: [
    {
      name: 'files',
      isDefault: true,
      hasAccess: true,
      triggers: { onUpload: 'resize' },
      paths: [
        { path: 'a/*', rules: [allow.guest.to(['read']), allow.groups(['admin']).to(['write'])] },
        { path: 'b/*', rules: [allow.authenticated.to(['get'])] },
        {
          path: 'c/{entity_id}/*',
          rules: [allow.entity('identity').to(['read']), allow.resource('resize').to(['get'])],
        },
      ],
    },
    {
      name: 'logs',
      hasAccess: true,
      paths: [{ path: 'logs/*', rules: [allow.resource('resize').to(['write'])] }],
    },
  ],
  groups: ['admin', 'auditor'],
  functions: ['resize', 'cleanup'],
});

const paths = (d: Design, s = 0) => d.storages[s]!.paths.map((p) => p.path);

describe('storages', () => {
  it('addStorage appends and keeps the others', () => {
    const d = base();
    const extra: Storage = { name: 'extra', hasAccess: false, paths: [] };
    const next = applyEdit(d, { type: 'addStorage', storage: extra });
    expect(next.storages.map((s) => s.name)).toEqual(['files', 'logs', 'extra']);
    expect(next.storages[2]).toBe(extra);
    expect(next.storages[0]).toBe(d.storages[0]);
    expect(next.groups).toBe(d.groups);
  });
  it('updateStorage patches one storage; paths and the other storage are shared', () => {
    const d = base();
    const next = applyEdit(d, {
      type: 'updateStorage',
      storageIndex: 1,
      patch: { name: 'audit', versioned: true },
    });
    expect(next.storages[1]).toMatchObject({ name: 'audit', versioned: true });
    expect(next.storages[1]!.paths).toBe(d.storages[1]!.paths);
    expect(next.storages[0]).toBe(d.storages[0]);
    expect(d.storages[1]!.name).toBe('logs');
  });
  it('removeStorage removes by index', () => {
    const d = base();
    const next = applyEdit(d, { type: 'removeStorage', storageIndex: 0 });
    expect(next.storages).toEqual([d.storages[1]]);
    expect(next.storages[0]).toBe(d.storages[1]);
  });
  it('setDefaultStorage moves isDefault to one storage', () => {
    const d = base();
    const next = applyEdit(d, { type: 'setDefaultStorage', storageIndex: 1 });
    expect(next.storages.map((s) => s.isDefault === true)).toEqual([false, true]);
    expect('isDefault' in next.storages[0]!).toBe(false);
    expect(next.storages[0]!.paths).toBe(d.storages[0]!.paths);
  });
  it('out-of-range storage indices change nothing (same design)', () => {
    const d = base();
    for (const edit of [
      { type: 'updateStorage', storageIndex: 5, patch: { name: 'x' } },
      { type: 'removeStorage', storageIndex: -1 },
      { type: 'setDefaultStorage', storageIndex: 2 },
      { type: 'addPath', storageIndex: 9, path: 'x/*' },
    ] as DesignEdit[]) {
      expect(applyEdit(d, edit)).toBe(d);
    }
  });
});

describe('paths', () => {
  it('addPath appends (or inserts at) and turns on the access callback', () => {
    const d: Design = {
      storages: [{ name: 'files', hasAccess: false, paths: [] }],
      groups: [],
      functions: [],
    };
    const one = applyEdit(d, { type: 'addPath', storageIndex: 0, path: 'x/*' });
    expect(one.storages[0]).toEqual({
      name: 'files',
      hasAccess: true,
      paths: [{ path: 'x/*', rules: [] }],
    });
    const rules = [allow.guest.to(['read'])];
    const two = applyEdit(one, { type: 'addPath', storageIndex: 0, path: 'w/*', rules, at: 0 });
    expect(paths(two)).toEqual(['w/*', 'x/*']);
    expect(two.storages[0]!.paths[0]!.rules).toBe(rules);
    expect(two.storages[0]!.paths[1]).toBe(one.storages[0]!.paths[0]);
  });
  it('renamePath renames one path and keeps its rules', () => {
    const d = base();
    const next = applyEdit(d, { type: 'renamePath', ...pathAt(d, 0, 1), path: 'bee/*' });
    expect(paths(next)).toEqual(['a/*', 'bee/*', 'c/{entity_id}/*']);
    expect(next.storages[0]!.paths[1]!.rules).toBe(d.storages[0]!.paths[1]!.rules);
    expect(next.storages[0]!.paths[0]).toBe(d.storages[0]!.paths[0]);
    expect(next.storages[1]).toBe(d.storages[1]);
  });
  it('renamePath to the same name is a no-op', () => {
    const d = base();
    expect(applyEdit(d, { type: 'renamePath', ...pathAt(d, 0, 1), path: 'b/*' })).toBe(d);
  });
  it('removePath and movePath', () => {
    const d = base();
    expect(paths(applyEdit(d, { type: 'removePath', ...pathAt(d, 0, 0) }))).toEqual([
      'b/*',
      'c/{entity_id}/*',
    ]);
    const moved = applyEdit(d, { type: 'movePath', ...pathAt(d, 0, 2), to: 0 });
    expect(paths(moved)).toEqual(['c/{entity_id}/*', 'a/*', 'b/*']);
    expect(moved.storages[0]!.paths[0]).toBe(d.storages[0]!.paths[2]);
    expect(applyEdit(d, { type: 'removePath', ...pathAt(d, 0, 3) })).toBe(d);
  });
});

describe('stable path ids', () => {
  it('an edit made for a row still finds it after a path was added above it', () => {
    const d = base();
    const b = pathAt(d, 0, 1);
    const shifted = applyEdit(d, { type: 'addPath', storageIndex: 0, path: 'new/*', at: 0 });
    const renamed = applyEdit(shifted, { type: 'renamePath', ...b, path: 'bee/*' });
    expect(paths(renamed)).toEqual(['new/*', 'a/*', 'bee/*', 'c/{entity_id}/*']);
    const removed = applyEdit(shifted, { type: 'removePath', ...b });
    expect(paths(removed)).toEqual(['new/*', 'a/*', 'c/{entity_id}/*']);
  });
  it('a path keeps its id through edits to it, and a removed path is addressed by no edit', () => {
    const d = base();
    const a = pathAt(d, 0, 0);
    const ticked = applyEdit(d, {
      type: 'setGrant',
      ...a,
      grantee: { kind: 'guest' },
      action: 'write',
      granted: true,
    });
    const renamed = applyEdit(ticked, { type: 'renamePath', ...a, path: 'aa/*' });
    const moved = applyEdit(renamed, { type: 'movePath', ...a, to: 2 });
    expect(paths(moved)).toEqual(['b/*', 'c/{entity_id}/*', 'aa/*']);
    expect(pathAt(moved, 0, 2)).toEqual(a);
    expect(pathIdOf(d.storages[0]!.paths[0]!)).toBe(a.pathId);
    const removed = applyEdit(moved, { type: 'removePath', ...a });
    expect(applyEdit(removed, { type: 'renamePath', ...a, path: 'x/*' })).toBe(removed);
  });
  it('renaming a group keeps the ids of the paths whose rules it rewrote', () => {
    const d = base();
    const a = pathAt(d, 0, 0);
    const next = applyEdit(d, { type: 'renameGroup', from: 'admin', to: 'admins' });
    expect(next.storages[0]!.paths[0]).not.toBe(d.storages[0]!.paths[0]);
    expect(pathAt(next, 0, 0)).toEqual(a);
  });
  it('ids are distinct per path and not part of the design (JSON and equality unchanged)', () => {
    const d = base();
    const ids = d.storages.flatMap((s) => s.paths.map(pathIdOf));
    expect(new Set(ids).size).toBe(ids.length);
    expect(JSON.stringify(d)).toBe(JSON.stringify(base()));
    expect(d).toEqual(base());
    expect(pathAt(d, 0, 9)).toEqual({ storageIndex: 0, pathId: '' });
  });
});

describe('rules', () => {
  it('addRule appends to one path only', () => {
    const d = base();
    const rule = allow.guest.to(['get']);
    const next = applyEdit(d, { type: 'addRule', ...pathAt(d, 0, 1), rule });
    expect(next.storages[0]!.paths[1]!.rules).toEqual([allow.authenticated.to(['get']), rule]);
    expect(next.storages[0]!.paths[1]!.rules[0]).toBe(d.storages[0]!.paths[1]!.rules[0]);
    expect(next.storages[0]!.paths[0]).toBe(d.storages[0]!.paths[0]);
    expect(next.storages[0]!.paths[2]).toBe(d.storages[0]!.paths[2]);
  });
  it('replaceRule and removeRule', () => {
    const d = base();
    const rule = allow.groups(['auditor']).to(['read']);
    const replaced = applyEdit(d, {
      type: 'replaceRule',
      ...pathAt(d, 0, 0),
      ruleIndex: 1,
      rule,
    });
    expect(replaced.storages[0]!.paths[0]!.rules).toEqual([allow.guest.to(['read']), rule]);
    expect(replaced.storages[0]!.paths[0]!.rules[0]).toBe(d.storages[0]!.paths[0]!.rules[0]);
    const removed = applyEdit(d, {
      type: 'removeRule',
      ...pathAt(d, 0, 0),
      ruleIndex: 0,
    });
    expect(removed.storages[0]!.paths[0]!.rules).toEqual([allow.groups(['admin']).to(['write'])]);
    expect(applyEdit(d, { type: 'removeRule', ...pathAt(d, 0, 0), ruleIndex: 2 })).toBe(d);
    expect(applyEdit(d, { type: 'replaceRule', ...pathAt(d, 0, 7), ruleIndex: 0, rule })).toBe(d);
  });
});

describe('groups and functions', () => {
  it('addGroup appends once; an existing or empty name is a no-op', () => {
    const d = base();
    expect(applyEdit(d, { type: 'addGroup', name: 'editors' }).groups).toEqual([
      'admin',
      'auditor',
      'editors',
    ]);
    expect(applyEdit(d, { type: 'addGroup', name: 'admin' })).toBe(d);
    expect(applyEdit(d, { type: 'addGroup', name: '' })).toBe(d);
  });
  it('removeGroup removes the declaration but leaves the rules (validation flags them)', () => {
    const d = base();
    const next = applyEdit(d, { type: 'removeGroup', name: 'admin' });
    expect(next.groups).toEqual(['auditor']);
    expect(next.storages).toBe(d.storages);
    expect(applyEdit(d, { type: 'removeGroup', name: 'nobody' })).toBe(d);
  });
  it('renameGroup renames the declaration and every rule; untouched storages are shared', () => {
    const d = base();
    const next = applyEdit(d, { type: 'renameGroup', from: 'admin', to: 'admins' });
    expect(next.groups).toEqual(['admins', 'auditor']);
    expect(next.storages[0]!.paths[0]!.rules[1]).toEqual(allow.groups(['admins']).to(['write']));
    expect(next.storages[0]!.paths[0]!.rules[0]).toBe(d.storages[0]!.paths[0]!.rules[0]);
    expect(next.storages[0]!.paths[1]).toBe(d.storages[0]!.paths[1]);
    expect(next.storages[1]).toBe(d.storages[1]);
    // onto an existing name, or from an unknown one: no-op
    expect(applyEdit(d, { type: 'renameGroup', from: 'admin', to: 'auditor' })).toBe(d);
    expect(applyEdit(d, { type: 'renameGroup', from: 'ghost', to: 'x' })).toBe(d);
  });
  it('moveGroup reorders (precedence)', () => {
    expect(applyEdit(base(), { type: 'moveGroup', from: 1, to: 0 }).groups).toEqual([
      'auditor',
      'admin',
    ]);
  });
  it('addFunction / removeFunction', () => {
    const d = base();
    expect(applyEdit(d, { type: 'addFunction', name: 'thumb' }).functions).toEqual([
      'resize',
      'cleanup',
      'thumb',
    ]);
    expect(applyEdit(d, { type: 'addFunction', name: 'resize' })).toBe(d);
    expect(applyEdit(d, { type: 'removeFunction', name: 'cleanup' }).functions).toEqual(['resize']);
    expect(applyEdit(d, { type: 'removeFunction', name: 'ghost' })).toBe(d);
  });
  it('renameFunction renames the declaration, every rule and every trigger', () => {
    const d = base();
    const next = applyEdit(d, { type: 'renameFunction', from: 'resize', to: 'resizer' });
    expect(next.functions).toEqual(['resizer', 'cleanup']);
    expect(next.storages[0]!.triggers).toEqual({ onUpload: 'resizer' });
    expect(next.storages[0]!.paths[2]!.rules[1]).toEqual(allow.resource('resizer').to(['get']));
    expect(next.storages[1]!.paths[0]!.rules[0]).toEqual(allow.resource('resizer').to(['write']));
    expect(next.storages[0]!.paths[0]).toBe(d.storages[0]!.paths[0]);
    expect(applyEdit(d, { type: 'renameFunction', from: 'resize', to: 'cleanup' })).toBe(d);
  });
});

describe('applyEdits', () => {
  it('applies in order and leaves the input untouched', () => {
    const d = base();
    const snapshot = JSON.stringify(d);
    const added = applyEdits(d, [{ type: 'addPath', storageIndex: 1, path: 'tmp/*' }]);
    const next = applyEdits(added, [
      { type: 'addRule', ...pathAt(added, 1, 1), rule: allow.guest.to(['write']) },
      { type: 'renamePath', ...pathAt(added, 1, 1), path: 'temp/*' },
    ]);
    expect(next.storages[1]!.paths[1]).toEqual({
      path: 'temp/*',
      rules: [allow.guest.to(['write'])],
    });
    expect(JSON.stringify(d)).toBe(snapshot);
    expect(applyEdits(d, [])).toBe(d);
  });
});

describe('setGrant', () => {
  const on = (rules: Rule[], path = 'p/*') => designFromAccess({ [path]: rules });
  const grant = (d: Design, grantee: Grantee, action: RuleAction, granted = true) =>
    applyEdit(d, { type: 'setGrant', ...pathAt(d, 0, 0), grantee, action, granted });
  const rulesOf = (d: Design) => d.storages[0]!.paths[0]!.rules;

  it('a first tick creates a rule for the grantee at the end', () => {
    const d = on([allow.authenticated.to(['read'])]);
    expect(rulesOf(grant(d, { kind: 'guest' }, 'get'))).toEqual([
      allow.authenticated.to(['read']),
      allow.guest.to(['get']),
    ]);
    expect(rulesOf(grant(d, { kind: 'owner' }, 'write'))).toEqual([
      allow.authenticated.to(['read']),
      allow.entity('identity').to(['write']),
    ]);
    expect(rulesOf(grant(d, { kind: 'function', name: 'fn' }, 'delete'))).toEqual([
      allow.authenticated.to(['read']),
      allow.resource('fn').to(['delete']),
    ]);
  });
  it('get + list is written as read; then the other actions in get, list, write, delete order', () => {
    let d = on([allow.guest.to(['get'])]);
    d = grant(d, { kind: 'guest' }, 'list');
    expect(rulesOf(d)).toEqual([allow.guest.to(['read'])]);
    d = grant(d, { kind: 'guest' }, 'delete');
    d = grant(d, { kind: 'guest' }, 'write');
    expect(rulesOf(d)).toEqual([allow.guest.to(['read', 'write', 'delete'])]);
    d = grant(d, { kind: 'guest' }, 'get', false);
    expect(rulesOf(d)).toEqual([allow.guest.to(['list', 'write', 'delete'])]);
  });
  it('the rule stays where it was among the others', () => {
    const d = on([
      allow.guest.to(['get']),
      allow.authenticated.to(['read']),
      allow.groups(['x']).to(['get']),
    ]);
    expect(rulesOf(grant(d, { kind: 'guest' }, 'write'))).toEqual([
      allow.guest.to(['get', 'write']),
      allow.authenticated.to(['read']),
      allow.groups(['x']).to(['get']),
    ]);
  });
  it('unticking the last action removes the rule', () => {
    const d = on([allow.guest.to(['get']), allow.authenticated.to(['read'])]);
    expect(rulesOf(grant(d, { kind: 'guest' }, 'get', false))).toEqual([
      allow.authenticated.to(['read']),
    ]);
  });
  it('unticking what is not granted, or ticking what is, changes nothing (same design)', () => {
    const d = on([allow.guest.to(['get'])]);
    expect(grant(d, { kind: 'authenticated' }, 'get', false)).toBe(d);
    expect(rulesOf(grant(d, { kind: 'guest' }, 'get'))).toEqual([allow.guest.to(['get'])]);
  });
  it('two rules for one grantee are merged into one', () => {
    const d = on([
      allow.guest.to(['get']),
      allow.authenticated.to(['get']),
      allow.guest.to(['write']),
    ]);
    expect(rulesOf(grant(d, { kind: 'guest' }, 'list'))).toEqual([
      allow.guest.to(['read', 'write']),
      allow.authenticated.to(['get']),
    ]);
  });
  it('a group is split out of a multi-group rule, the other groups keep theirs', () => {
    const d = on([allow.groups(['a', 'b', 'c']).to(['read'])]);
    expect(rulesOf(grant(d, { kind: 'group', name: 'b' }, 'write'))).toEqual([
      allow.groups(['a', 'c']).to(['read']),
      allow.groups(['b']).to(['read', 'write']),
    ]);
    expect(rulesOf(grant(d, { kind: 'group', name: 'a' }, 'list', false))).toEqual([
      allow.groups(['b', 'c']).to(['read']),
      allow.groups(['a']).to(['get']),
    ]);
  });
  it('unticking the only action of a group in a multi-group rule removes just that group', () => {
    const d = on([allow.groups(['a', 'b']).to(['get'])]);
    expect(rulesOf(grant(d, { kind: 'group', name: 'a' }, 'get', false))).toEqual([
      allow.groups(['b']).to(['get']),
    ]);
  });
  it('a rule naming the same group twice leaves no empty groups([]) rule behind', () => {
    const d = on([allow.groups(['a', 'a']).to(['get']), allow.guest.to(['get'])]);
    expect(rulesOf(grant(d, { kind: 'group', name: 'a' }, 'list'))).toEqual([
      allow.groups(['a']).to(['read']),
      allow.guest.to(['get']),
    ]);
  });
  it('touches only its path: other paths and storages keep their identity', () => {
    const d = designFromAccess({
      'p/*': [allow.guest.to(['get'])],
      'q/*': [allow.guest.to(['get'])],
    });
    const next = grant(d, { kind: 'guest' }, 'list');
    expect(next.storages[0]!.paths[1]).toBe(d.storages[0]!.paths[1]);
    expect(next.groups).toBe(d.groups);
  });
  it('owner grants replace an entity rule with the identity entity', () => {
    const d = on([allow.entity('identity').to(['read'])], 'p/{entity_id}/*');
    expect(rulesOf(grant(d, { kind: 'owner' }, 'write'))).toEqual([
      allow.entity('identity').to(['read', 'write']),
    ]);
  });
  it('read ticks and unticks get and list together, as one edit', () => {
    const d = on([allow.guest.to(['get']), allow.authenticated.to(['write'])]);
    expect(rulesOf(grant(d, { kind: 'guest' }, 'read'))).toEqual([
      allow.guest.to(['read']),
      allow.authenticated.to(['write']),
    ]);
    expect(rulesOf(grant(d, { kind: 'authenticated' }, 'read'))).toEqual([
      allow.guest.to(['get']),
      allow.authenticated.to(['read', 'write']),
    ]);
    const readWrite = on([allow.guest.to(['read', 'write'])]);
    expect(rulesOf(grant(readWrite, { kind: 'guest' }, 'read', false))).toEqual([
      allow.guest.to(['write']),
    ]);
    expect(rulesOf(grant(d, { kind: 'guest' }, 'read', false))).toEqual([
      allow.authenticated.to(['write']),
    ]);
  });
  it('read is the same as ticking get then list', () => {
    const d = on([allow.groups(['a', 'b']).to(['write']), allow.guest.to(['list'])]);
    const a = { kind: 'group', name: 'a' } as const;
    expect(grant(d, a, 'read')).toEqual(grant(grant(d, a, 'get'), a, 'list'));
  });
});

describe('grantState and granteeOf', () => {
  it('read shows granted with get and list, partly with one of them', () => {
    expect(grantState(new Set(['get', 'list']), 'read')).toBe('granted');
    expect(grantState(new Set(['list', 'write']), 'read')).toBe('partly');
    expect(grantState(new Set(['write']), 'read')).toBe('not');
    expect(grantState(new Set(['write']), 'write')).toBe('granted');
    expect(grantState(new Set(['get']), 'list')).toBe('not');
  });
  it('maps each kind of matrix person to the grantee its checkboxes edit', () => {
    expect(granteeOf('guest')).toEqual({ kind: 'guest' });
    expect(granteeOf('authenticated')).toEqual({ kind: 'authenticated' });
    expect(granteeOf('owner')).toEqual({ kind: 'owner' });
    expect(granteeOf('group:a:b')).toEqual({ kind: 'group', name: 'a:b' });
    expect(granteeOf('function:resize')).toEqual({ kind: 'function', name: 'resize' });
  });
});
