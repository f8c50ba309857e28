import {
  ACCESS_ACTIONS,
  expandActions,
  granteeOf,
  matrixPeople,
  ruleGrantsTo,
  type AccessAction,
  type Design,
  type PathEntry,
  type Person,
} from '../../core';
import { memoOn, memoOn2 } from './memo';
import { stableArrays } from './stable';

const stablePeople = stableArrays<Person>();

/**
 * Columns of the design grid: the matrix's people, but `owner` always (a checkbox is how a user
 * makes the first owner rule), and every declared or used group and function.
 */
export const gridPeopleOf = memoOn2((design: Design, storageIndex: number): readonly Person[] => {
  const storage = design.storages[storageIndex];
  if (!storage) return [];
  const people = matrixPeople(design, storage, { includeDeclaredFunctions: true });
  return stablePeople(
    String(storageIndex),
    people.includes('owner') ? people : ['guest', 'authenticated', 'owner', ...people.slice(2)],
  );
});

export type GrantSet = ReadonlySet<AccessAction>;
const EMPTY: GrantSet = new Set();

/** What each person's rules on one path grant, by person: the checked boxes of a row. */
export const grantsOf = memoOn((entry: PathEntry) => {
  const cache = new Map<Person, GrantSet>();
  return (person: Person): GrantSet => {
    let set = cache.get(person);
    if (!set) {
      const grantee = granteeOf(person);
      const actions = entry.rules
        .filter((r) => ruleGrantsTo(r, grantee))
        .flatMap((r) => expandActions(r.actions));
      set = actions.length ? new Set(ACCESS_ACTIONS.filter((a) => actions.includes(a))) : EMPTY;
      cache.set(person, set);
    }
    return set;
  };
});
