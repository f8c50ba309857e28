import { useEffect } from 'react';
import { useAppStore, useAppStoreApi } from '../../state';

const isTextField = (el: EventTarget | null) =>
  el instanceof HTMLElement &&
  (el.isContentEditable ||
    (/^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName) && (el as HTMLInputElement).type !== 'checkbox'));

/** Undo/redo buttons, and Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z outside text fields (which keep their own undo). */
export function UndoRedo() {
  const canUndo = useAppStore((s) => s.history.past.length > 0);
  const canRedo = useAppStore((s) => s.history.future.length > 0);
  const store = useAppStoreApi();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.key.toLowerCase() !== 'z' || isTextField(e.target)) return;
      e.preventDefault();
      if (e.shiftKey) store.getState().redo();
      else store.getState().undo();
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
        title="Ctrl+Z"
      >
        Undo
      </button>
      <button
        type="button"
        className="btn"
        disabled={!canRedo}
        onClick={() => store.getState().redo()}
        title="Ctrl+Shift+Z"
      >
        Redo
      </button>
    </div>
  );
}
