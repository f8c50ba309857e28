import { decide, type DecisionKind } from '../access/decide';
import { accessModel, type AccessModel } from '../access/matrix';
import { listConditionPrefixes } from '../compile/iam-json';
import { ruleSource } from '../model/build';
import { expandActions } from '../model/actions';
import type { AccessTest } from '../model/access-test';
import type { AccessAction, Design, Storage } from '../model/types';
import { ENTITY_TOKEN } from '../paths/tokens';
import { canMatchUnder, globOf, type Glob } from './glob';
import { searchKeys } from './key-search';
import { patternFacts, subjectOf, type PatternFacts, type Subject } from './subject';
import { testStorageIndex, validateTest, type TestProblem } from './validate-test';

/** One request that goes against a test's expectation, and why IAM answers as it does. */
export interface Counterexample {
  readonly action: AccessAction;
  /** The key (for list: the prefix), stand-in ids written as `{entity_id}` / `{caller_id}`. */
  readonly key: string;
  /** The caller's identity id as shown, when the role has one. */
  readonly identityId?: string;
  readonly allowed: boolean;
  readonly kind: DecisionKind;
  /** decide()'s sentence: the deciding statement and the rule behind it. */
  readonly reason: string;
  /** The deciding statement (none for an implicit deny). */
  readonly statement?: {
    readonly effect: 'Allow' | 'Deny';
    readonly index: number;
    readonly prefix: string;
  };
  /** The rules behind that statement, for `Go to rule`. */
  readonly rules: readonly {
    readonly pathIndex: number;
    readonly ruleIndex: number;
    readonly path: string;
    readonly rule: string;
  }[];
}

export type TestStatus = 'pass' | 'fail' | 'invalid' | 'undecided';

export interface TestResult {
  readonly index: number;
  readonly test: AccessTest;
  readonly status: TestStatus;
  readonly storageIndex?: number;
  /** Why the test cannot run (status `invalid`). */
  readonly problems: readonly TestProblem[];
  /** One counterexample per action that goes against the expectation (status `fail`). */
  readonly failures: readonly Counterexample[];
  /** Status `undecided`: the search gave up (a design far beyond real ones); says so, never guesses. */
  readonly message?: string;
}

/** Compiled models by storage object: an edit that leaves a storage alone keeps its model. */
const models = new WeakMap<Storage, AccessModel>();

/** The model of a storage, compiled once per storage object. */
export function cachedAccessModel(storage: Storage): AccessModel {
  let model = models.get(storage);
  if (!model) models.set(storage, (model = accessModel(storage)));
  return model;
}

/**
 * Runs every test against the design: each is checked for meaning first (unknown names give
 * `invalid` with located problems), then decided exactly — a concrete key by `decide`, a prefix
 * by searching every key under it (key-search.ts) — and a failure names a counterexample with the
 * statement and rule that decide it.
 */
export function runAccessTests(
  design: Design,
  tests: readonly AccessTest[],
  modelOf: (storage: Storage) => AccessModel = cachedAccessModel,
): TestResult[] {
  return tests.map((test, index) => runAccessTest(design, test, index, modelOf));
}

export function runAccessTest(
  design: Design,
  test: AccessTest,
  index = 0,
  modelOf: (storage: Storage) => AccessModel = cachedAccessModel,
): TestResult {
  const problems = validateTest(design, test);
  if (problems.length > 0) return { index, test, status: 'invalid', problems, failures: [] };
  const storageIndex = testStorageIndex(design, test)!;
  const model = modelOf(design.storages[storageIndex]!);
  const subject = subjectOf(test, factsOf(model));
  const failures: Counterexample[] = [];
  for (const action of expandActions(test.actions)) {
    const outcome = checkAction(model, test, subject, action);
    if (outcome === 'gave-up')
      return {
        index,
        test,
        status: 'undecided',
        storageIndex,
        problems,
        failures: [],
        message: `Too many distinct situations under ${JSON.stringify(test.where)} for ${action} to decide exactly; narrow where.`,
      };
    if (outcome) failures.push(outcome);
  }
  return {
    index,
    test,
    status: failures.length > 0 ? 'fail' : 'pass',
    storageIndex,
    problems,
    failures,
  };
}

/** A counterexample for one action, null when the action behaves as expected everywhere in scope. */
function checkAction(
  model: AccessModel,
  test: AccessTest,
  subject: Subject,
  action: AccessAction,
): Counterexample | null | 'gave-up' {
  const where = test.where.replace(ENTITY_TOKEN, subject.folderId);
  const expectAllow = test.expect === 'allow';
  let key = where;
  if (where.endsWith('*')) {
    const { allow, deny } = globsFor(model, subject, action);
    const prefix = where.slice(0, -1);
    const found = searchKeys({
      allow: allow.filter((g) => canMatchUnder(g, prefix)),
      deny: deny.filter((g) => canMatchUnder(g, prefix)),
      prefix,
      except: (test.except ?? []).map((e) => (e.endsWith('*') ? e.slice(0, -1) : e)),
      minLength: action === 'list' ? 0 : 1,
      goal: expectAllow ? 'denied' : 'allowed',
    });
    if (found.kind === 'gave-up') return 'gave-up';
    if (found.kind === 'none') return null;
    key = found.key;
  }
  const decision = decide(model.index, model.storage, {
    role: subject.role,
    action,
    key,
    keyLabel: JSON.stringify(subject.display(key)),
    ...(subject.callerId !== undefined ? { identityId: subject.callerId } : {}),
  });
  if (decision.allowed === expectAllow) {
    if (where.endsWith('*'))
      throw new Error(
        `Internal error: the key search and decide() disagree on ${JSON.stringify(key)}`,
      );
    return null;
  }
  const by = decision.decidedBy;
  return {
    action,
    key: subject.display(key),
    ...(subject.callerId !== undefined ? { identityId: subject.display(subject.callerId) } : {}),
    allowed: decision.allowed,
    kind: decision.kind,
    reason: decision.reason,
    ...(by
      ? {
          statement: {
            effect: by.statement.effect,
            index: by.statementIndex,
            prefix: by.prefix.prefix,
          },
        }
      : {}),
    rules: (by?.prefix.rules ?? []).flatMap(({ pathIndex, ruleIndex }) => {
      const entry = model.storage.paths[pathIndex];
      const rule = entry?.rules[ruleIndex];
      return entry && rule
        ? [{ pathIndex, ruleIndex, path: entry.path, rule: ruleSource(rule) }]
        : [];
    }),
  };
}

/** Facts about every IAM pattern of the storage's policies (stand-in ids avoid their characters). */
const factsCache = new WeakMap<AccessModel, PatternFacts>();
function factsOf(model: AccessModel): PatternFacts {
  let facts = factsCache.get(model);
  if (!facts) {
    const patterns = model.compiled.policies.flatMap((p) =>
      p.statements.flatMap((s) =>
        s.prefixes.flatMap((x) =>
          s.action === 'list' ? listConditionPrefixes(x.prefix) : [x.prefix],
        ),
      ),
    );
    factsCache.set(model, (facts = patternFacts(patterns)));
  }
  return facts;
}

interface RoleGlobs {
  readonly allow: Glob[];
  readonly deny: Glob[];
}

/** Globs of one role and action for one caller, kept per compiled model (tests re-run on every edit). */
const globCache = new WeakMap<AccessModel, Map<string, RoleGlobs>>();
function globsFor(model: AccessModel, subject: Subject, action: AccessAction): RoleGlobs {
  let byKey = globCache.get(model);
  if (!byKey) globCache.set(model, (byKey = new Map()));
  const cacheKey = `${subject.role}\u0000${action}\u0000${subject.callerId ?? ''}`;
  let globs = byKey.get(cacheKey);
  if (globs) return globs;
  globs = { allow: [], deny: [] };
  const policy = model.compiled.policies.find((p) => p.role === subject.role);
  for (const statement of policy?.statements ?? []) {
    if (statement.action !== action) continue;
    for (const { prefix } of statement.prefixes) {
      const patterns = action === 'list' ? listConditionPrefixes(prefix) : [prefix];
      for (const pattern of patterns) {
        const glob = globOf(pattern, subject.callerId);
        if (glob) (statement.effect === 'Allow' ? globs.allow : globs.deny).push(glob);
      }
    }
  }
  byKey.set(cacheKey, globs);
  return globs;
}
