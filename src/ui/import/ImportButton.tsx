import { useImport } from './import-context';

/** Opens the import dialog (paste or choose a resource.ts, amplify_outputs.json or design file). */
export function ImportButton() {
  const api = useImport();
  if (!api) return null;
  return (
    <button
      type="button"
      className="btn"
      aria-haspopup="dialog"
      onClick={() => api.openDialog()}
      title="Import a resource.ts, amplify_outputs.json or design file (or drop one on the page)"
    >
      Import…
    </button>
  );
}
