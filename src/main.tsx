import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SessionProvider, startApp, StoreProvider } from './state';
import { App } from './ui/App';
import { EmbedApp } from './ui/embed/EmbedApp';
import './ui/styles/index.css';

// The user's saved session, a shared design from the link (#d1.…), or an embedded view (?embed).
const started = await startApp();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StoreProvider store={started.store}>
      {started.kind === 'embed' ? (
        <EmbedApp options={started.options} error={started.error} fromLink={started.fromLink} />
      ) : (
        <SessionProvider session={started.session}>
          <App />
        </SessionProvider>
      )}
    </StoreProvider>
  </StrictMode>,
);
