import { useEffect, useId, useRef, useState } from 'react';
import type { ImportOutcome } from '../../state';
import { useImport, type DialogStart } from './import-context';
import { ImportErrors } from './ImportErrors';

/**
 * Paste a resource.ts, an amplify_outputs.json or a design file (or choose one) and import it.
 * A modal <dialog>: Escape closes it and focus returns where it was.
 */
export function ImportDialog({ start, onClose }: { start: DialogStart; onClose: () => void }) {
  const api = useImport();
  const ref = useRef<HTMLDialogElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(start.text);
  const [fileName, setFileName] = useState(start.fileName);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(start.outcome);
  const [busy, setBusy] = useState(false);
  const titleId = useId();
  const hintId = useId();

  // No close() on cleanup: removing the element ends the modal, and StrictMode's second effect run
  // would otherwise see a `close` event and drop the dialog.
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  /** Closing the dialog element itself returns focus where it was; its `close` event tells the parent. */
  const close = () => ref.current?.close();
  const submit = async () => {
    if (!api || busy) return;
    setBusy(true);
    const result = await api.run(text, fileName);
    setBusy(false);
    if (result.ok) close();
    else setOutcome(result);
  };

  return (
    <dialog ref={ref} className="import-dialog" aria-labelledby={titleId} onClose={onClose}>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <h2 id={titleId}>Import design</h2>
        <p id={hintId} className="hint">
          Paste an <code>amplify/storage/resource.ts</code>, an <code>amplify_outputs.json</code> or
          a design file saved by this app, or choose a file (you can also drop one anywhere on the
          page). The design it holds replaces the current one; Undo brings that back.
        </p>
        <label className="import-source">
          <span className="label">Source to import{fileName ? ` (${fileName})` : ''}</span>
          <textarea
            className="field mono"
            value={text}
            spellCheck={false}
            autoComplete="off"
            rows={14}
            aria-describedby={hintId}
            aria-invalid={outcome !== null && !outcome.ok}
            onChange={(e) => {
              setText(e.target.value);
              setFileName('');
            }}
          />
        </label>
        {outcome && !outcome.ok && <ImportErrors outcome={outcome} />}
        <div className="import-actions">
          <input
            ref={fileInput}
            type="file"
            accept=".ts,.json,application/json,text/typescript"
            className="sr-only"
            tabIndex={-1}
            aria-hidden="true"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (!file) return;
              setText(await file.text());
              setFileName(file.name);
              setOutcome(null);
            }}
          />
          <button type="button" className="btn" onClick={() => fileInput.current?.click()}>
            Choose file…
          </button>
          <span className="spacer" />
          <button type="button" className="btn" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={busy || text.trim() === ''}>
            Import
          </button>
        </div>
      </form>
    </dialog>
  );
}
