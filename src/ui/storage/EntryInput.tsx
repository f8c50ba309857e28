import { useId, useState } from 'react';
import { inlineEntryProblem, type Design } from '../../core';
import { ENTRY_PROBLEM } from './entry-words';

interface EntryInputProps {
  /** The trigger event: the box is named "onUpload entry". */
  event: string;
  /** The design as it is now (read while typing, to say what is wrong with the draft). */
  design: () => Design;
  value: string;
  onCommit: (entry: string) => void;
}

/**
 * The entry file of an inline `defineFunction({ entry })`. Says what is wrong while you type and
 * commits on Enter or blur only an entry that works; a draft with a problem stays in the box (the
 * user's text is never thrown away), Escape goes back to the current entry.
 */
export function EntryInput({ event, design, value, onCommit }: EntryInputProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const problemId = useId();
  const text = draft ?? value;
  const problem =
    draft === null || draft.trim() === value ? undefined : inlineEntryProblem(design(), draft);
  const commit = () => {
    if (draft === null || problem) return;
    if (draft.trim() !== value) onCommit(draft.trim());
    setDraft(null);
  };
  return (
    <span className="entry-field">
      <label className="inline-field">
        <span className="label">
          <span className="sr-only">{event} </span>entry
        </span>
        <input
          className="field mono entry-input"
          value={text}
          spellCheck={false}
          autoComplete="off"
          placeholder="./on-upload-handler.ts"
          title="The handler file, relative to amplify/storage/ (the folder of resource.ts)"
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? problemId : undefined}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
            if (e.key === 'Escape') setDraft(null);
          }}
        />
      </label>
      {problem && (
        <span id={problemId} className="hint entry-problem" data-code={problem}>
          {ENTRY_PROBLEM[problem]}
        </span>
      )}
    </span>
  );
}
