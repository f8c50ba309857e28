import type { Person } from '../../core';

/**
 * Who can make a request: a guest, a signed-in user (in no group; owner folders are matched by
 * the identity id), a member of each group, each function. The matrix's `owner` is not a separate
 * person here: it is a signed-in user whose identity id is the folder's.
 */
export function personOptions(people: readonly Person[]): { value: Person; label: string }[] {
  return people
    .filter((p) => p !== 'owner')
    .map((p) => ({
      value: p,
      label:
        p === 'guest'
          ? 'guest'
          : p === 'authenticated'
            ? 'signed-in user'
            : p.startsWith('group:')
              ? `member of group ${p.slice(6)}`
              : `function ${p.slice(9)}`,
    }));
}
