import { useState } from 'react';
import { findingIndexOf, findingKeys, useDerivedDesign } from '../../state';
import { Panel } from '../common/Panel';
import { locationOf, ProblemItem } from './ProblemItem';

const FIRST = 100;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Every current finding, errors first, with counts. Nothing here blocks editing. */
export function ProblemsPanel() {
  const design = useDerivedDesign();
  const index = findingIndexOf(design);
  const [showAll, setShowAll] = useState(false);
  const sorted = index.sorted;
  const shown = showAll ? sorted : sorted.slice(0, FIRST);
  // Keyed by what each finding is about, not by its place: a finding that comes or goes leaves
  // the other items mounted (and, memoized, not even re-rendered).
  const keys = findingKeys(shown);
  return (
    <Panel
      title="Problems"
      id="problems"
      className="problems-panel"
      note={
        <span aria-live="polite" className="counts">
          <span className={index.errors ? 'count-error' : ''}>{plural(index.errors, 'error')}</span>
          <span className={index.warnings ? 'count-warning' : ''}>
            {plural(index.warnings, 'warning')}
          </span>
        </span>
      }
    >
      {sorted.length === 0 ? (
        <p className="panel-body muted">No problems: Amplify accepts this design.</p>
      ) : (
        <ul className="problem-list">
          {shown.map((f, i) => (
            <ProblemItem key={keys[i]} finding={f} design={design} where={locationOf(design, f)} />
          ))}
        </ul>
      )}
      {sorted.length > shown.length && (
        <div className="panel-body">
          <button type="button" className="btn" onClick={() => setShowAll(true)}>
            Show all {sorted.length}
          </button>
        </div>
      )}
    </Panel>
  );
}
