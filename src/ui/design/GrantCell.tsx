import { memo, useCallback } from 'react';
import { granteeOf, grantState, personLabel, type Person } from '../../core';
import type { GrantSet } from '../../state';
import { AccessBadges } from '../matrix/AccessBadges';
import { GRID_ACTIONS, type GridAction } from './actions';
import { useGridEdit } from './grid-edit';
import { GrantChip } from './GrantChip';

interface GrantCellProps {
  storageIndex: number;
  pathId: string;
  path: string;
  person: Person;
  granted: GrantSet;
  /** What IAM then allows this person on an object directly in the path, space-separated. */
  allowed: string;
  /** What a subpath takes away from its parent, space-separated. */
  taken: string;
  noFolder: boolean;
}

/**
 * One person's five checkboxes on one path (ticking `read` grants get and list together), and
 * under them the effect: what IAM allows there, as the matrix's G L W D badges. The effect layer
 * is visual; the matrix table below is its accessible form.
 */
export const GrantCell = memo(function GrantCell({
  storageIndex,
  pathId,
  path,
  person,
  granted,
  allowed,
  taken,
  noFolder,
}: GrantCellProps) {
  const edit = useGridEdit();
  const onToggle = useCallback(
    (action: GridAction, checked: boolean) =>
      edit({
        type: 'setGrant',
        storageIndex,
        pathId,
        grantee: granteeOf(person),
        action,
        granted: checked,
      }),
    [edit, person, storageIndex, pathId],
  );
  const who = personLabel(person);
  return (
    <td className="grant-cell">
      {/* The chips sit in the cell's own line, not in a wrapper: one box less per cell. */}
      {GRID_ACTIONS.map((action) => (
        <GrantChip
          key={action}
          action={action}
          label={`${who} ${action} ${path}`}
          checked={grantState(granted, action) === 'granted'}
          mixed={grantState(granted, action) === 'partly'}
          onToggle={onToggle}
        />
      ))}
      <AccessBadges allowed={allowed} taken={taken} noFolder={noFolder} />
    </td>
  );
});
