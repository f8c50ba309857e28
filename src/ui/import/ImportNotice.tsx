import { issueText } from './issue-text';
import { useImport } from './import-context';
import { Banner } from '../persist/Banner';

/** After an import: what it did, its warnings, and what the source could not tell. */
export function ImportNotice() {
  const api = useImport();
  const note = api?.note;
  if (!api || !note) return null;
  return (
    <Banner
      tone={note.lost.length || note.warnings.length ? 'warn' : 'info'}
      role="status"
      title={note.title}
      actions={
        <button type="button" className="btn" onClick={api.dismissNote}>
          Dismiss
        </button>
      }
    >
      {note.warnings.length > 0 && (
        <>
          Warnings:
          <ul className="banner-list" aria-label="Import warnings">
            {note.warnings.map((w, i) => (
              <li key={i}>{issueText(w)}</li>
            ))}
          </ul>
        </>
      )}
      {note.lost.length > 0 && (
        <>
          What this file cannot tell, so the design may differ from the one that wrote it:
          <ul className="banner-list" aria-label="Not in the imported file">
            {note.lost.map((text, i) => (
              <li key={i}>{text}</li>
            ))}
          </ul>
        </>
      )}
    </Banner>
  );
}
