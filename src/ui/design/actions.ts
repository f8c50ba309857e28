import { RULE_ACTIONS, type RuleAction } from '../../core';

/** The checkboxes per person, in the order rules name them: `read` is the shortcut for get + list. */
export const GRID_ACTIONS = RULE_ACTIONS;
export type GridAction = RuleAction;

export const ACTION_LETTER: Record<GridAction, string> = {
  read: 'R',
  get: 'G',
  list: 'L',
  write: 'W',
  delete: 'D',
};
