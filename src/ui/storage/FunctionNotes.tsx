import { memo, useMemo } from 'react';
import {
  bucketNameVariable,
  functionStorageUses,
  type Design,
  type TriggerEvent,
} from '../../core';
import { useAppStore } from '../../state';
import { EVENT_WORDS } from './entry-words';
import { functionNoteId } from './function-note-id';

/** What one function gets from the selected storage, and the variables of the others. */
interface Note {
  readonly fn: string;
  readonly variable: string;
  readonly hasAccess: boolean;
  readonly triggers: readonly TriggerEvent[];
  readonly elsewhere: readonly { readonly variable: string; readonly storage: string }[];
}

function notesOf(design: Design, storageIndex: number): Note[] {
  const storage = design.storages[storageIndex];
  if (!storage) return [];
  return design.functions.map((fn) => {
    const uses = functionStorageUses(design, fn);
    const use = uses.find((u) => u.storageIndex === storageIndex);
    return {
      fn,
      variable: bucketNameVariable(storage.name),
      hasAccess: use?.variable !== undefined,
      triggers: use?.triggers ?? [],
      elsewhere: uses.flatMap((u) =>
        u.storageIndex !== storageIndex && u.variable
          ? [{ variable: u.variable, storage: u.storageName }]
          : [],
      ),
    };
  });
}

/**
 * Beside the function columns: what each function receives from the selected storage. Amplify
 * gives every function with access rules the bucket's name as `<storageName>_BUCKET_NAME` in
 * SCREAMING_SNAKE_CASE (`bucketNameVariable`); a trigger alone gives none (the S3 event names
 * the bucket). Each note is also the description of the function's column headers
 * (`functionNoteId`). It renders only when a note changes: the
 * store is read as text, so a tick elsewhere gives an equal string.
 */
export const FunctionNotes = memo(function FunctionNotes() {
  const key = useAppStore((s) => JSON.stringify(notesOf(s.design, s.storageIndex)));
  const notes = useMemo(() => JSON.parse(key) as Note[], [key]);
  if (notes.length === 0) return null;
  return (
    <ul className="function-notes hint" aria-label="What functions receive">
      {notes.map((n) => (
        <li key={n.fn} id={functionNoteId(n.fn)}>
          <span className="mono">{n.fn}</span>: receives <code>{n.variable}</code>
          {n.hasAccess ? ' (has access here)' : ' once given access here'}
          {n.triggers.map((event) => `; ${EVENT_WORDS[event]} (${event})`).join('')}
          {n.elsewhere.map((e, i) => (
            <span key={i}>
              ; also <code>{e.variable}</code> (access in {e.storage})
            </span>
          ))}
        </li>
      ))}
    </ul>
  );
});
