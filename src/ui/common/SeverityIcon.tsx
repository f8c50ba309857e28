import type { Severity } from '../../core';

const MARK = { error: '✕', warning: '!', note: 'i' } as const;
const WORD = { error: 'Error:', warning: 'Warning:', note: 'Note:' } as const;

/** Error, warning or note, by shape and letter as well as colour, with the word for screen readers. */
export function SeverityIcon({ severity }: { severity: Severity }) {
  return (
    <span className={`severity severity-${severity}`}>
      <span aria-hidden="true">{MARK[severity]}</span>
      <span className="sr-only">{WORD[severity]}</span>
    </span>
  );
}
