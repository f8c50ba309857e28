import { memo, useState } from 'react';
import { invariantsFor, type Design } from '../../core';
import { matrixOf, testResultsOf, useAppStore, useDerivedDesign } from '../../state';
import { Panel } from '../common/Panel';
import { AddTestForm } from './AddTestForm';
import { TestItem } from './TestItem';
import { TestsFileButtons } from './TestsFileButtons';
import './tests.css';

/**
 * The design's access tests, re-run on every edit (memoized per design, over the shared compiled
 * models): add them by hand, from the invariants list or from the simulator (`Save as test`).
 */
export function TestsPanel() {
  const design = useDerivedDesign();
  const storageIndex = useAppStore((s) => s.storageIndex);
  const [adding, setAdding] = useState(false);
  const { results, failing } = testResultsOf(design);
  const people = matrixOf(design, storageIndex)?.people ?? [];
  const storage = design.storages.length > 1 ? design.storages[storageIndex]?.name : undefined;
  const note =
    results.length === 0
      ? 'none yet'
      : failing === 0
        ? `${results.length} passing`
        : `${failing} failing of ${results.length}`;
  return (
    <Panel
      title="Tests"
      id="tests"
      note={note}
      actions={
        <button type="button" className="btn" onClick={() => setAdding(!adding)}>
          {adding ? 'Close' : 'Add test'}
        </button>
      }
    >
      <div className="panel-body tests">
        {adding && <AddTestForm people={people} {...(storage ? { storage } : {})} />}
        {results.length > 0 && (
          <ul className="test-list" aria-label="Access tests">
            {results.map((r) => (
              <TestItem key={r.index} result={r} design={design} />
            ))}
          </ul>
        )}
        <TestsFileButtons />
        <Invariants design={design} />
      </div>
    </Panel>
  );
}

/**
 * The ready-made invariants, worked out only while their disclosure is open: at 2,000 paths
 * `invariantsFor` costs about 5 ms, and every edit re-rendered the closed list.
 */
const Invariants = memo(function Invariants({ design }: { design: Design }) {
  const edit = useAppStore((s) => s.edit);
  const [open, setOpen] = useState(false);
  return (
    <details className="invariants" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Ready-made invariants</summary>
      <ul aria-label="Invariants">
        {open &&
          invariantsFor(design).map((inv) => (
            <li key={inv.id}>
              <span>{inv.title}</span>{' '}
              <button
                type="button"
                className="btn btn-quiet"
                aria-label={`Add invariant: ${inv.title}`}
                onClick={() => edit({ type: 'addTests', tests: inv.tests })}
              >
                Add
              </button>
            </li>
          ))}
      </ul>
    </details>
  );
});
