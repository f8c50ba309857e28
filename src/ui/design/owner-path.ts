import { ENTITY_TOKEN } from '../../core';

/**
 * The owner folder path for what a user typed: `media`, `media/` and `media/*` all become
 * `media/{entity_id}/*`; a path that already has the token is kept as typed.
 */
export function ownerPathFor(text: string): string {
  const typed = text.trim();
  if (typed.includes(ENTITY_TOKEN)) return typed;
  const base = typed.replace(/\*+$/, '').replace(/\/+$/, '');
  return `${base || 'private'}/${ENTITY_TOKEN}/*`;
}
