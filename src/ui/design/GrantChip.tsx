import { memo } from 'react';
import type { GridAction } from './actions';

interface GrantChipProps {
  action: GridAction;
  /** The accessible name: `<person> <action> <path>`, e.g. `guest read media/*`. */
  label: string;
  checked: boolean;
  /** `read` when only one of get/list is granted. */
  mixed?: boolean;
  onToggle: (action: GridAction, checked: boolean) => void;
}

/**
 * One action checkbox, drawn as a lettered chip: an empty `role="checkbox"` span (its name is the
 * label) that shows its box and letter from the chip sprite (`chipSprite`): its own 13 px of the
 * row its cell names for the five chips' looks (GrantCell's `--chips`), or of the hover row when
 * unticked under the pointer (grid.css), toggled by a click or Space. Not a native `<input>`: a
 * grid row holds thirty of these, and at 2,000 paths every scrolled frame mounts about ten rows;
 * a native checkbox drawn by CSS needed a generated letter and React's value tracking, and cost
 * 5 to 6 ms a frame more, and the letter as text was a second box per chip (issue 11). Out of the
 * tab order: the grid holds one tab stop and moves it with the arrow keys.
 */
export const GrantChip = memo(function GrantChip({
  action,
  label,
  checked,
  mixed = false,
  onToggle,
}: GrantChipProps) {
  return (
    <span
      role="checkbox"
      className={`chip chip-${action}`}
      tabIndex={-1}
      aria-label={label}
      title={label}
      aria-checked={mixed ? 'mixed' : checked}
      onClick={() => onToggle(action, !checked)}
      onKeyDown={(e) => {
        if (e.key !== ' ' || e.ctrlKey || e.metaKey || e.altKey) return;
        // Space ticks, as on a native checkbox, and must not scroll the grid.
        e.preventDefault();
        onToggle(action, !checked);
      }}
    />
  );
});
