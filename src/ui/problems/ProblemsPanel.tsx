import { useState } from 'react';
import { findingKinds } from '../../core';
import { findingIndexOf, findingKeys, useCodeProblems, useDerivedDesign } from '../../state';
import { Panel } from '../common/Panel';
import { SeverityIcon } from '../common/SeverityIcon';
import { CodeErrors } from './CodeErrors';
import { locationOf, ProblemItem } from './ProblemItem';
import { SeverityFilter, type SeverityChoice } from './SeverityFilter';

/**
 * How many findings the panel renders before "Show all": its box shows about six, and each one
 * rendered costs every edit that moves the list (a kind that comes or goes above shifts them all:
 * at 100, a 2,000-path design's edit spent about 1 ms more painting them than a small one's).
 */
const FIRST = 30;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Every current finding, grouped by kind with counts (errors first), filtered by severity, after
 * what the code editor cannot read (when it is open on text that does not parse).
 * Nothing here blocks editing.
 */
export function ProblemsPanel() {
  const design = useDerivedDesign();
  const index = findingIndexOf(design);
  const code = useCodeProblems();
  const [showAll, setShowAll] = useState(false);
  const [only, setOnly] = useState<SeverityChoice>('all');
  const errors = index.errors + code.errors.length;
  const counts = {
    all: index.all.length + code.errors.length,
    error: errors,
    warning: index.warnings,
    note: index.notes,
  };
  const showCode = only === 'all' || only === 'error';
  const matching = only === 'all' ? index.sorted : index.sorted.filter((f) => f.severity === only);
  const shown = showAll ? matching : matching.slice(0, FIRST);
  // Keyed by what each finding is about, not by its place: a finding that comes or goes leaves
  // the other items mounted (and, memoized, not even re-rendered).
  const shownKeys = findingKeys(shown);
  const keys = new Map(shown.map((f, i) => [f, shownKeys[i]!]));
  return (
    <Panel
      title="Problems"
      id="problems"
      className="problems-panel"
      note={
        <span aria-live="polite" className="counts">
          <span className={errors ? 'count-error' : ''}>{plural(errors, 'error')}</span>
          <span className={index.warnings ? 'count-warning' : ''}>
            {plural(index.warnings, 'warning')}
          </span>
          {index.notes > 0 && <span>{plural(index.notes, 'note')}</span>}
        </span>
      }
    >
      {counts.all === 0 ? (
        <p className="panel-body muted">No problems: Amplify accepts this design.</p>
      ) : (
        <>
          <SeverityFilter counts={counts} value={only} onChange={setOnly} />
          <div className="problem-kinds">
            {showCode && <CodeErrors problems={code} />}
            {findingKinds(shown).map((kind) => (
              <details key={kind.code} className="problem-kind" open>
                <summary>
                  <SeverityIcon severity={kind.severity} />
                  <code className="kind-code">{kind.code}</code>
                  <span className="kind-count">{kind.findings.length}</span>
                </summary>
                <ul className="problem-list" aria-label={kind.code}>
                  {kind.findings.map((f) => (
                    <ProblemItem
                      key={keys.get(f)}
                      finding={f}
                      design={design}
                      where={locationOf(design, f)}
                    />
                  ))}
                </ul>
              </details>
            ))}
          </div>
        </>
      )}
      {matching.length > shown.length && (
        <div className="panel-body">
          <button type="button" className="btn" onClick={() => setShowAll(true)}>
            Show all {matching.length}
          </button>
        </div>
      )}
    </Panel>
  );
}
