import type { Severity } from '../../core';

/** Error or warning, by shape and colour, with the word for screen readers. */
export function SeverityIcon({ severity }: { severity: Severity }) {
  return (
    <span className={`severity severity-${severity}`}>
      <span aria-hidden="true">{severity === 'error' ? '✕' : '!'}</span>
      <span className="sr-only">{severity === 'error' ? 'Error:' : 'Warning:'}</span>
    </span>
  );
}
