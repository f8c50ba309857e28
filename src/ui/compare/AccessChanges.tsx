import { useMemo, useState } from 'react';
import { diffDesigns, personLabel, type AccessChange } from '../../core';
import { useDerivedDesign } from '../../state';
import type { Baseline } from '../../state/compare-source';
import { TestChanges } from './TestChanges';
import './compare.css';

const CURRENT = 'the current design';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The comparison, live: as the design changes, so does the table. Rows where someone gains access
 * are marked (and can be shown alone): that is what a reviewer looks for first.
 */
export default function AccessChanges({
  baseline,
  onStop,
}: {
  baseline: Baseline;
  onStop: () => void;
}) {
  const current = useDerivedDesign();
  const [reversed, setReversed] = useState(false);
  const [gainedOnly, setGainedOnly] = useState(false);
  const diff = useMemo(
    () =>
      reversed ? diffDesigns(current, baseline.design) : diffDesigns(baseline.design, current),
    [reversed, current, baseline],
  );
  const [from, to] = reversed ? [CURRENT, baseline.label] : [baseline.label, CURRENT];
  const gaining = diff.changes.filter((c) => c.gained.length > 0).length;
  const losing = diff.changes.filter((c) => c.lost.length > 0).length;
  const rows = gainedOnly ? diff.changes.filter((c) => c.gained.length > 0) : diff.changes;

  return (
    <div className="compare-result">
      <div className="compare-bar">
        <p>
          From <strong>{from}</strong> to <strong>{to}</strong>:{' '}
          <span aria-live="polite">
            {diff.changes.length === 0 ? (
              'no access changes.'
            ) : (
              <>
                <span className={gaining ? 'gained-count' : ''}>
                  {plural(gaining, 'change gains', 'changes gain')} access
                </span>
                , {plural(losing, 'change loses', 'changes lose')} access.
              </>
            )}
          </span>
        </p>
        <span className="spacer" />
        <label className="inline-check">
          <input
            type="checkbox"
            checked={gainedOnly}
            onChange={(e) => setGainedOnly(e.target.checked)}
          />
          Only gained access
        </label>
        <button type="button" className="btn" onClick={() => setReversed(!reversed)}>
          Swap sides
        </button>
        <button type="button" className="btn" onClick={onStop}>
          Stop comparing
        </button>
      </div>
      {baseline.notes && baseline.notes.length > 0 && (
        <p className="panel-body muted compare-notes">
          {baseline.label} cannot tell everything, so some differences may come from that:{' '}
          {baseline.notes.join(' ')}
        </p>
      )}
      {diff.changes.length === 0 ? (
        <p className="panel-body muted">Every person can do exactly what they could before.</p>
      ) : (
        <table className="changes-table" aria-label="Access changes">
          <thead>
            <tr>
              <th scope="col">Storage</th>
              <th scope="col">Path</th>
              <th scope="col">Person</th>
              <th scope="col">Gained</th>
              <th scope="col">Lost</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => (
              <ChangeRow key={`${c.storage}\n${c.path}\n${c.person}`} change={c} />
            ))}
          </tbody>
        </table>
      )}
      <TestChanges
        before={reversed ? current : baseline.design}
        after={reversed ? baseline.design : current}
        from={from}
        to={to}
      />
    </div>
  );
}

const PATH_STATUS = { both: '', added: 'new path', removed: 'path removed' } as const;

function ChangeRow({ change: c }: { change: AccessChange }) {
  const status = PATH_STATUS[c.pathStatus];
  return (
    <tr className={c.gained.length > 0 ? 'change-gained' : undefined}>
      <td>{c.storage}</td>
      <td className="mono">
        {c.path}
        {status && <span className="path-status"> ({status})</span>}
      </td>
      <td>{personLabel(c.person)}</td>
      <td className="gained">
        {c.gained.map((a) => (
          <span key={a} className="action-chip gained-chip">
            +{a}
          </span>
        ))}
      </td>
      <td className="lost">
        {c.lost.map((a) => (
          <span key={a} className="action-chip lost-chip">
            −{a}
          </span>
        ))}
      </td>
    </tr>
  );
}
