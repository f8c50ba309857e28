import type { ImportOutcome } from '../../state';
import { issueText } from './issue-text';

const SHOWN = 20;

/** Why an import failed, each problem with its line and column. Nothing was changed. */
export function ImportErrors({ outcome }: { outcome: Extract<ImportOutcome, { ok: false }> }) {
  const { errors, kind } = outcome;
  return (
    <div className="import-errors" role="alert">
      <p>
        <strong>
          Nothing was imported: {errors.length === 1 ? 'a problem' : `${errors.length} problems`}
          {kind ? ` in this ${kind}` : ''}.
        </strong>{' '}
        The design is unchanged.
      </p>
      <ul>
        {errors.slice(0, SHOWN).map((e, i) => (
          <li key={i}>{issueText(e)}</li>
        ))}
        {errors.length > SHOWN && <li>…and {errors.length - SHOWN} more.</li>}
      </ul>
    </div>
  );
}
