import { memo, useCallback } from 'react';
import { personLabel, type DesignEdit, type Person } from '../../core';
import { granteeOf, useAppStore, type GrantSet } from '../../state';
import { accessActionsOf, GRID_ACTIONS, type GridAction } from './actions';
import { GrantChip } from './GrantChip';

interface GrantCellProps {
  storageIndex: number;
  pathId: string;
  path: string;
  person: Person;
  granted: GrantSet;
}

/** One person's five checkboxes on one path. Ticking `read` grants get and list together. */
export const GrantCell = memo(function GrantCell({
  storageIndex,
  pathId,
  path,
  person,
  granted,
}: GrantCellProps) {
  const edit = useAppStore((s) => s.edit);
  const onToggle = useCallback(
    (action: GridAction, checked: boolean) => {
      const grantee = granteeOf(person);
      const edits: DesignEdit[] = accessActionsOf(action).map((a) => ({
        type: 'setGrant',
        storageIndex,
        pathId,
        grantee,
        action: a,
        granted: checked,
      }));
      edit(edits);
    },
    [edit, person, storageIndex, pathId],
  );
  const who = personLabel(person);
  const both = granted.has('get') && granted.has('list');
  return (
    <td className="grant-cell">
      <div className="chips">
        {GRID_ACTIONS.map((action) => (
          <GrantChip
            key={action}
            action={action}
            label={`${who} ${action} ${path}`}
            checked={action === 'read' ? both : granted.has(action)}
            mixed={action === 'read' && !both && (granted.has('get') || granted.has('list'))}
            onToggle={onToggle}
          />
        ))}
      </div>
    </td>
  );
});
