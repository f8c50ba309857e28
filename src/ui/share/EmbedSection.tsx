import { useId, useState } from 'react';
import { embedCodeFor, useAppStoreApi } from '../../state';
import { copyText } from './copy-text';

/** An `<iframe>` for docs: read-only by default, optionally with the rules under the matrix. */
export function EmbedSection() {
  const store = useAppStoreApi();
  const [readonly, setReadonly] = useState(true);
  const [editor, setEditor] = useState(false);
  const [code, setCode] = useState('');
  const [copied, setCopied] = useState('');
  const hintId = useId();

  const copy = async () => {
    const { design, storageIndex } = store.getState();
    const made = await embedCodeFor(design, location.href, { readonly, editor, storageIndex });
    setCode(made);
    setCopied(await copyText(made, 'Embed code'));
  };

  return (
    <section className="share-section" aria-label="Embed in docs">
      <h3>Embed in docs</h3>
      <div className="share-options">
        <label className="check">
          <input
            type="checkbox"
            checked={readonly}
            onChange={(e) => setReadonly(e.target.checked)}
          />
          Read-only
        </label>
        <label className="check">
          <input type="checkbox" checked={editor} onChange={(e) => setEditor(e.target.checked)} />
          Show the rules
        </label>
        <button type="button" className="btn" aria-describedby={hintId} onClick={() => void copy()}>
          Copy embed code
        </button>
      </div>
      <p id={hintId} className="hint">
        An iframe showing the matrix of the selected storage. It works from wherever this app is
        hosted.
      </p>
      {code && (
        <label className="share-field">
          <span className="label">Embed code</span>
          <textarea className="field mono" readOnly value={code} rows={4} />
        </label>
      )}
      <p className="share-status" role="status">
        {copied}
      </p>
    </section>
  );
}
