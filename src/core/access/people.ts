import type { RoleKey } from '../compile/roles';
import type { Grantee } from '../edit/edits';
import type { Design, Storage } from '../model/types';
import { ENTITY_TOKEN } from '../paths/tokens';

/** A column of the matrix: a kind of person (spec §5). `owner` is a signed-in user in their own folder. */
export type Person = 'guest' | 'authenticated' | 'owner' | `group:${string}` | `function:${string}`;

/** Stand-in identity ids: the matrix asks IAM about "a user in their own folder" and "in someone else's". */
export const OWNER_ID = 'folder-owner-id';
export const OTHER_ID = 'someone-else-id';
export const CALLER_ID = 'signed-in-user-id';

/** The IAM role a person acts through and the identity id IAM sees. */
export function personRole(person: Person): { role: RoleKey; identityId?: string } {
  if (person === 'owner') return { role: 'authenticated', identityId: OWNER_ID };
  if (person === 'guest') return { role: 'guest', identityId: 'guest-identity-id' };
  if (person === 'authenticated' || person.startsWith('group:'))
    return { role: person as RoleKey, identityId: CALLER_ID };
  return { role: person as RoleKey };
}

/**
 * Whether a person has a cell on the row of this path (one answer for the app and the CLI).
 *
 * The owner is "the same signed-in user in their own {entity_id} folder" (spec §5). A path without
 * `{entity_id}` has no per-user folders, so nobody owns anything in it and the owner column has no
 * cell there: it is not "no access" (that would be a claim about an owner who cannot exist here)
 * and not authenticated's access either (that would credit owner rules with what the authenticated
 * column already shows, and an `allow.entity` rule on such a path is a warning precisely because it
 * reaches every signed-in user). A signed-in user there is the authenticated (or group) column.
 */
export const personHasCell = (person: Person, path: string): boolean =>
  person !== 'owner' || path.includes(ENTITY_TOKEN);

/** The person a design-grid column stands for, as the grantee its checkboxes edit. */
export function granteeOf(person: Person): Grantee {
  if (person === 'guest' || person === 'authenticated' || person === 'owner')
    return { kind: person };
  if (person.startsWith('group:')) return { kind: 'group', name: person.slice('group:'.length) };
  return { kind: 'function', name: person.slice('function:'.length) };
}

/** A column header as a person reads it: `group admin`, `function resizer`. */
export function personLabel(person: Person): string {
  if (person.startsWith('group:')) return `group ${person.slice(6)}`;
  if (person.startsWith('function:')) return `function ${person.slice(9)}`;
  return person;
}

export interface PeopleOptions {
  /** Also show declared functions that no rule uses (the editor does; the CLI shows used ones). */
  readonly includeDeclaredFunctions?: boolean;
}

/**
 * The columns for one storage: guest, authenticated, owner (when some path has `{entity_id}`),
 * every group used or declared (in declaration order, then undeclared ones by first use), and every
 * function used.
 */
export function matrixPeople(
  design: Design,
  storage: Storage,
  options: PeopleOptions = {},
): Person[] {
  const people: Person[] = ['guest', 'authenticated'];
  if (storage.paths.some((p) => p.path.includes(ENTITY_TOKEN))) people.push('owner');
  const groups = new Set(design.groups);
  const functions = new Set<string>(options.includeDeclaredFunctions ? design.functions : []);
  // Indexed loops: the editor asks this on every edit, not often enough for V8 to optimize it,
  // and unoptimized, a closure per rule and an iterator result per item were all it allocated.
  const { paths } = storage;
  for (let p = 0; p < paths.length; p++) {
    const { rules } = paths[p]!;
    for (let r = 0; r < rules.length; r++) {
      const { principal } = rules[r]!;
      if (principal.kind === 'groups')
        for (let g = 0; g < principal.groups.length; g++) groups.add(principal.groups[g]!);
      if (principal.kind === 'resource') functions.add(principal.fn);
    }
  }
  for (const g of groups) people.push(`group:${g}`);
  for (const f of functions) people.push(`function:${f}`);
  return people;
}
