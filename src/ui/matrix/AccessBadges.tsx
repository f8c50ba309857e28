import { memo, type CSSProperties } from 'react';
import { badgeIndex } from './badge-sprite';

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
 * slot (a dot in the matrix). Letter and shape carry the meaning, colour only repeats it. Visual
 * only: the cell's own text says the same in words.
 *
 * One element with one background layer: the row of the badge sprite (`badgeSpriteSvg`, drawn
 * in the theme's colours by `useBadgeSprites`) for this combination of states. At 2,000 paths
 * every scrolled frame mounts about a dozen rows of six badges; drawing them as generated text
 * coloured by twenty background layers each cost about 2 ms a frame more (issue 11).
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
  const at = badgeIndex((a) => (on.includes(a) ? 'allow' : off.includes(a) ? 'taken' : 'deny'));
  return <span className="badges" aria-hidden="true" style={{ '--at': at } as CSSProperties} />;
});
