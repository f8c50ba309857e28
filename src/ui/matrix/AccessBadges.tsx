import { memo } from 'react';
import { ACCESS_ACTIONS } from '../../core';

const LETTER = { get: 'G', list: 'L', write: 'W', delete: 'D' } as const;

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
 * slot. Letter and shape carry the meaning, colour only repeats it. Drawn by CSS from data
 * attributes with empty alternative text: the cell's own text (for screen readers and tests)
 * stays the words.
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
  return (
    <span className="badges" aria-hidden="true">
      {ACCESS_ACTIONS.map((a) => (
        <span
          key={a}
          className="badge"
          data-letter={LETTER[a]}
          data-state={on.includes(a) ? 'allow' : off.includes(a) ? 'taken' : 'deny'}
        />
      ))}
    </span>
  );
});
