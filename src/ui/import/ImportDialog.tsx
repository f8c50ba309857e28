import { useId, useState } from 'react';
import type { ImportOutcome } from '../../state';
import { FilePickerButton } from '../common/FilePickerButton';
import { ModalDialog, useModal } from '../common/ModalDialog';
import { useImport, type DialogStart } from './import-context';
import { ImportErrors } from './ImportErrors';

/**
 * Paste a resource.ts, an amplify_outputs.json or a design file (or choose one) and import it.
 * A modal <dialog>: Escape closes it and focus returns where it was.
 */
export function ImportDialog({ start, onClose }: { start: DialogStart; onClose: () => void }) {
  const api = useImport();
  const modal = useModal();
  const [text, setText] = useState(start.text);
  const [fileName, setFileName] = useState(start.fileName);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(start.outcome);
  const [busy, setBusy] = useState(false);
  const hintId = useId();
  const { close } = modal;
  const submit = async () => {
    if (!api || busy) return;
    setBusy(true);
    // Let "Importing…" paint before the parse holds the main thread (a 2,000-path resource.ts
    // takes a few hundred ms from click to matrix).
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    const result = await api.run(text, fileName);
    setBusy(false);
    if (result.ok) close();
    else setOutcome(result);
  };

  return (
    <ModalDialog modal={modal} title="Import design" className="import-dialog" onClose={onClose}>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <p id={hintId} className="hint">
          Paste an <code>amplify/storage/resource.ts</code>, an <code>amplify_outputs.json</code> or
          a design file saved by this app, or choose a file (you can also drop one anywhere on the
          page). The design it holds replaces the current one; Undo brings that back.
        </p>
        <label className="modal-field">
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
        <p className="hint" role="status">
          {busy ? 'Importing…' : ''}
        </p>
        <div className="modal-actions">
          <FilePickerButton
            onPick={(picked, name) => {
              setText(picked);
              setFileName(name);
              setOutcome(null);
            }}
          >
            Choose file…
          </FilePickerButton>
          <span className="spacer" />
          <button type="button" className="btn" onClick={close}>
            Cancel
          </button>
          <button
            type="submit"
            className="btn btn-primary"
            aria-busy={busy}
            disabled={busy || text.trim() === ''}
          >
            Import
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
