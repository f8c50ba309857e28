import { useState, type InputHTMLAttributes } from 'react';

interface CommitInputProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'value' | 'onChange'
> {
  value: string;
  /** Called with the new text on Enter or blur, only when it differs. */
  onCommit: (value: string) => void;
}

/**
 * A text box that edits a name in place and commits on Enter or blur (Escape reverts), so the
 * document, and every accessible name built from it, changes once per rename, not per keystroke.
 */
export function CommitInput({ value, onCommit, onKeyDown, onBlur, ...rest }: CommitInputProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft !== null && draft !== value) onCommit(draft);
    setDraft(null);
  };
  return (
    <input
      {...rest}
      value={draft ?? value}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={(e) => {
        commit();
        onBlur?.(e);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') setDraft(null);
        onKeyDown?.(e);
      }}
    />
  );
}
