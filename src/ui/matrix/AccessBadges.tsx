import { memo, type CSSProperties } from 'react';
import { badgeAt } from '../sprites/badge-sprite';

interface AccessBadgesProps {
  /** The allowed actions, space-separated (a string, so memo compares by value). */
  allowed: string;
  /** Actions a subpath takes away from its parent, space-separated. */
  taken: string;
  /** Owner column on a path without `{entity_id}`: no cell there (core `personHasCell`), a dash. */
  noFolder?: boolean;
  /**
   * The same in words (the matrix cell's text, e.g. `get list`): held by the badge itself,
   * transparent and a pixel high, instead of by a visually hidden element beside it. Without it
   * (the grid's effect row, whose accessible form is the matrix) the badge is hidden from
   * assistive technology.
   */
  words?: string;
}

/**
 * Effective access as four fixed slots G L W D: an allowed action is a filled badge with its
 * letter, one taken away by a subpath is its letter struck through, and a denied one is an empty
 * slot (a dot in the matrix). Letter and shape carry the meaning, colour only repeats it. For
 * assistive technology the badge is its `words` (the matrix cell's text), or nothing.
 *
 * One element with one background layer: the row of the badge sprite (`badgeSpriteOps`, drawn
 * in the theme's colours by `useThemeSprites`) for this combination of states. At 2,000 paths
 * every scrolled frame mounts about a dozen rows of six badges; drawing them as generated text
 * coloured by twenty background layers each cost about 2 ms a frame more (issue 11).
 */
export const AccessBadges = memo(function AccessBadges({
  allowed,
  taken,
  noFolder = false,
  words,
}: AccessBadgesProps) {
  const hidden = words === undefined ? true : undefined;
  if (noFolder)
    return (
      <span className="badges no-folder" aria-hidden={hidden}>
        —
      </span>
    );
  const at = badgeAt(allowed.split(' '), taken.split(' '));
  return (
    <span className="badges" aria-hidden={hidden} style={{ '--at': at } as CSSProperties}>
      {words}
    </span>
  );
});
