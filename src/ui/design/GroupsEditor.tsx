import { findingIndexOf, useAppStore, useDerivedDesign } from '../../state';
import { FindingLine } from '../common/FindingLine';
import { AddNameForm } from './AddNameForm';
import { NameChip } from './NameChip';

/** The auth groups (defineAuth's `groups`), in precedence order. */
export function GroupsEditor() {
  const groups = useAppStore((s) => s.design.groups);
  const findings = findingIndexOf(useDerivedDesign());
  const edit = useAppStore((s) => s.edit);
  return (
    <div className="names">
      <div className="names-line">
        <h3>Groups</h3>
        <ul className="name-list" aria-label="Groups">
          {groups.map((name, index) => (
            <NameChip
              key={name}
              noun="group"
              name={name}
              index={index}
              count={groups.length}
              findings={findings.byName('group', name)}
              onRename={(to) => edit({ type: 'renameGroup', from: name, to })}
              onRemove={() => edit({ type: 'removeGroup', name })}
              onMove={(to) => edit({ type: 'moveGroup', from: index, to })}
            />
          ))}
        </ul>
        <AddNameForm
          noun="group"
          existing={groups}
          placeholder="admin"
          onAdd={(name) => edit({ type: 'addGroup', name })}
        />
      </div>
      {groups
        .flatMap((name) => findings.byName('group', name))
        .map((f, i) => (
          <FindingLine key={i} finding={f} madeFor={findings.design} />
        ))}
    </div>
  );
}
