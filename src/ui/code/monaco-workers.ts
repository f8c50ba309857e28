/**
 * Stands in for monaco-editor's `internal/common/workers.js` (swapped in by vite.config.ts), which
 * Monaco's TypeScript mode imports for this one function. The original also imports every editor
 * contribution as a side effect: about 250 KiB gzip more on the way into code editing, and, once a
 * read-only viewer has started Monaco's services, contributions that throw for services registered
 * too late. The code editor imports the few contributions it uses itself (typescript-service.ts).
 */
import { editor } from 'monaco-editor/editor/editor.api';

interface WorkerOptions {
  readonly label?: string;
  readonly moduleId?: string;
  readonly createWorker?: () => Worker;
  readonly createData?: unknown;
  readonly host?: Record<string, (...args: never[]) => unknown>;
  readonly keepIdleModels?: boolean;
}

/** As in Monaco 0.57: the worker from MonacoEnvironment, told its create data, behind a proxy. */
export function createWebWorker<T extends object>(opts: WorkerOptions) {
  const label = opts.label ?? 'monaco-editor-worker';
  const made = self.MonacoEnvironment?.getWorker?.('workerMain.js', label) ?? opts.createWorker?.();
  if (!made) throw new Error(`No worker for ${label}: MonacoEnvironment.getWorker is not set`);
  const worker = Promise.resolve(made).then((w) => {
    w.postMessage('ignore');
    w.postMessage(opts.createData);
    return w;
  });
  return editor.createWebWorker<T>({
    worker,
    ...(opts.host ? { host: opts.host } : {}),
    ...(opts.keepIdleModels === undefined ? {} : { keepIdleModels: opts.keepIdleModels }),
  });
}
