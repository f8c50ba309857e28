import { memo } from 'react';
import { ACCESS_ACTIONS, type AccessAction } from '../../core';

const LETTER = { get: 'G', list: 'L', write: 'W', delete: 'D' } as const;
/** The data attribute that holds each slot's state (the CSS draws the slot from it). */
const SLOT = { get: 'data-g', list: 'data-l', write: 'data-w', delete: 'data-d' } as const;

type SlotState = 'allow' | 'taken' | 'deny';

interface AccessBadgesProps {
  /** The allowed actions, space-separated (a string, so memo compares by value). */
  allowed: string;
  /** Actions a subpath takes away from its parent, space-separated. */
  taken: string;
  /** Owner column on a path without `{entity_id}`: no cell there (core `personHasCell`), a dash. */
  noFolder?: boolean;
}

/**
 * Effective access as four fixed slots G L W D: an allowed action is a filled badge with its
 * letter, one taken away by a subpath is its letter struck through, and a denied one is an empty
 * slot. Letter and shape carry the meaning, colour only repeats it.
 *
 * One element per cell, not one per badge: the slots' states are data attributes and the CSS
 * (badges.css) draws the letters as generated content (empty alternative text: the cell's own
 * text stays the words) and each slot's fill, edge and strike as background layers. At 2,000
 * paths every scrolled frame mounts about a dozen rows of these, and four elements with their
 * own boxes per cell were a third of the matrix's cost per frame.
 */
export const AccessBadges = memo(function AccessBadges({
  allowed,
  taken,
  noFolder = false,
}: AccessBadgesProps) {
  if (noFolder)
    return (
      <span className="badges no-folder" aria-hidden="true">
        —
      </span>
    );
  const on = allowed.split(' ');
  const off = taken.split(' ');
  const stateOf = (a: AccessAction): SlotState =>
    on.includes(a) ? 'allow' : off.includes(a) ? 'taken' : 'deny';
  const slots = Object.fromEntries(ACCESS_ACTIONS.map((a) => [SLOT[a], stateOf(a)]));
  const glyph = (a: AccessAction) => (slots[SLOT[a]] === 'deny' ? '·' : LETTER[a]);
  // A space between L and W: its advance is the extra gap some layouts put there (CSS --gap-w).
  const text = `${glyph('get')}${glyph('list')} ${glyph('write')}${glyph('delete')}`;
  return <span className="badges" aria-hidden="true" data-text={text} {...slots} />;
});
