import { memo } from 'react';
import { ACTION_LETTER, type GridAction } from './actions';

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
 * One action checkbox, drawn as a lettered chip by CSS on the native input itself (one element
 * per checkbox keeps long windowed grids light). Clicks, Space, focus and the accessible name are
 * the browser's own; the letter is generated content with empty alt text. Out of the tab order:
 * the grid holds one tab stop and moves it with the arrow keys.
 */
export const GrantChip = memo(function GrantChip({
  action,
  label,
  checked,
  mixed = false,
  onToggle,
}: GrantChipProps) {
  return (
    <input
      type="checkbox"
      className={`chip chip-${action}`}
      tabIndex={-1}
      data-letter={ACTION_LETTER[action]}
      aria-label={label}
      title={label}
      checked={checked}
      ref={(el) => {
        if (el) el.indeterminate = mixed;
      }}
      onChange={(e) => onToggle(action, e.target.checked)}
    />
  );
});
