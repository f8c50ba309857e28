import type { Finding } from '../../core';
import { CommitInput } from '../common/CommitInput';

interface NameChipProps {
  noun: 'group' | 'function';
  name: string;
  index: number;
  count: number;
  findings: readonly Finding[];
  onRename: (to: string) => void;
  onRemove: () => void;
  /** Present when order matters (groups: Cognito precedence). */
  onMove?: (to: number) => void;
}

/** A declared name, renamed in place, with reorder (groups) and remove. */
export function NameChip({
  noun,
  name,
  index,
  count,
  findings,
  onRename,
  onRemove,
  onMove,
}: NameChipProps) {
  const error = findings.some((f) => f.severity === 'error');
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
        onCommit={(to) => to.trim() && onRename(to.trim())}
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
        onClick={onRemove}
      >
        ✕
      </button>
    </li>
  );
}
