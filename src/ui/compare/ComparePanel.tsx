import { lazy, Suspense, useState } from 'react';
import { useAppStoreApi } from '../../state';
import type { Baseline } from '../../state/compare-source';
import { Panel } from '../common/Panel';

// Both parts load on first use: nothing of Compare but this panel is on the first screen.
const CompareDialog = lazy(() => import('./CompareDialog'));
const AccessChanges = lazy(() => import('./AccessChanges'));

/**
 * What access the design gains or loses against another one: a saved version, a file, pasted
 * text or a share link. A reviewer's question, so gained access stands out.
 */
export function ComparePanel() {
  const store = useAppStoreApi();
  const [choosing, setChoosing] = useState(false);
  const [baseline, setBaseline] = useState<Baseline | null>(null);
  const [status, setStatus] = useState('');
  const save = async () => {
    const { saveVersion } = await import('../../state/compare-versions');
    const saved = saveVersion(store.getState().design);
    setStatus(
      saved
        ? `Saved “${saved.name}”`
        : 'The browser would not store the version (private mode or full storage).',
    );
  };
  return (
    <Panel
      title="Compare"
      id="compare"
      actions={
        <>
          <span className="copy-status" role="status">
            {status}
          </span>
          <button type="button" className="btn" onClick={save}>
            Save version
          </button>
          <button
            type="button"
            className="btn"
            aria-haspopup="dialog"
            onClick={() => setChoosing(true)}
          >
            Compare with…
          </button>
        </>
      }
    >
      {choosing && (
        <Suspense fallback={null}>
          <CompareDialog
            onChoose={(chosen) => {
              setBaseline(chosen);
              setStatus('');
            }}
            onClose={() => setChoosing(false)}
          />
        </Suspense>
      )}
      {baseline ? (
        <Suspense fallback={<p className="panel-body muted">Comparing…</p>}>
          <AccessChanges baseline={baseline} onStop={() => setBaseline(null)} />
        </Suspense>
      ) : (
        <p className="panel-body muted">
          Save a version before you change the design, then compare with it to see who gains or
          loses access. A file, pasted resource.ts or a share link works too.
        </p>
      )}
    </Panel>
  );
}
