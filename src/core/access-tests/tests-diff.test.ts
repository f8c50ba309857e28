import { describe, expect, it } from 'vitest';
import { allow, designFromAccess, type AccessTest, type Design } from '..';
import { diffTests } from './tests-diff';

const gen1 = designFromAccess({
  'public/*': [allow.guest.to(['read']), allow.authenticated.to(['read', 'write', 'delete'])],
});
const open = designFromAccess({
  'public/*': [
    allow.guest.to(['read', 'write']),
    allow.authenticated.to(['read', 'write', 'delete']),
  ],
});
const noWrite: AccessTest = { who: 'guest', actions: ['write'], where: 'public/*', expect: 'deny' };
const reads: AccessTest = { who: 'guest', actions: ['get'], where: 'public/*', expect: 'allow' };
const withTests = (d: Design, tests: AccessTest[]): Design => ({ ...d, tests });

describe('diffTests', () => {
  it('lists added, removed and changed tests', () => {
    const lists: AccessTest = { who: 'guest', actions: ['list'], where: '*', expect: 'deny' };
    const d = diffTests(
      withTests(gen1, [noWrite, reads]),
      withTests(gen1, [{ ...noWrite, actions: ['write', 'delete'] }, lists]),
    );
    expect(d.added).toEqual([lists]);
    expect(d.removed).toEqual([reads]);
    expect(d.changed).toEqual([
      { before: noWrite, after: { ...noWrite, actions: ['write', 'delete'] } },
    ]);
    expect(d.outcomes).toEqual([]);
  });
  it('names the tests that pass in one design and fail in the other, each run on its own design', () => {
    const d = diffTests(withTests(gen1, [noWrite, reads]), withTests(open, [noWrite, reads]));
    expect(d).toMatchObject({ added: [], removed: [], changed: [] });
    expect(d.outcomes).toEqual([{ test: noWrite, before: 'pass', after: 'fail' }]);
    expect(diffTests(withTests(open, [noWrite]), withTests(gen1, [noWrite])).outcomes).toEqual([
      { test: noWrite, before: 'fail', after: 'pass' },
    ]);
  });
  it('no tests on either side: nothing to say', () => {
    expect(diffTests(gen1, open)).toEqual({ added: [], removed: [], changed: [], outcomes: [] });
  });
});
