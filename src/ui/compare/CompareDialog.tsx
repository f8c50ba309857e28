import { useState } from 'react';
import { readBaseline, type Baseline } from '../../state/compare-source';
import { deleteVersion, listVersions, type SavedVersion } from '../../state/compare-versions';
import { FilePickerButton } from '../common/FilePickerButton';
import { ModalDialog, useModal } from '../common/ModalDialog';
import './compare.css';

const savedAt = (iso: string) => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleString();
};

/**
 * Picks the other side of a comparison: a saved version, a file, or pasted text / a share link.
 * A modal <dialog>: Escape closes it and focus returns to the button that opened it.
 */
export default function CompareDialog({
  onChoose,
  onClose,
}: {
  onChoose: (baseline: Baseline) => void;
  onClose: () => void;
}) {
  const modal = useModal();
  const [versions, setVersions] = useState<SavedVersion[]>(() => listVersions());
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const choose = (baseline: Baseline) => {
    onChoose(baseline);
    modal.close();
  };
  const read = async (source: string, fileName?: string) => {
    setBusy(true);
    const result = await readBaseline(source, fileName);
    setBusy(false);
    if (result.ok) choose(result.baseline);
    else setError(result.error);
  };

  return (
    <ModalDialog modal={modal} title="Compare with…" className="compare-dialog" onClose={onClose}>
      <section aria-label="Saved versions">
        <h3>Saved versions</h3>
        {versions.length === 0 ? (
          <p className="muted">No saved versions yet: “Save version” keeps the current design.</p>
        ) : (
          <ul className="version-list">
            {versions.map((v) => (
              <li key={v.id}>
                <span className="version-name">{v.name}</span>
                <span className="muted">{savedAt(v.savedAt)}</span>
                <span className="spacer" />
                <button
                  type="button"
                  className="btn"
                  aria-label={`Compare with ${v.name}`}
                  onClick={() => choose({ label: `“${v.name}”`, design: v.design })}
                >
                  Compare
                </button>
                <button
                  type="button"
                  className="btn"
                  aria-label={`Delete ${v.name}`}
                  onClick={() => {
                    deleteVersion(v.id);
                    setVersions(listVersions());
                  }}
                >
                  Delete
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <form
        className="compare-paste"
        onSubmit={(e) => {
          e.preventDefault();
          void read(text);
        }}
      >
        <h3>A file, pasted text or a share link</h3>
        <label className="modal-field">
          <span className="label">
            resource.ts, amplify_outputs.json, design file or share link
          </span>
          <textarea
            className="field mono"
            rows={6}
            value={text}
            spellCheck={false}
            autoComplete="off"
            aria-invalid={error !== ''}
            onChange={(e) => {
              setText(e.target.value);
              setError('');
            }}
          />
        </label>
        {error && (
          <p className="compare-error" role="alert">
            {error}
          </p>
        )}
        <div className="modal-actions">
          <FilePickerButton onPick={(picked, name) => void read(picked, name)}>
            Choose file…
          </FilePickerButton>
          <span className="spacer" />
          <button type="button" className="btn" onClick={modal.close}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={busy || text.trim() === ''}>
            Compare with pasted text
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
