import { ENTITY_TOKEN } from './tokens';

/**
 * The owner folder path for what a user typed: `media`, `media/` and `media/*` all become
 * `media/{entity_id}/*` (the only place Amplify accepts the token: alone, right before the final
 * `/*`, never first, spec §2 rule 7); nothing typed gives `private/{entity_id}/*`. A path that
 * already has the token is kept as typed, so validation can say what is wrong with it.
 */
export function ownerPathFor(text: string): string {
  const typed = text.trim();
  if (typed.includes(ENTITY_TOKEN)) return typed;
  const base = typed.replace(/\*+$/, '').replace(/\/+$/, '');
  return `${base || 'private'}/${ENTITY_TOKEN}/*`;
}
