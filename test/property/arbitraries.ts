/**
 * fast-check generators for storage definitions as users could write them: segments with spaces,
 * quotes, backslashes, backticks, `${`, `?`, non-ASCII and the `{entity_id}` token, in nested
 * arrangements that make prefixes, subpaths and owner folders common, plus every kind of path
 * mistake. Rules are type-valid (what tsc accepts), so Amplify's runtime sees all of them.
 */
import fc from 'fast-check';
import type { Rule } from '../../src/core';

export const GROUPS = ['admin', 'auditor', 'editors'];
export const FUNCTIONS = ['resizer', 'cleaner'];
export const IDENTITIES = ['us-east-1:alice', 'us-east-1:bob'];

/** Text a user might put in a folder name, awkward characters included. */
const plainSegment = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('media', 'a', 'b', 'public', 'photos') },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      'x y',
      "it's",
      'q"t',
      'back\\slash',
      'tick`',
      '${x}',
      'é',
      '日本',
      'what?',
      '$',
      '{',
      '}',
    ),
  },
  {
    weight: 1,
    arbitrary: fc
      .string({ minLength: 1, maxLength: 3 })
      .filter((t) => !t.includes('/') && !t.includes('*')),
  },
);

/** Segments that break a rule: empty (gives `//`), wildcards, a misplaced token. */
const badSegment = fc.constantFrom('', '*', 'a*b', 'x{entity_id}', '{entity_id}');

const segments = (wild: boolean) =>
  fc.array(
    wild
      ? fc.oneof({ weight: 4, arbitrary: plainSegment }, { weight: 1, arbitrary: badSegment })
      : plainSegment,
    {
      minLength: 1,
      maxLength: 3,
    },
  );

const ending = (wild: boolean) =>
  wild
    ? fc.oneof(
        { weight: 6, arbitrary: fc.constant('/*') },
        { weight: 1, arbitrary: fc.constantFrom('', '/', '*', '/**', '//*') },
      )
    : fc.constant('/*');

/** A path: plain folders, optionally an owner folder `.../{entity_id}/*`, sometimes a mistake. */
const pathArb = (wild: boolean, ownerAllowed: boolean) =>
  fc
    .tuple(
      segments(wild),
      fc.integer({ min: 0, max: 3 }),
      ending(wild),
      fc.integer({ min: 0, max: 40 }),
    )
    .map(([parts, owner, end, lead]) => {
      const body =
        owner === 0 && (wild || ownerAllowed) ? `${parts.join('/')}/{entity_id}` : parts.join('/');
      return `${wild && lead === 0 ? '/' : ''}${body}${end}`;
    });

/**
 * A handful of paths, many sharing prefixes with each other (children are made under roots).
 * One design in four is "wild" (mistakes likely); in the others owner folders are only roots, so
 * most are valid and both Amplify's rejections and its policies get exercised.
 */
const pathSetArb = (wild: boolean) =>
  fc
    .array(pathArb(wild, true), { minLength: 1, maxLength: 4 })
    .chain((roots) =>
      fc
        .array(fc.tuple(fc.constantFrom(...roots), pathArb(wild, false)), { maxLength: 4 })
        .map((children) => [
          ...roots,
          ...children.map(
            ([root, child]) => `${root.replace(/\*$/, '')}${child.replace(/^\//, '')}`,
          ),
        ]),
    )
    .map((paths) => [...new Set(paths)]);

// `read` never mixes with get/list in one rule: Amplify's types forbid it, so tsc would stop first.
const readActions = fc.subarray(['read', 'write', 'delete'], { minLength: 1 });
const fineActions = fc.subarray(['get', 'list', 'write', 'delete'], { minLength: 1 });
const actionsArb = fc.oneof(
  {
    weight: 20,
    arbitrary: fc
      .tuple(fc.oneof(readActions, fineActions), fc.boolean())
      .map(([actions, dup]) => (dup ? [...actions, actions[0]!] : actions)),
  },
  { weight: 1, arbitrary: fc.constant([] as string[]) },
);

const principalArb = fc.oneof(
  { weight: 3, arbitrary: fc.constant({ kind: 'guest' as const }) },
  { weight: 3, arbitrary: fc.constant({ kind: 'authenticated' as const }) },
  { weight: 3, arbitrary: fc.constant({ kind: 'entity' as const, entity: 'identity' }) },
  {
    weight: 3,
    arbitrary: fc
      .subarray(GROUPS, { minLength: 1 })
      .map((groups) => ({ kind: 'groups' as const, groups })),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'groups' as const, groups: [] as string[] }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(...FUNCTIONS).map((fn) => ({ kind: 'resource' as const, fn })),
  },
);

export const ruleArb: fc.Arbitrary<Rule> = fc.record({
  principal: principalArb,
  actions: actionsArb,
});

/** The principal's identity for Amplify's "same principal twice on a path" rule. */
const principalKey = (rule: Rule) => JSON.stringify(rule.principal);

/** Rules of one path: in tame designs each principal once (duplicates are the wild designs' job). */
const rulesArb = (wild: boolean) =>
  wild
    ? fc.array(ruleArb, { maxLength: 4 })
    : fc.uniqueArray(ruleArb, { maxLength: 4, selector: principalKey });

/** An access record: ordered [path, rules] entries with unique paths. */
export const accessArb = fc
  .integer({ min: 0, max: 3 })
  .map((mode) => mode === 0)
  .chain((wild) =>
    pathSetArb(wild).chain((paths) =>
      fc.tuple(...paths.map((p) => rulesArb(wild).map((rules) => [p, rules] as [string, Rule[]]))),
    ),
  );

export interface ProbeRequest {
  role: string;
  action: 'get' | 'list' | 'write' | 'delete';
  key: string;
  identityId?: string;
}

/** Concrete requests aimed at the defined paths: keys inside, beside and above them, for each role. */
export function requestArb(paths: readonly string[]): fc.Arbitrary<ProbeRequest> {
  const roles = [
    'guest',
    'authenticated',
    ...GROUPS.map((g) => `group:${g}`),
    ...FUNCTIONS.map((f) => `function:${f}`),
  ];
  const base = fc.constantFrom(...paths, 'media/', 'other/');
  return fc
    .record({
      role: fc.constantFrom(...roles),
      action: fc.constantFrom('get' as const, 'list' as const, 'write' as const, 'delete' as const),
      path: base,
      folderOwner: fc.constantFrom(...IDENTITIES),
      caller: fc.option(fc.constantFrom(...IDENTITIES), { nil: undefined }),
      leaf: fc.constantFrom('', 'f.png', 'sub/f.png', 'x', '*', '?'),
      cut: fc.integer({ min: 0, max: 3 }),
    })
    .map(({ role, action, path, folderOwner, caller, leaf, cut }) => {
      const folder = path.replaceAll('{entity_id}', folderOwner).replace(/\*$/, '');
      const trimmed = cut === 0 ? folder.slice(0, Math.max(0, folder.length - 2)) : folder;
      return { role, action, key: `${trimmed}${leaf}`, ...(caller ? { identityId: caller } : {}) };
    });
}
