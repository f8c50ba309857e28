import { DesignPanel } from './design/DesignPanel';
import { ExportsPanel } from './exports/ExportsPanel';
import { AppHeader } from './layout/AppHeader';
import { useThemeAttribute } from './layout/useTheme';
import { MatrixPanel } from './matrix/MatrixPanel';
import { ProblemsPanel } from './problems/ProblemsPanel';
import { SimulatorPanel } from './simulator/SimulatorPanel';

/** The screen: design and its consequences side by side; problems and the simulator alongside. */
export function App() {
  useThemeAttribute();
  return (
    <div className="app">
      <a className="skip-link" href="#matrix">
        Skip to effective access
      </a>
      <AppHeader />
      <div className="workspace">
        <main className="main-column">
          <DesignPanel />
          <MatrixPanel />
          <ExportsPanel />
        </main>
        <aside className="side-column" aria-label="Checks">
          <ProblemsPanel />
          <SimulatorPanel />
        </aside>
      </div>
    </div>
  );
}
