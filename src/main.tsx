import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { SessionProvider, startApp, StoreProvider } from './state';
import { App } from './ui/App';
import './ui/styles/index.css';

// The embedded view (?embed) is its own chunk: the editor's first load has a budget (150 KiB
// gzip, issue 11) and never shows it; an embed fetches it right after startApp.
const EmbedApp = lazy(async () => ({ default: (await import('./ui/embed/EmbedApp')).EmbedApp }));

/**
 * The user's saved session, a shared design from the link (#d1.…), or an embedded view (?embed).
 * Not a top-level await: startApp imports a lazy chunk when a resource.ts was saved
 * (core/source-edit, for its writer), and that chunk imports from the first-load chunk this
 * module is part of; while this module awaited, that chunk had not finished evaluating, the
 * import waited for it, and the page stayed blank.
 */
void startApp().then((started) =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <StoreProvider store={started.store}>
        {started.kind === 'embed' ? (
          <Suspense fallback={null}>
            <EmbedApp options={started.options} error={started.error} fromLink={started.fromLink} />
          </Suspense>
        ) : (
          <SessionProvider session={started.session}>
            <App />
          </SessionProvider>
        )}
      </StoreProvider>
    </StrictMode>,
  ),
);
