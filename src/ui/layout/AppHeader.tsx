import { ImportButton } from '../import/ImportButton';
import { ShareMenu } from '../share/ShareMenu';
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
      <ImportButton />
      <ShareMenu />
      <UndoRedo />
      <span className="header-spacer" />
      <ProblemCounts />
      <ThemeToggle />
    </header>
  );
}
