import { Panel } from '../common/Panel';
import { FunctionNotes } from '../storage/FunctionNotes';
import { AddPathForm } from './AddPathForm';
import { FUNCTION_NAMES, GROUP_NAMES } from './names';
import { NamesEditor } from './NamesEditor';
import { PathGrid } from './PathGrid';
import { StorageBar } from './StorageBar';

/** What the user writes: storage options, groups, functions, and the access rules per path. */
export function DesignPanel() {
  return (
    <Panel
      title="Design"
      id="design"
      note="defineStorage access rules: tick what each person may do on each path"
    >
      <div className="panel-body design-body">
        <StorageBar />
        <div className="names-row">
          <NamesEditor kind={GROUP_NAMES} />
          <NamesEditor kind={FUNCTION_NAMES}>
            <FunctionNotes />
          </NamesEditor>
        </div>
        <AddPathForm />
      </div>
      <PathGrid />
      <p className="grid-legend hint">
        R read (= get + list) · G get · L list · W write · D delete. Group members get only their
        group's access, never authenticated or owner access.
      </p>
    </Panel>
  );
}
