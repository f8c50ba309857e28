import { lazy, Suspense, useCallback, useMemo, useState, type ReactNode } from 'react';
import { importText, useAppStoreApi } from '../../state';
import { ImportContext, type DialogStart, type ImportApi, type ImportNote } from './import-context';
import { useFileDrop } from './useFileDrop';
import './import.css';

// Loaded when first opened: the dialog (and its modal frame) is not part of the first load.
const ImportDialog = lazy(() =>
  import('./ImportDialog').then((m) => ({ default: m.ImportDialog })),
);

const articles: Record<string, string> = { 'amplify_outputs.json': 'an', 'resource.ts': 'a' };

/**
 * Import by paste (the dialog) or by dropping a file anywhere on the page. A successful import
 * replaces the design through the store (so Undo brings the old one back); a failed one changes
 * nothing and shows where the source is wrong.
 */
export function ImportProvider({ children }: { children: ReactNode }) {
  const store = useAppStoreApi();
  const [dialog, setDialog] = useState<DialogStart | null>(null);
  const [note, setNote] = useState<ImportNote | null>(null);

  const run = useCallback<ImportApi['run']>(
    async (text, fileName) => {
      const outcome = await importText(text, fileName);
      if (outcome.ok && !outcome.design) {
        const count = outcome.tests.length;
        store.getState().edit({ type: 'addTests', tests: outcome.tests });
        setNote({
          title: `Added ${count} access ${count === 1 ? 'test' : 'tests'} from ${fileName || 'the tests file'}. Undo removes them.`,
          warnings: [],
          lost: [],
        });
      } else if (outcome.ok) {
        store.getState().loadDesign(outcome.design, outcome.source);
        const what = fileName || `${articles[outcome.kind] ?? 'a'} ${outcome.kind}`;
        setNote({
          title: `Imported ${what}. Undo brings back the previous design.`,
          warnings: outcome.warnings,
          lost: outcome.lost,
        });
      }
      return outcome;
    },
    [store],
  );
  const dragging = useFileDrop(async (file) => {
    const text = await file.text();
    // With the dialog open, a dropped file fills it (to look at before importing).
    if (dialog) return setDialog({ text, fileName: file.name, outcome: null, key: dialog.key + 1 });
    const outcome = await run(text, file.name);
    if (!outcome.ok) setDialog({ text, fileName: file.name, outcome, key: 0 });
  });
  const api = useMemo<ImportApi>(
    () => ({
      openDialog: () => setDialog({ text: '', fileName: '', outcome: null, key: 0 }),
      run,
      note,
      dismissNote: () => setNote(null),
    }),
    [run, note],
  );
  return (
    <ImportContext.Provider value={api}>
      {children}
      {dialog && (
        <Suspense fallback={null}>
          <ImportDialog key={dialog.key} start={dialog} onClose={() => setDialog(null)} />
        </Suspense>
      )}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop a resource.ts, backend.ts, amplify_outputs.json, design file or access tests file to
          import it
        </div>
      )}
    </ImportContext.Provider>
  );
}
