import type { Design, DesignEdit } from '../../core';

/** What differs between the two lists of declared names: its words, its list and its edits. */
export interface NameKind {
  readonly noun: 'group' | 'function';
  readonly title: string;
  readonly placeholder: string;
  readonly names: (design: Design) => readonly string[];
  readonly add: (name: string) => DesignEdit;
  readonly remove: (name: string) => DesignEdit;
  readonly rename: (from: string, to: string) => DesignEdit;
  /** Only where order matters: groups (Cognito precedence, first wins). */
  readonly move?: (from: number, to: number) => DesignEdit;
}

/** The auth groups (defineAuth's `groups`), in precedence order. */
export const GROUP_NAMES: NameKind = {
  noun: 'group',
  title: 'Groups',
  placeholder: 'admin',
  names: (design) => design.groups,
  add: (name) => ({ type: 'addGroup', name }),
  remove: (name) => ({ type: 'removeGroup', name }),
  rename: (from, to) => ({ type: 'renameGroup', from, to }),
  move: (from, to) => ({ type: 'moveGroup', from, to }),
};

/** Functions (defineFunction) that rules may grant access to. */
export const FUNCTION_NAMES: NameKind = {
  noun: 'function',
  title: 'Functions',
  placeholder: 'resizer',
  names: (design) => design.functions,
  add: (name) => ({ type: 'addFunction', name }),
  remove: (name) => ({ type: 'removeFunction', name }),
  rename: (from, to) => ({ type: 'renameFunction', from, to }),
};
