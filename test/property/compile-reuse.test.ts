/**
 * A model compiled after an edit (`accessModelAfter`, which keeps the policies and index tries of
 * the roles the edit left alone, and the prefix ancestors when the granted prefixes did not
 * change) is the model a fresh compile gives: for random designs and random sequences of edits
 * (ticks, rules, paths, groups, functions), at every step the compiled storage is deep-equal to
 * `compileStorage`'s (statement order, rule refs, deny parents, empty policies, outputs), and every
 * decision and candidate list of its index is the fresh index's.
 */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import {
  accessModel,
  accessModelAfter,
  applyEdit,
  compileStorage,
  compileStorageAfter,
  type CompiledStorage,
  decide,
  designFromAccess,
  pathIdOf,
  ACCESS_ACTIONS,
  type AccessModel,
  type Decision,
  type Design,
  type DesignEdit,
  type Grantee,
  type RoleKey,
} from '../../src/core';
import type { IndexedPattern } from '../../src/core/access/policy-index';
import { accessArb, FUNCTIONS, GROUPS, IDENTITIES, ruleArb } from './arbitraries';

const granteeArb: fc.Arbitrary<Grantee> = fc.oneof(
  fc.constant({ kind: 'guest' as const }),
  fc.constant({ kind: 'authenticated' as const }),
  fc.constant({ kind: 'owner' as const }),
  fc.constantFrom(...GROUPS, 'newgroup').map((name) => ({ kind: 'group' as const, name })),
  fc.constantFrom(...FUNCTIONS, 'newfn').map((name) => ({ kind: 'function' as const, name })),
);

const newPathArb = fc
  .tuple(
    fc.constantFrom('media', 'a', 'b', 'public', 'photos', 'new'),
    fc.constantFrom('', 'a/', 'b/', '{entity_id}/', 'x/{entity_id}/'),
  )
  .map(([head, tail]) => `${head}/${tail}*`);

/** An edit, with the path it is about picked by position when it is applied (the design changes). */
type EditPlan = (design: Design) => DesignEdit | undefined;

const onPath =
  (pick: number, make: (pathId: string, rules: number) => DesignEdit | undefined): EditPlan =>
  (design) => {
    const paths = design.storages[0]!.paths;
    if (paths.length === 0) return undefined;
    const entry = paths[pick % paths.length]!;
    return make(pathIdOf(entry), entry.rules.length);
  };

const editArb: fc.Arbitrary<EditPlan> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(
        fc.nat(),
        granteeArb,
        fc.constantFrom(
          'read' as const,
          'get' as const,
          'list' as const,
          'write' as const,
          'delete' as const,
        ),
        fc.boolean(),
      )
      .map(([pick, grantee, action, granted]) =>
        onPath(pick, (pathId) => ({
          type: 'setGrant',
          storageIndex: 0,
          pathId,
          grantee,
          action,
          granted,
        })),
      ),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(newPathArb, fc.array(ruleArb, { maxLength: 2 }), fc.nat())
      .map(([path, rules, at]): EditPlan => (design) => ({
        type: 'addPath',
        storageIndex: 0,
        path,
        rules,
        at: at % (design.storages[0]!.paths.length + 1),
      })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.nat(), newPathArb)
      .map(([pick, path]) =>
        onPath(pick, (pathId) => ({ type: 'renamePath', storageIndex: 0, pathId, path })),
      ),
  },
  {
    weight: 1,
    arbitrary: fc
      .nat()
      .map((pick) => onPath(pick, (pathId) => ({ type: 'removePath', storageIndex: 0, pathId }))),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.nat(), fc.nat())
      .map(([pick, to]) =>
        onPath(pick, (pathId) => ({ type: 'movePath', storageIndex: 0, pathId, to: to % 8 })),
      ),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.nat(), ruleArb)
      .map(([pick, rule]) =>
        onPath(pick, (pathId) => ({ type: 'addRule', storageIndex: 0, pathId, rule })),
      ),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.nat(), fc.nat(), fc.option(ruleArb, { nil: undefined }))
      .map(([pick, index, rule]) =>
        onPath(pick, (pathId, rules) => {
          if (rules === 0) return undefined;
          const ruleIndex = index % rules;
          return rule
            ? { type: 'replaceRule', storageIndex: 0, pathId, ruleIndex, rule }
            : { type: 'removeRule', storageIndex: 0, pathId, ruleIndex };
        }),
      ),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom('addGroup', 'removeGroup', 'addFunction', 'removeFunction'),
        fc.constantFrom(...GROUPS, ...FUNCTIONS, 'other'),
      )
      .map(
        ([type, name]): EditPlan =>
          () =>
            ({ type, name }) as DesignEdit,
      ),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom('renameGroup' as const, 'renameFunction' as const),
        fc.constantFrom(...GROUPS, ...FUNCTIONS),
        fc.constantFrom('renamed', 'admin', 'resizer'),
      )
      .map(([type, from, to]): EditPlan => () => ({ type, from, to })),
  },
);

const ROLES: RoleKey[] = [
  'guest',
  'authenticated',
  ...[...GROUPS, 'newgroup', 'renamed', 'other'].map((g): RoleKey => `group:${g}`),
  ...[...FUNCTIONS, 'newfn', 'renamed', 'other'].map((f): RoleKey => `function:${f}`),
];

/** Keys inside, at and just above each defined path, with an owner substituted or not. */
function keysOf(model: AccessModel): string[] {
  const keys = new Set<string>(['', 'other/f']);
  for (const { path } of model.storage.paths) {
    const folder = path.replace(/\*$/, '');
    for (const owner of [IDENTITIES[0]!, '{entity_id}']) {
      const at = folder.replaceAll('{entity_id}', owner);
      keys.add(at);
      keys.add(`${at}f.png`);
      keys.add(`${at}sub/f.png`);
      keys.add(at.slice(0, -1));
    }
  }
  return [...keys];
}

/** A pattern as data (its tokens are computed on first use, so the object itself may differ). */
const patternData = (p: IndexedPattern | undefined) =>
  p && {
    pattern: p.pattern,
    statement: p.statement,
    statementIndex: p.statementIndex,
    prefix: p.prefix,
    leadLength: p.leadLength,
  };

/**
 * A decision as data: its patterns (in `decidedBy` and in the cause) without the tokens an
 * `IndexedPattern` computes on first use, which a kept trie may already hold.
 */
const decisionData = (d: Decision): unknown =>
  JSON.parse(
    JSON.stringify(d, (key, value: unknown) =>
      key === 'tokens' && value !== null && typeof value === 'object' && 'variables' in value
        ? undefined
        : value,
    ),
  );

function expectSameModel(after: AccessModel, fresh: AccessModel): void {
  expect(after.compiled).toStrictEqual(fresh.compiled);
  const { storage } = fresh;
  for (const key of keysOf(fresh)) {
    for (const role of ROLES) {
      expect(after.index.hasPolicy(role)).toBe(fresh.index.hasPolicy(role));
      expect(after.index.candidates(role, key).map(patternData)).toStrictEqual(
        fresh.index.candidates(role, key).map(patternData),
      );
      for (const action of ACCESS_ACTIONS) {
        const request = { role, action, key, identityId: IDENTITIES[0]! };
        expect(decisionData(decide(after.index, storage, request))).toStrictEqual(
          decisionData(decide(fresh.index, storage, request)),
        );
      }
    }
  }
}

test('a model compiled after each edit is the model a fresh compile gives', () => {
  fc.assert(
    fc.property(accessArb, fc.array(editArb, { minLength: 1, maxLength: 12 }), (access, plans) => {
      let design = designFromAccess(access, { groups: GROUPS, functions: FUNCTIONS });
      let model = accessModelAfter(design.storages[0]!, undefined);
      expectSameModel(model, accessModel(design.storages[0]!));
      for (const plan of plans) {
        const edit = plan(design);
        if (!edit) continue;
        design = applyEdit(design, edit);
        const storage = design.storages[0]!;
        model = accessModelAfter(storage, model);
        expectSameModel(model, accessModel(storage));
      }
    }),
    { numRuns: Number(process.env.REUSE_RUNS ?? 60) },
  );
});

test('a storage compiled after any earlier compile of it is a fresh compile', () => {
  // The selectors compile after the model last made at the index, which after an undo or a
  // jump in the history is not the design just before; the compile after a few rules' edit
  // (`compileAfterRuleEdits`) must hold whatever came before.
  fc.assert(
    fc.property(
      accessArb,
      fc.array(fc.tuple(editArb, fc.nat()), { minLength: 1, maxLength: 16 }),
      (access, steps) => {
        let design = designFromAccess(access, { groups: GROUPS, functions: FUNCTIONS });
        const compiles: CompiledStorage[] = [compileStorageAfter(design.storages[0]!, undefined)];
        for (const [plan, pick] of steps) {
          const edit = plan(design);
          if (!edit) continue;
          design = applyEdit(design, edit);
          const storage = design.storages[0]!;
          // Mostly the compile just before, sometimes an older one.
          const back = pick % 4 === 0 ? (pick >> 2) % compiles.length : 0;
          const previous = compiles[compiles.length - 1 - back]!;
          const compiled = compileStorageAfter(storage, previous);
          expect(compiled).toStrictEqual(compileStorage(storage));
          compiles.push(compiled);
        }
      },
    ),
    { numRuns: Number(process.env.REUSE_RUNS ?? 200) },
  );
});

/** Freezes `value` and everything it reaches, so that a write to any of it throws. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

test('edits and the compiles after them never change a design in place', () => {
  // What is kept by reference holds only while designs are immutable: the autosave's text of
  // each object (state/persist/cached-json.ts), the compile's facts of each rule and its
  // compile after a few rules' edit. In this module's strict mode a write to a frozen design throws.
  fc.assert(
    fc.property(accessArb, fc.array(editArb, { minLength: 1, maxLength: 12 }), (access, plans) => {
      let design = deepFreeze(designFromAccess(access, { groups: GROUPS, functions: FUNCTIONS }));
      let compiled = compileStorageAfter(design.storages[0]!, undefined);
      for (const plan of plans) {
        const edit = plan(design);
        if (!edit) continue;
        design = deepFreeze(applyEdit(design, edit));
        compiled = compileStorageAfter(design.storages[0]!, compiled);
        expect(compiled).toStrictEqual(compileStorage(design.storages[0]!));
      }
    }),
    { numRuns: Number(process.env.REUSE_RUNS ?? 100) },
  );
});
