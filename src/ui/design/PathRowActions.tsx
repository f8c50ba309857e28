import { memo } from 'react';
import { useGridEdit } from './grid-edit';
import { rowActionId } from './reveal';

interface PathRowActionsProps {
  storageIndex: number;
  pathIndex: number;
  pathId: string;
  path: string;
  count: number;
}

/** Focuses the first of these elements that exists and is enabled, once React has re-rendered. */
function focusAfterRender(...ids: string[]) {
  requestAnimationFrame(() => {
    for (const id of ids) {
      const el = document.getElementById(id);
      if (el && el.getAttribute('aria-disabled') !== 'true') return el.focus();
    }
  });
}

/**
 * Reorder and remove. Order matters: it is the order of resource.ts and of Amplify's policies.
 * Rows are keyed by position, so after a move or removal focus is put back where a keyboard user
 * expects it: on the moved path's button, or on the next path's remove button. The buttons are
 * cells of the grid's keyboard model: out of the tab order, and the first row's "up" is
 * aria-disabled rather than disabled so arrow keys can still land on it.
 */
export const PathRowActions = memo(function PathRowActions({
  storageIndex,
  pathIndex,
  pathId,
  path,
  count,
}: PathRowActionsProps) {
  const edit = useGridEdit();
  const id = (p: number, action: 'up' | 'down' | 'remove') => rowActionId(storageIndex, p, action);
  const move = (to: number, direction: 'up' | 'down') => {
    edit({ type: 'movePath', storageIndex, pathId, to });
    focusAfterRender(id(to, direction), id(to, direction === 'up' ? 'down' : 'up'));
  };
  return (
    <td className="row-actions">
      <button
        type="button"
        id={id(pathIndex, 'up')}
        className="icon-btn"
        aria-label={`Move path ${path} up`}
        title="Move up"
        tabIndex={-1}
        aria-disabled={pathIndex === 0}
        onClick={() => pathIndex > 0 && move(pathIndex - 1, 'up')}
      >
        ↑
      </button>
      <button
        type="button"
        id={id(pathIndex, 'down')}
        className="icon-btn"
        aria-label={`Move path ${path} down`}
        title="Move down"
        tabIndex={-1}
        aria-disabled={pathIndex === count - 1}
        onClick={() => pathIndex < count - 1 && move(pathIndex + 1, 'down')}
      >
        ↓
      </button>
      <button
        type="button"
        id={id(pathIndex, 'remove')}
        className="icon-btn danger"
        tabIndex={-1}
        aria-label={`Remove path ${path}`}
        title="Remove path"
        onClick={() => {
          edit({ type: 'removePath', storageIndex, pathId });
          focusAfterRender(id(pathIndex, 'remove'), id(pathIndex - 1, 'remove'), 'new-path');
        }}
      >
        ✕
      </button>
    </td>
  );
});
