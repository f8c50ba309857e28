/**
 * "Everything under a prefix" is decided exactly, not sampled: for random designs (odd characters,
 * `?`, `${`, `{`, unicode, empty segments, subpaths, owner folders) and random tests, the exact
 * search agrees with brute force over every key up to a few characters past the prefix, built
 * from the characters the patterns use there plus `*`, `?`, `$`, `{`, `/`, `é`, an emoji and a
 * private-use character:
 * - if brute force finds an allowed (denied) key, the exact answer says one exists;
 * - the exact counterexample is a shortest one: brute force finds none shorter.
 * ACCESS_TESTS_RUNS sets the number of designs (default 150; e.g. 5000 for a long run).
 */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import {
  accessModel,
  decide,
  designFromAccess,
  expandActions,
  runAccessTest,
  type AccessAction,
  type AccessModel,
  type AccessTest,
  type Design,
  type Rule,
  type RoleKey,
} from '../../src/core';
import { accessArb, FUNCTIONS, GROUPS } from './arbitraries';

const RUNS = Number(process.env.ACCESS_TESTS_RUNS ?? 150);
const ODD = ['*', '?', '$', '{', '/', 'é', '\u{1F600}', '\uE000', 'x'];
const IDS = ['us-east-1:alice', 'a?b', 'x*', '$', 'é{'];
/** Concrete generic ids for the "any user" tests: characters no generated path contains. */
const GENERIC_CALLER = '\uF8F0\uF8F1\uF8F2\uF8F3\uF8F4\uF8F5\uF8F6\uF8F7';
const GENERIC_FOLDER = '\uF8E0\uF8E1\uF8E2\uF8E3\uF8E4\uF8E5\uF8E6\uF8E7';
const SUB = '${cognito-identity.amazonaws.com:sub}';

interface Brute {
  shortestAllowed: number | undefined;
  shortestDenied: number | undefined;
  keys: number;
}

/** decide() on every key `prefix + s`, s over `alphabet` with at most `depth` symbols. */
function bruteForce(
  model: AccessModel,
  role: RoleKey,
  action: AccessAction,
  identityId: string | undefined,
  prefix: string,
  except: readonly string[],
  alphabet: readonly string[],
  depth: number,
): Brute {
  const out: Brute = { shortestAllowed: undefined, shortestDenied: undefined, keys: 0 };
  let layer = [''];
  for (let d = 0; d <= depth; d++) {
    for (const suffix of layer) {
      const key = prefix + suffix;
      if ((action !== 'list' && key.length === 0) || except.some((e) => key.startsWith(e)))
        continue;
      out.keys++;
      const { allowed } = decide(model.index, model.storage, {
        role,
        action,
        key,
        ...(identityId !== undefined ? { identityId } : {}),
      });
      if (allowed) out.shortestAllowed = Math.min(out.shortestAllowed ?? Infinity, key.length);
      else out.shortestDenied = Math.min(out.shortestDenied ?? Infinity, key.length);
    }
    if (d < depth) layer = layer.flatMap((s) => alphabet.map((c) => s + c));
  }
  return out;
}

/** The characters patterns use just past the prefix, plus the odd ones. */
function alphabetFor(
  model: AccessModel,
  prefix: string,
  depth: number,
  identityId?: string,
): string[] {
  const chars = new Set(ODD);
  for (const { statements } of model.compiled.policies)
    for (const s of statements)
      for (const { prefix: p } of s.prefixes) {
        const text = identityId === undefined ? p : p.replaceAll(SUB, identityId);
        for (const c of text.slice(prefix.length, prefix.length + depth)) chars.add(c);
      }
  return [...chars].slice(0, 16);
}

const ROLES = [
  'guest',
  'authenticated',
  ...GROUPS.map((g) => `group:${g}`),
  ...FUNCTIONS.map((f) => `function:${f}`),
];

/** Where to test: the prefix of a defined path (cut by 0-2 characters) or the whole bucket. */
const whereArb = (paths: readonly string[]) =>
  fc.oneof(
    { weight: 1, arbitrary: fc.constant('') },
    {
      weight: 5,
      arbitrary: fc
        .tuple(fc.constantFrom(...paths), fc.integer({ min: 0, max: 2 }))
        .map(([p, cut]) => {
          const bare = p.replace(/\*+$/, '');
          return bare.slice(0, Math.max(0, bare.length - cut));
        }),
    },
  );

let agreements = 0;
let bruteKeys = 0;

test('whole-prefix answers equal brute force (fixed identity ids)', () => {
  const depth = 3;
  fc.assert(
    fc.property(
      accessArb,
      fc.constantFrom(...ROLES, 'owner'),
      fc.constantFrom('get', 'list', 'write', 'delete'),
      fc.constantFrom(...IDS),
      fc.nat(),
      (access, who, action, identityId, pick) => {
        const design: Design = designFromAccess(access as [string, Rule[]][], {
          groups: GROUPS,
          functions: FUNCTIONS,
        });
        const paths = design.storages[0]!.paths.map((p) => p.path);
        const raw = fc.sample(whereArb(paths), { numRuns: 1, seed: pick })[0]!;
        // {entity_id} stays only for the owner with a fixed id (it becomes that id); cut elsewhere.
        const where = who === 'owner' ? raw : raw.split('{entity_id}')[0]!;
        const isOwner = who === 'owner';
        const withId = isOwner || who === 'authenticated' || who.startsWith('group:');
        // Sometimes leave out deeper defined folders (what the function invariants do).
        const except = paths
          .map((p) => p.replace(/\*+$/, ''))
          .filter(
            (p) =>
              p.startsWith(where) && p !== where && !p.includes('*') && !p.includes('{entity_id}'),
          )
          .slice(0, pick % 3);
        const test: Omit<AccessTest, 'expect'> = {
          who,
          actions: [action],
          where: `${where}*`,
          ...(except.length > 0 ? { except } : {}),
          ...(withId ? { identityId } : {}),
        };
        const prefix = where.replaceAll('{entity_id}', identityId);
        const model = accessModel(design.storages[0]!);
        const canPass = runAccessTest(design, { ...test, expect: 'allow' });
        const cannotPass = runAccessTest(design, { ...test, expect: 'deny' });
        if (canPass.status === 'invalid') return; // e.g. {entity_id} not a whole folder name
        expect(canPass.status).not.toBe('undecided');
        const brute = bruteForce(
          model,
          isOwner ? 'authenticated' : (who as RoleKey),
          action as AccessAction,
          withId ? identityId : undefined,
          prefix,
          except,
          alphabetFor(model, prefix, depth, withId ? identityId : undefined),
          depth,
        );
        bruteKeys += brute.keys;
        agreements++;
        const denied = canPass.failures[0];
        const allowed = cannotPass.failures[0];
        // Brute force finds a key of a kind => the exact answer has one too, no longer.
        if (brute.shortestDenied !== undefined) {
          expect(denied, `a denied key exists under ${JSON.stringify(prefix)}`).toBeDefined();
          expect(denied!.key.length).toBeLessThanOrEqual(brute.shortestDenied);
        }
        if (brute.shortestAllowed !== undefined) {
          expect(allowed, `an allowed key exists under ${JSON.stringify(prefix)}`).toBeDefined();
          expect(allowed!.key.length).toBeLessThanOrEqual(brute.shortestAllowed);
        }
        // The exact counterexample is real (decide agrees) and shortest: none shorter by brute force.
        if (denied) {
          expect(denied.allowed).toBe(false);
          expect(brute.shortestDenied ?? Infinity).toBeGreaterThanOrEqual(denied.key.length);
        }
        if (allowed) {
          expect(allowed.allowed).toBe(true);
          expect(brute.shortestAllowed ?? Infinity).toBeGreaterThanOrEqual(allowed.key.length);
        }
      },
    ),
    { numRuns: RUNS },
  );
  console.log(
    `access tests vs brute force: ${agreements} cases, ${bruteKeys} concrete keys decided`,
  );
}, 120_000);

test('"any owner" and "any signed-in user" equal brute force with concrete generic ids', () => {
  const depth = 3;
  let cases = 0;
  fc.assert(
    fc.property(
      accessArb,
      fc.constantFrom('owner', 'authenticated'),
      fc.constantFrom('get', 'list', 'write', 'delete'),
      fc.nat(),
      (access, who, action, pick) => {
        const design = designFromAccess(access as [string, Rule[]][], {
          groups: GROUPS,
          functions: FUNCTIONS,
        });
        const owned = design.storages[0]!.paths.map((p) => p.path).filter((p) =>
          p.includes('/{entity_id}/'),
        );
        const paths = design.storages[0]!.paths.map((p) => p.path);
        const where =
          who === 'owner'
            ? owned.length > 0
              ? owned[pick % owned.length]!.replace(/\*+$/, '')
              : undefined
            : fc.sample(whereArb(paths), { numRuns: 1, seed: pick })[0]!;
        if (where === undefined) return;
        const test = { who, actions: [action], where: `${where}*` };
        const canPass = runAccessTest(design, { ...test, expect: 'allow' });
        if (canPass.status === 'invalid') return;
        const cannotPass = runAccessTest(design, { ...test, expect: 'deny' });
        const model = accessModel(design.storages[0]!);
        const prefix = where.replace(
          '{entity_id}',
          who === 'owner' ? GENERIC_CALLER : GENERIC_FOLDER,
        );
        const brute = bruteForce(
          model,
          'authenticated',
          action as AccessAction,
          GENERIC_CALLER,
          prefix,
          [],
          alphabetFor(model, prefix, depth, GENERIC_CALLER),
          depth,
        );
        bruteKeys += brute.keys;
        cases++;
        if (brute.shortestDenied !== undefined) expect(canPass.status).toBe('fail');
        if (brute.shortestAllowed !== undefined) expect(cannotPass.status).toBe('fail');
        // Every action the exact answer fails has a counterexample decide() confirms.
        for (const f of [...canPass.failures, ...cannotPass.failures])
          expect(expandActions([action])).toContain(f.action);
      },
    ),
    { numRuns: RUNS },
  );
  console.log(`generic ids vs brute force: ${cases} cases`);
}, 120_000);
