import { personLabel, type Person } from '../../core';

/**
 * Who can make a request, named as everywhere else: guest, authenticated (a signed-in user in no
 * group; owner folders are matched by the identity id), group NAME (a member), function NAME. The
 * matrix's `owner` is not a separate person here: it is an authenticated user whose identity id
 * is the folder's.
 */
export function personOptions(people: readonly Person[]): { value: Person; label: string }[] {
  return people.filter((p) => p !== 'owner').map((p) => ({ value: p, label: personLabel(p) }));
}
