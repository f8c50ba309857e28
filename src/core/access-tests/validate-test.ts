import { namesUsed } from '../model/build';
import { TEST_ACTIONS, type AccessTest } from '../model/access-test';
import type { Design } from '../model/types';
import { ENTITY_TOKEN } from '../paths/tokens';
import { defaultStorageIndex } from '../model/default-storage';

/** Why a test cannot be run against a design; stable codes (tests assert these, not wording). */
export const TEST_PROBLEM_CODES = [
  'unknown-storage',
  'no-default-storage',
  'unknown-person',
  'unknown-group',
  'unknown-function',
  'unknown-action',
  'no-actions',
  'identity-not-applicable',
  'owner-needs-folder',
  'bad-where',
  'bad-except',
] as const;
export type TestProblemCode = (typeof TEST_PROBLEM_CODES)[number];

export interface TestProblem {
  readonly code: TestProblemCode;
  /** The field of the test that is wrong, as a path (`['actions', 2]`): files point at its line. */
  readonly field: readonly (string | number)[];
  readonly message: string;
}

/** The storage a test runs against: the named one, or the design's default. */
export function testStorageIndex(design: Design, test: AccessTest): number | undefined {
  if (test.storage === undefined) return defaultStorageIndex(design);
  const i = design.storages.findIndex((s) => s.name === test.storage);
  return i >= 0 ? i : design.storages.findIndex((s) => s.exportName === test.storage);
}

/**
 * Everything that stops a test from meaning something in this design: a storage, group or
 * function it does not have, an unknown person or action, an owner test without a folder, a
 * malformed where or except. An empty list means the test can be run.
 */
export function validateTest(design: Design, test: AccessTest): TestProblem[] {
  const problems: TestProblem[] = [];
  const add = (code: TestProblemCode, field: (string | number)[], message: string) =>
    problems.push({ code, field, message });

  const storageIndex = testStorageIndex(design, test);
  if (storageIndex === undefined || storageIndex < 0) {
    if (test.storage !== undefined)
      add(
        'unknown-storage',
        ['storage'],
        `No storage is named ${JSON.stringify(test.storage)}; the design has ${listOf(design.storages.map((s) => s.name))}.`,
      );
    else
      add(
        'no-default-storage',
        ['who'],
        'The design has several storages and no default one: name the storage this test is about.',
      );
  }
  checkWho(design, test, add);

  if (test.actions.length === 0)
    add('no-actions', ['actions'], 'Name at least one action: get, list, write, delete or read.');
  test.actions.forEach((action, i) => {
    if (!(TEST_ACTIONS as readonly string[]).includes(action))
      add(
        'unknown-action',
        ['actions', i],
        `${JSON.stringify(action)} is not an action; use ${TEST_ACTIONS.join(', ')}.`,
      );
  });
  checkWhere(test, add);
  return problems;
}

type Add = (code: TestProblemCode, field: (string | number)[], message: string) => void;

function checkWho(design: Design, test: AccessTest, add: Add): void {
  const { who } = test;
  const used = usedNames(design);
  if (who.startsWith('group:')) {
    const name = who.slice(6);
    if (!design.groups.includes(name) && !used.groups.includes(name))
      add(
        'unknown-group',
        ['who'],
        `The design has no group ${JSON.stringify(name)}; its groups are ${listOf(unique([...design.groups, ...used.groups]))}.`,
      );
  } else if (who.startsWith('function:')) {
    const name = who.slice(9);
    if (!design.functions.includes(name) && !used.functions.includes(name))
      add(
        'unknown-function',
        ['who'],
        `The design has no function ${JSON.stringify(name)}; its functions are ${listOf(unique([...design.functions, ...used.functions]))}.`,
      );
  } else if (who !== 'guest' && who !== 'authenticated' && who !== 'owner') {
    add(
      'unknown-person',
      ['who'],
      `${JSON.stringify(who)} is not a person; use guest, authenticated, owner, group:NAME or function:NAME.`,
    );
  }
  if (test.identityId !== undefined) {
    if (who === 'guest' || who.startsWith('function:'))
      add(
        'identity-not-applicable',
        ['identityId'],
        `An identity id means nothing for ${who}: only authenticated, owner and group:NAME have one in their policies.`,
      );
    else if (test.identityId === '' || test.identityId.includes('/'))
      add(
        'identity-not-applicable',
        ['identityId'],
        'An identity id is never empty and never contains "/" (Cognito writes REGION:UUID).',
      );
  }
  if (who === 'owner' && test.identityId === undefined && !test.where.includes(ENTITY_TOKEN))
    add(
      'owner-needs-folder',
      ['where'],
      `An owner test names the owner's folder with ${ENTITY_TOKEN} (e.g. "private/${ENTITY_TOKEN}/*"), or gives an identityId.`,
    );
}

function checkWhere(test: AccessTest, add: Add): void {
  const { where } = test;
  const prefix = where.endsWith('*') ? where.slice(0, -1) : undefined;
  const body = prefix ?? where;
  if (body.includes('*'))
    add(
      'bad-where',
      ['where'],
      '"*" may only end where ("media/*": everything under media/; "*": the whole bucket).',
    );
  if (where.split(ENTITY_TOKEN).length > 2)
    add('bad-where', ['where'], `${ENTITY_TOKEN} may appear once in where.`);
  const entity = where.indexOf(ENTITY_TOKEN);
  const after = where[entity + ENTITY_TOKEN.length];
  if (entity >= 0 && ((entity > 0 && where[entity - 1] !== '/') || after !== '/'))
    add(
      'bad-where',
      ['where'],
      `${ENTITY_TOKEN} stands for a whole folder name: write it between "/"s ("private/${ENTITY_TOKEN}/*").`,
    );
  const objectActions = test.actions.some((a) => a !== 'list');
  if (where === '' && objectActions)
    add('bad-where', ['where'], 'An object key is never empty; "*" means the whole bucket.');
  if (!test.except) return;
  if (prefix === undefined && test.except.length > 0)
    add('bad-except', ['except'], 'except only makes sense with a where ending in "*".');
  test.except.forEach((item, i) => {
    const bare = item.endsWith('*') ? item.slice(0, -1) : item;
    if (bare.includes('*') || item.includes(ENTITY_TOKEN))
      add(
        'bad-except',
        ['except', i],
        `except takes plain prefixes ("media/public/" or "media/public/*"), without ${ENTITY_TOKEN} or inner "*".`,
      );
    else if (prefix !== undefined && !prefix.includes(ENTITY_TOKEN) && !bare.startsWith(prefix))
      add(
        'bad-except',
        ['except', i],
        `${JSON.stringify(item)} is not under ${JSON.stringify(where)}: it leaves nothing out.`,
      );
  });
}

/** Names used by a design's rules, once per design (a design's tests all ask). */
const namesCache = new WeakMap<Design, ReturnType<typeof namesUsed>>();
function usedNames(design: Design): ReturnType<typeof namesUsed> {
  let names = namesCache.get(design);
  if (!names) namesCache.set(design, (names = namesUsed(design)));
  return names;
}

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];
const listOf = (names: readonly string[]): string =>
  names.length === 0 ? 'none' : names.map((n) => JSON.stringify(n)).join(', ');
