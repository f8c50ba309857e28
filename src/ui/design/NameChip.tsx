import { memo } from 'react';
import type { DesignEdit } from '../../core';
import { CommitInput } from '../common/CommitInput';
import type { NameKind } from './names';

interface NameChipProps {
  kind: NameKind;
  name: string;
  index: number;
  count: number;
  /** A finding of severity error is about this name. */
  error: boolean;
  edit: (edit: DesignEdit) => void;
}

/**
 * A declared name, renamed in place, with reorder (groups: Cognito precedence) and remove.
 * Memoized: its props are values and stable functions, so a tick does not render it.
 */
export const NameChip = memo(function NameChip({
  kind,
  name,
  index,
  count,
  error,
  edit,
}: NameChipProps) {
  const { noun, move } = kind;
  const onMove = move && ((to: number) => edit(move(index, to)));
  return (
    <li className={`name-chip${error ? ' has-errors' : ''}`}>
      {onMove && (
        <span
          className="precedence"
          title="Precedence: a member of several groups gets the first one's role"
        >
          {index + 1}
        </span>
      )}
      <CommitInput
        className="name-input mono"
        aria-label={`Rename ${noun} ${name}`}
        value={name}
        size={Math.max(4, name.length)}
        spellCheck={false}
        autoComplete="off"
        onCommit={(to) => to.trim() && edit(kind.rename(name, to.trim()))}
      />
      {onMove && (
        <>
          <button
            type="button"
            className="icon-btn"
            aria-label={`Move ${noun} ${name} up`}
            title="Higher precedence"
            disabled={index === 0}
            onClick={() => onMove(index - 1)}
          >
            ↑
          </button>
          <button
            type="button"
            className="icon-btn"
            aria-label={`Move ${noun} ${name} down`}
            title="Lower precedence"
            disabled={index === count - 1}
            onClick={() => onMove(index + 1)}
          >
            ↓
          </button>
        </>
      )}
      <button
        type="button"
        className="icon-btn danger"
        aria-label={`Remove ${noun} ${name}`}
        title={`Remove ${noun}`}
        onClick={() => edit(kind.remove(name))}
      >
        ✕
      </button>
    </li>
  );
});
