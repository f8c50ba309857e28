import { memo, useCallback, type CSSProperties } from 'react';
import { granteeOf, grantState, personLabel, type Person } from '../../core';
import type { GrantSet } from '../../state';
import { AccessBadges } from '../matrix/AccessBadges';
import { badgeAt } from '../sprites/badge-sprite';
import { chipRow } from '../sprites/chip-sprite';
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
  /**
   * Mounted while the grid scrolls: the cell draws its chips and badge itself (its `::before`
   * and `::after`, the same sprite rows) and holds no element until its row is completed.
   */
  light?: boolean;
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
  light = false,
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
  // Each chip's state, once: the sprite row of the five chips' looks (a light cell draws it
  // whole, a chip its own part) and each chip's checked state are both read from it.
  const states = new Map(GRID_ACTIONS.map((action) => [action, grantState(granted, action)]));
  const chips = chipRow((action) => chipLook(states.get(action)!));
  if (light)
    return (
      <td
        className={noFolder ? 'grant-cell light no-folder' : 'grant-cell light'}
        style={
          {
            '--chips': chips,
            '--at': noFolder ? undefined : badgeAt(allowed.split(' '), taken.split(' ')),
          } as CSSProperties
        }
      />
    );
  const who = personLabel(person);
  return (
    <td className="grant-cell" style={{ '--chips': chips } as CSSProperties}>
      {/* The chips sit in the cell's own line, not in a wrapper: one box less per cell. */}
      {GRID_ACTIONS.map((action) => (
        <GrantChip
          key={action}
          action={action}
          label={`${who} ${action} ${path}`}
          checked={states.get(action) === 'granted'}
          mixed={states.get(action) === 'partly'}
          onToggle={onToggle}
        />
      ))}
      <AccessBadges allowed={allowed} taken={taken} noFolder={noFolder} />
    </td>
  );
});

const chipLook = (state: ReturnType<typeof grantState>) =>
  state === 'granted' ? 'on' : state === 'partly' ? 'mixed' : 'off';
