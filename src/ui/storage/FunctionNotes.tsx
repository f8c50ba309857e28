import type { ReactNode } from 'react';
import { bucketNameVariable, functionStorageUses, type Design } from '../../core';
import { useAppStore } from '../../state';
import { EVENT_WORDS } from './entry-words';
import { functionNoteId } from './function-note-id';

/** What a function gets from one storage, in words: its variable and the triggers that run it. */
function noteOf(design: Design, storageIndex: number, fn: string): ReactNode {
  const storage = design.storages[storageIndex]!;
  const uses = functionStorageUses(design, fn);
  const use = uses.find((u) => u.storageIndex === storageIndex);
  const triggers = (use?.triggers ?? []).map((event) => `; ${EVENT_WORDS[event]} (${event})`);
  // Its environment holds every storage's variable it has access to, not only this one's.
  const elsewhere = uses.filter((u) => u.storageIndex !== storageIndex && u.variable);
  return (
    <>
      receives <code>{bucketNameVariable(storage.name)}</code>
      {use?.variable ? ' (has access here)' : ' once given access here'}
      {triggers.join('')}
      {elsewhere.map((u) => (
        <span key={u.storageIndex}>
          ; also <code>{u.variable}</code> (access in {u.storageName})
        </span>
      ))}
    </>
  );
}

/**
 * Beside the function columns: what each function receives from the selected storage. Amplify
 * gives every function with access rules the environment variable `<storageName>_BUCKET_NAME`; a
 * trigger alone gives none (the S3 event names the bucket). Each note is also the description of
 * the function's column headers (`functionNoteId`).
 */
export function FunctionNotes() {
  const design = useAppStore((s) => s.design);
  const storageIndex = useAppStore((s) => s.storageIndex);
  if (design.functions.length === 0 || !design.storages[storageIndex]) return null;
  return (
    <ul className="function-notes hint" aria-label="What functions receive">
      {design.functions.map((fn) => (
        <li key={fn} id={functionNoteId(fn)}>
          <span className="mono">{fn}</span>: {noteOf(design, storageIndex, fn)}
        </li>
      ))}
    </ul>
  );
}
