import type { Principal } from '../model/types';
import { ENTITY_TOKEN, OWNER_VARIABLE } from '../paths/tokens';

/**
 * The S3 prefix a rule actually grants: owner rules put the identity variable in place of
 * `{entity_id}`, every other rule a `*`, and a resulting `/*\/*` ending is cut to `/*`
 * (so guest on `media/{entity_id}/*` grants `media/*`).
 */
export function substitutedPrefix(path: string, principal: Principal): string {
  const prefix = path.replaceAll(ENTITY_TOKEN, principal.kind === 'entity' ? OWNER_VARIABLE : '*');
  return prefix.endsWith('/*/*') ? prefix.slice(0, -2) : prefix;
}
