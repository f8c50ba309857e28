import { matrixOf, useAppStore } from '../../state';
import { Panel } from '../common/Panel';
import { MatrixTable } from './MatrixTable';

/**
 * The effective access, recomputed from the document on every edit. It follows the document at
 * once, with the checkbox that changed it, not in the deferred render with the findings and
 * exports: the matrix is lazy (only the rows on screen are computed), so an edit costs the
 * storage's compilation plus one screen of decisions, and the user sees the effect of a click in
 * the same frame as the click.
 */
export function MatrixPanel() {
  const design = useAppStore((s) => s.design);
  const storageIndex = useAppStore((s) => s.storageIndex);
  const matrix = matrixOf(design, storageIndex);
  const storageName = design.storages[storageIndex]?.name;
  return (
    <Panel
      title="Effective access"
      id="matrix"
      note={
        <>
          What IAM allows each person on an object directly in each path
          {storageName ? ` of ${storageName}` : ''}. <span className="legend-strike">struck</span> =
          taken away by a subpath. Group members get only their group&apos;s access. Hover or focus
          a cell for the reasons.
        </>
      }
    >
      {matrix ? <MatrixTable matrix={matrix} /> : <p className="panel-body muted">No storage.</p>}
    </Panel>
  );
}
