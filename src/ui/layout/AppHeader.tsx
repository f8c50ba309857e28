import { FileMenu } from './FileMenu';
import { ProblemCounts } from './ProblemCounts';
import { TemplatePicker } from './TemplatePicker';
import { ThemeToggle } from './ThemeToggle';
import { UndoRedo } from './UndoRedo';

export function AppHeader() {
  return (
    <header className="app-header">
      <h1 className="brand">
        <img src="./favicon.svg" alt="" />
        Access Matrix
      </h1>
      <span className="brand-sub">Amplify Gen 2 storage access</span>
      <TemplatePicker />
      <FileMenu />
      <UndoRedo />
      <span className="header-spacer" />
      <ProblemCounts />
      <ThemeToggle />
    </header>
  );
}
