import { describe, expect, it } from 'vitest';
import { applyEdit } from '../edit/apply';
import type { DesignEdit } from '../edit/edits';
import { allow, designFromAccess } from '../model/build';
import { pathIdOf } from '../model/ids';
import type { Design, Rule } from '../model/types';
import { compileStorage, compileStorageLaidOut, type RuleFacts } from './compile';
import { compileAfterRuleEdits, compiledBefore, type CompiledBefore } from './incremental';

const design = designFromAccess(
  [
    ['media/*', [allow.authenticated.to(['read']), allow.guest.to(['read'])]],
    ['media/thumbs/*', [allow.groups(['admin']).to(['read', 'delete'])]],
    ['media/{entity_id}/*', [allow.guest.to(['read'])]],
    ['private/{entity_id}/*', [allow.entity('identity').to(['read', 'write', 'delete'])]],
  ],
  { groups: ['admin'] },
);

function start(from: Design): { before: CompiledBefore; facts: WeakMap<Rule, RuleFacts> } {
  const facts = new WeakMap<Rule, RuleFacts>();
  const storage = from.storages[0]!;
  const { compiled, layout, fold } = compileStorageLaidOut(storage, undefined, facts);
  return { before: compiledBefore(storage, compiled, layout, fold!), facts };
}

const onPath = (path: number, edit: Record<string, unknown>) =>
  ({ storageIndex: 0, pathId: pathIdOf(design.storages[0]!.paths[path]!), ...edit }) as DesignEdit;

describe('compileAfterRuleEdits', () => {
  it('compiles a tick as a fresh compile does, keeping the policies of the roles it left alone', () => {
    const { before, facts } = start(design);
    const edited = applyEdit(
      design,
      onPath(0, { type: 'setGrant', grantee: { kind: 'guest' }, action: 'write', granted: true }),
    );
    const after = compileAfterRuleEdits(edited.storages[0]!, before, facts)!;
    expect(after.compiled).toStrictEqual(compileStorage(edited.storages[0]!));
    const kept = after.compiled.policies.filter((p) => before.compiled.policies.includes(p));
    expect(kept.map((p) => p.role)).toEqual(['authenticated', 'group:admin']);
  });

  it('recompiles the roles denied a prefix whose rules changed', () => {
    // A rule added on media/thumbs/* changes the rules its deny-by-default statements list.
    const { before, facts } = start(design);
    const edited = applyEdit(
      design,
      onPath(1, { type: 'addRule', rule: allow.resource('resizer').to(['get']) }),
    );
    const after = compileAfterRuleEdits(edited.storages[0]!, before, facts)!;
    expect(after.compiled).toStrictEqual(compileStorage(edited.storages[0]!));
    const changed = after.compiled.policies.filter((p) => !before.compiled.policies.includes(p));
    expect(changed.map((p) => p.role).sort()).toEqual([
      'authenticated',
      'function:resizer',
      'guest',
    ]);
  });

  it('keeps the rule refs right when a rule before others is removed', () => {
    const { before, facts } = start(design);
    const edited = applyEdit(design, onPath(0, { type: 'removeRule', ruleIndex: 0 }));
    const after = compileAfterRuleEdits(edited.storages[0]!, before, facts)!;
    expect(after.compiled).toStrictEqual(compileStorage(edited.storages[0]!));
  });

  it('keeps the outputs object when no output changed, and chains', () => {
    const { before, facts } = start(design);
    const once = applyEdit(
      design,
      onPath(1, {
        type: 'setGrant',
        grantee: { kind: 'group', name: 'admin' },
        action: 'write',
        granted: true,
      }),
    );
    const first = compileAfterRuleEdits(once.storages[0]!, before, facts)!;
    expect(first.compiled.outputsPaths).not.toBe(before.compiled.outputsPaths);
    const twice = applyEdit(
      once,
      onPath(3, {
        type: 'replaceRule',
        ruleIndex: 0,
        rule: allow.entity('identity').to(['read', 'write', 'delete']),
      }),
    );
    const second = compileAfterRuleEdits(twice.storages[0]!, first, facts)!;
    expect(second.compiled.outputsPaths).toBe(first.compiled.outputsPaths);
    expect(second.compiled).toStrictEqual(compileStorage(twice.storages[0]!));
  });

  it('leaves other edits to the full compile', () => {
    const { before, facts } = start(design);
    const cases: DesignEdit[] = [
      onPath(0, { type: 'renamePath', path: 'other/*' }),
      { type: 'addPath', storageIndex: 0, path: 'new/*', rules: [] },
      onPath(2, { type: 'removePath' }),
      // The guest rule was the only one on the path: its granted prefixes change.
      onPath(2, { type: 'setGrant', grantee: { kind: 'guest' }, action: 'read', granted: false }),
    ];
    for (const edit of cases)
      expect(compileAfterRuleEdits(applyEdit(design, edit).storages[0]!, before, facts)).toBe(
        undefined,
      );
  });

  it('makes the outputs object when read, after any number of ticks not read; rules at prefixes in layers', () => {
    const many = designFromAccess(
      Array.from({ length: 80 }, (_, i): [string, Rule[]] => [
        `f${i}/*`,
        [allow.authenticated.to(['read'])],
      ]),
    );
    const first = start(many);
    const facts = first.facts;
    let before = first.before;
    let design = many;
    for (let i = 0; i < 80; i++) {
      design = applyEdit(design, {
        type: 'setGrant',
        storageIndex: 0,
        pathId: pathIdOf(design.storages[0]!.paths[i]!),
        // A new rule on each path: the rules at its prefix change too (one more layer each).
        grantee: { kind: 'guest' },
        action: 'write',
        granted: true,
      });
      before = compileAfterRuleEdits(design.storages[0]!, before, facts)!;
      // Read now and then: a cell made into an object starts the next one.
      if (i === 30) expect(before.compiled.outputsPaths).toBeDefined();
    }
    expect(before.compiled).toStrictEqual(compileStorage(design.storages[0]!));
    expect(JSON.parse(JSON.stringify(before.compiled))).toEqual(
      JSON.parse(JSON.stringify(compileStorage(design.storages[0]!))),
    );
  });

  it('grants twice for a rule that names a group twice, as the full compile does', () => {
    const twice = designFromAccess(
      {
        'media/*': [
          { principal: { kind: 'groups', groups: ['admin', 'admin'] }, actions: ['read'] },
          allow.groups(['admin']).to(['write']),
        ],
      },
      { groups: ['admin'] },
    );
    const { before, facts } = start(twice);
    const edited = applyEdit(twice, {
      type: 'replaceRule',
      storageIndex: 0,
      pathId: pathIdOf(twice.storages[0]!.paths[0]!),
      ruleIndex: 1,
      rule: allow.groups(['admin']).to(['delete']),
    });
    const after = compileAfterRuleEdits(edited.storages[0]!, before, facts)!;
    expect(after.compiled).toStrictEqual(compileStorage(edited.storages[0]!));
  });
});
