import type { AccessAction } from '../../core';

/** The checkboxes per person, in the order they appear: `read` is the shortcut for get + list. */
export const GRID_ACTIONS = ['read', 'get', 'list', 'write', 'delete'] as const;
export type GridAction = (typeof GRID_ACTIONS)[number];

export const ACTION_LETTER: Record<GridAction, string> = {
  read: 'R',
  get: 'G',
  list: 'L',
  write: 'W',
  delete: 'D',
};

/** The IAM actions a grid checkbox stands for. */
export const accessActionsOf = (action: GridAction): readonly AccessAction[] =>
  action === 'read' ? ['get', 'list'] : [action];
