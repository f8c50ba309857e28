import { lazy, Suspense } from 'react';

const CodeEditing = lazy(() => import('./CodeEditing'));

/** Turns resource.ts into an editable editor (and back). */
export function EditAsCodeButton({
  editing,
  onToggle,
}: {
  editing: boolean;
  onToggle: () => void;
}) {
  return (
    <button
      type="button"
      className="btn"
      aria-pressed={editing}
      title="Edit resource.ts; the design follows the code as you type"
      onClick={onToggle}
    >
      Edit as code
    </button>
  );
}

/**
 * The editable resource.ts. Its chunk brings the TypeScript language service (about 1.5 MiB
 * gzip with its worker), so it is fetched when a user first asks to edit, never before.
 */
export function CodeEditingView({ dark, text }: { dark: boolean; text: string }) {
  return (
    <Suspense
      fallback={
        <>
          <p className="panel-body muted" role="status">
            Loading the code editor…
          </p>
          <pre className="code-fallback">{text}</pre>
        </>
      }
    >
      <CodeEditing dark={dark} />
    </Suspense>
  );
}
