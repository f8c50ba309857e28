import { useState } from 'react';

/**
 * Copies text to the clipboard and says so for a moment (also to screen readers). The text is
 * made on click, from the latest design (the panel's own may lag behind or be held off screen).
 */
export function CopyButton({ text, what }: { text: () => string; what: string }) {
  const [status, setStatus] = useState('');
  return (
    <>
      <button
        type="button"
        className="btn"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(text());
            setStatus(`${what} copied`);
          } catch {
            setStatus('Copying was blocked by the browser; use the download button');
          }
          setTimeout(() => setStatus(''), 2500);
        }}
      >
        Copy {what}
      </button>
      <span className="copy-status" role="status">
        {status}
      </span>
    </>
  );
}
