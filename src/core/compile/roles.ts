import type { Principal } from '../model/types';

/**
 * The IAM role that receives a rule's policy. Owner rules go to the authenticated role (with the
 * identity variable in the resource), which is why authenticated and owner share one policy.
 */
export type RoleKey = 'guest' | 'authenticated' | `group:${string}` | `function:${string}`;

export function rolesOf(principal: Principal): RoleKey[] {
  switch (principal.kind) {
    case 'guest':
      return ['guest'];
    case 'authenticated':
    case 'entity':
      return ['authenticated'];
    case 'groups':
      return principal.groups.map((g): RoleKey => `group:${g}`);
    case 'resource':
      return [`function:${principal.fn}`];
  }
}

/** A role key as a person reads it: `group admin`, `function resizer`. */
export function roleLabel(role: RoleKey): string {
  if (role.startsWith('group:')) return `group ${role.slice(6)}`;
  if (role.startsWith('function:')) return `function ${role.slice(9)}`;
  return role;
}
