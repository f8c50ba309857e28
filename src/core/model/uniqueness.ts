import type { Principal } from './types';

/**
 * The ids Amplify uses to forbid the same principal twice on one path (access_builder.ts):
 * each group counts on its own, `allow.resource` has none and may repeat.
 */
export function uniquenessIds(principal: Principal): string[] {
  switch (principal.kind) {
    case 'guest':
    case 'authenticated':
      return [principal.kind];
    case 'groups':
      return principal.groups.map((g) => `groups${g}`);
    case 'entity':
      return [`entity${principal.entity}`];
    case 'resource':
      return [];
  }
}
