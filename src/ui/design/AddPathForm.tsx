import { useDeferredValue, useId, useMemo, useRef, useState } from 'react';
import { allow, newPathFindings, ownerPathFor } from '../../core';
import { useAppStore } from '../../state';

/**
 * Adds a path exactly as typed (nothing is refused: the findings under the new row say what
 * Amplify would reject), but says while the user types what is wrong with it: a duplicate, a
 * leading "/", a missing "/*", nesting too deep. "Add owner path" makes `prefix/{entity_id}/*`
 * with owner access.
 */
export function AddPathForm() {
  const edit = useAppStore((s) => s.edit);
  const storageIndex = useAppStore((s) => s.storageIndex);
  const [text, setText] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const checkId = useId();
  // Deferred: typing stays immediate on a long design, the check follows.
  const typed = useDeferredValue(text.trim());
  // The storage only while there is a path to check: a tick replaces the storage, and the form
  // would re-render on each one for nothing.
  const storage = useAppStore((s) => (typed ? s.design.storages[s.storageIndex] : undefined));
  const problems = useMemo(
    () => (storage && typed ? newPathFindings(storage, typed) : []),
    [storage, typed],
  );
  const add = (path: string, owner: boolean) => {
    if (!path.trim()) return;
    const rules = owner ? [allow.entity('identity').to(['read', 'write', 'delete'])] : [];
    edit({ type: 'addPath', storageIndex, path, rules });
    setText('');
    input.current?.focus();
  };
  return (
    <form
      className="add-path"
      onSubmit={(e) => {
        e.preventDefault();
        add(text, false);
      }}
    >
      <label className="inline-field">
        <span className="label">New path</span>
        <input
          ref={input}
          id="new-path"
          className="field mono"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder="media/*"
          spellCheck={false}
          autoComplete="off"
          aria-describedby={`${checkId} ${hintId}`}
          aria-invalid={problems.some((f) => f.severity === 'error') || undefined}
        />
      </label>
      <button type="submit" className="btn btn-primary">
        Add path
      </button>
      <button type="button" className="btn" onClick={() => add(ownerPathFor(text), true)}>
        Add owner path
      </button>
      <span id={checkId} className="path-check" role="status">
        {problems.map((f) => f.message).join(' ')}
      </span>
      <span id={hintId} className="hint">
        Owner path: <code>{ownerPathFor(text || 'private')}</code> with owner read, write, delete
      </span>
    </form>
  );
}
