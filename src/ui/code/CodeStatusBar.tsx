import type { SourceLocation } from '../../core';
import type { CodeStatus } from '../../state/code-session';

const SHOWN_ERRORS = 3;

/**
 * Above the code editor: that edits apply as you type, or, while the text cannot be read, why
 * (first errors, each a button to its line) and that the screen shows the last version that could.
 */
export function CodeStatusBar({
  status,
  onReveal,
}: {
  status: CodeStatus | undefined;
  onReveal: (loc: SourceLocation) => void;
}) {
  const failed = status?.state === 'error';
  const marked = status?.markers.length ?? 0;
  return (
    <div className={`code-banner${failed ? ' code-banner-error' : ''}`} role="status">
      {failed ? (
        <>
          <p>
            <strong>resource.ts cannot be read.</strong> The matrix and the other exports show the
            last version that could (and keep it if you stop editing).
          </p>
          <ul className="code-errors">
            {status.errors.slice(0, SHOWN_ERRORS).map((e, i) => (
              <li key={i}>
                <button type="button" className="code-error-line" onClick={() => onReveal(e.loc)}>
                  Line {e.loc.line}
                </button>{' '}
                {e.message}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>
          Edits apply to the design as you type; each change is one undo step. Ctrl+M: Tab moves
          focus.
          {marked > 0 &&
            ` ${marked} ${marked === 1 ? 'problem is' : 'problems are'} marked in the code.`}
        </p>
      )}
    </div>
  );
}
