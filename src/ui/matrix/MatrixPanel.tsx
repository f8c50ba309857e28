import { matrixOf, useAppStore, useDerivedDesign } from '../../state';
import { Panel } from '../common/Panel';
import { MatrixTable } from './MatrixTable';

/** The effective access, recomputed from the document on every edit. */
export function MatrixPanel() {
  const design = useDerivedDesign();
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
          taken away by a subpath. Hover or focus a cell for the reasons.
        </>
      }
    >
      {matrix ? <MatrixTable matrix={matrix} /> : <p className="panel-body muted">No storage.</p>}
    </Panel>
  );
}
