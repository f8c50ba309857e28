import { ErrorBoundary } from './common/ErrorBoundary';
import { lazyPanel } from './common/lazyPanel';
import { DesignPanel } from './design/DesignPanel';
import { ImportProvider } from './import/ImportProvider';
import { AppHeader } from './layout/AppHeader';
import { TemplateBanners } from './layout/TemplateBanners';
import { useThemeAttribute } from './layout/useTheme';
import { MatrixPanel } from './matrix/MatrixPanel';
import { SessionBanners } from './persist/SessionBanners';
import { ProblemsPanel } from './problems/ProblemsPanel';

// Loaded after the first paint (see lazyPanel): they start below the fold or beside the design.
const ExportsPanel = lazyPanel(
  () => import('./exports/ExportsPanel').then((m) => m.ExportsPanel),
  'Exports',
  'exports',
);
const ComparePanel = lazyPanel(
  () => import('./compare/ComparePanel').then((m) => m.ComparePanel),
  'Compare',
  'compare',
);
const BucketViewsPanel = lazyPanel(
  () => import('./views/BucketViewsPanel').then((m) => m.BucketViewsPanel),
  'Existing bucket: server and client views',
  'bucket-views',
);
const SimulatorPanel = lazyPanel(
  () => import('./simulator/SimulatorPanel').then((m) => m.SimulatorPanel),
  'Request simulator',
  'simulator',
);
const TestsPanel = lazyPanel(
  () => import('./tests/TestsPanel').then((m) => m.TestsPanel),
  'Tests',
  'tests',
);

/**
 * The screen: design and its consequences side by side; problems and the simulator alongside.
 * Each panel has its own error boundary, so one failing panel leaves the others working.
 */
export function App() {
  useThemeAttribute();
  return (
    <ImportProvider>
      <div className="app">
        <a className="skip-link" href="#matrix">
          Skip to effective access
        </a>
        <AppHeader />
        <SessionBanners />
        <TemplateBanners />
        <div className="workspace">
          <main className="main-column">
            <ErrorBoundary id="design" title="Design">
              <DesignPanel />
            </ErrorBoundary>
            <ErrorBoundary id="matrix" title="Effective access">
              <MatrixPanel />
            </ErrorBoundary>
            <ErrorBoundary id="exports" title="Exports">
              <ExportsPanel />
            </ErrorBoundary>
            <ErrorBoundary id="compare" title="Compare">
              <ComparePanel />
            </ErrorBoundary>
            <ErrorBoundary id="bucket-views" title="Existing bucket: server and client views">
              <BucketViewsPanel />
            </ErrorBoundary>
          </main>
          <aside className="side-column" aria-label="Checks">
            <ErrorBoundary id="problems" title="Problems">
              <ProblemsPanel />
            </ErrorBoundary>
            <ErrorBoundary id="simulator" title="Request simulator">
              <SimulatorPanel />
            </ErrorBoundary>
            <ErrorBoundary id="tests" title="Tests">
              <TestsPanel />
            </ErrorBoundary>
          </aside>
        </div>
      </div>
    </ImportProvider>
  );
}
