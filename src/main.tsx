import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { autosave, createAppStore, loadSession, StoreProvider } from './state';
import { App } from './ui/App';
import './ui/styles/index.css';

// The last session's document and settings, if any; autosave keeps it current.
const store = createAppStore(loadSession());
autosave(store);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StoreProvider store={store}>
      <App />
    </StoreProvider>
  </StrictMode>,
);
