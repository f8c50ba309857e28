import { useEffect, useId, useRef, useState } from 'react';
import { readBaseline, type Baseline } from '../../state/compare-source';
import { deleteVersion, listVersions, type SavedVersion } from '../../state/compare-versions';
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
  const ref = useRef<HTMLDialogElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [versions, setVersions] = useState<SavedVersion[]>(() => listVersions());
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const titleId = useId();

  // As the import dialog: no close() on cleanup (StrictMode would see a `close` and drop it).
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const choose = (baseline: Baseline) => {
    onChoose(baseline);
    ref.current?.close();
  };
  const read = async (source: string, fileName?: string) => {
    setBusy(true);
    const result = await readBaseline(source, fileName);
    setBusy(false);
    if (result.ok) choose(result.baseline);
    else setError(result.error);
  };

  return (
    <dialog ref={ref} className="compare-dialog" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>Compare with…</h2>

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
        <label>
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
        <div className="compare-actions">
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
              if (file) await read(await file.text(), file.name);
            }}
          />
          <button type="button" className="btn" onClick={() => fileInput.current?.click()}>
            Choose file…
          </button>
          <span className="spacer" />
          <button type="button" className="btn" onClick={() => ref.current?.close()}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={busy || text.trim() === ''}>
            Compare with pasted text
          </button>
        </div>
      </form>
    </dialog>
  );
}
