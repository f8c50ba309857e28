import { useEffect } from 'react';
import { useAppStore, useAppStoreApi } from '../../state';
import { historyKey } from './undo-keys';

/** Undo/redo buttons, and Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z, Ctrl+Y outside text fields (which keep their own undo). */
export function UndoRedo() {
  const canUndo = useAppStore((s) => s.history.past.length > 0);
  const canRedo = useAppStore((s) => s.history.future.length > 0);
  const store = useAppStoreApi();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const step = historyKey(e);
      if (!step) return;
      e.preventDefault();
      store.getState()[step]();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
  return (
    <div className="header-group">
      <button
        type="button"
        className="btn"
        disabled={!canUndo}
        onClick={() => store.getState().undo()}
        title="Undo (Ctrl+Z)"
        aria-keyshortcuts="Control+Z Meta+Z"
      >
        Undo
      </button>
      <button
        type="button"
        className="btn"
        disabled={!canRedo}
        onClick={() => store.getState().redo()}
        title="Redo (Ctrl+Shift+Z or Ctrl+Y)"
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
      >
        Redo
      </button>
    </div>
  );
}
