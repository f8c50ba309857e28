import { memo } from 'react';
import type { CodeProblems } from '../../state';
import { SeverityIcon } from '../common/SeverityIcon';

/**
 * What the code editor cannot read, at the top of Problems: each error with its line and column
 * (a button that puts the cursor there), and why it matters: the rest of the page shows the last
 * version of resource.ts that could be read.
 */
export const CodeErrors = memo(function CodeErrors({ problems }: { problems: CodeProblems }) {
  const { errors, reveal } = problems;
  if (errors.length === 0) return null;
  return (
    <details className="problem-kind" open>
      <summary>
        <SeverityIcon severity="error" />
        <code className="kind-code">resource.ts (Edit as code)</code>
        <span className="kind-count">{errors.length}</span>
      </summary>
      <ul className="problem-list" aria-label="resource.ts (Edit as code)">
        {errors.map((e, i) => (
          <li
            key={`${e.loc.line}:${e.loc.column}:${e.code}:${i}`}
            className="problem problem-error"
          >
            <SeverityIcon severity="error" />
            <div className="problem-body">
              <button
                type="button"
                className="problem-where"
                title="Show in the code editor"
                aria-label={`resource.ts line ${e.loc.line}, column ${e.loc.column}: go there`}
                disabled={!reveal}
                onClick={() => reveal?.(e.loc)}
              >
                resource.ts {e.loc.line}:{e.loc.column}
              </button>
              <p className="problem-message">{e.message}</p>
              <span className="problem-code">
                {e.code} · the design shown is the last version that could be read
              </span>
            </div>
          </li>
        ))}
      </ul>
    </details>
  );
});
