import type { AccessTest } from '../model/access-test';
import type { Rule, RuleAction, Storage, TriggerEvent } from '../model/types';
import type { TriggerTarget } from './trigger';

/** The person a checkbox grants to. `owner` is `allow.entity('identity')`. */
export type Grantee =
  | { readonly kind: 'guest' }
  | { readonly kind: 'authenticated' }
  | { readonly kind: 'owner' }
  | { readonly kind: 'group'; readonly name: string }
  | { readonly kind: 'function'; readonly name: string };

/**
 * Which path an edit is about: its storage and its stable id (`pathIdOf`), not its position, so an
 * edit made for a row still finds that row after paths were added, removed or moved. Rules are
 * addressed by index within that path: the UI never edits a single rule, and a fix's rule index is
 * always read on the design the fix is applied to (see `liveFix`).
 */
export interface PathAddress {
  readonly storageIndex: number;
  readonly pathId: string;
}

/**
 * Every change a user (or a one-click fix) can make to a design, as data. Applied by the pure
 * `applyEdit`, which returns the same objects for everything it did not touch, so undo, autosave
 * and memoized derivations stay cheap.
 */
export type DesignEdit =
  | { readonly type: 'addStorage'; readonly storage: Storage }
  | {
      readonly type: 'updateStorage';
      readonly storageIndex: number;
      readonly patch: Partial<Omit<Storage, 'paths'>>;
    }
  | { readonly type: 'removeStorage'; readonly storageIndex: number }
  | { readonly type: 'setDefaultStorage'; readonly storageIndex: number }
  /** Sets what a storage trigger runs (see `setTrigger`: inline functions are declared and dropped with it). */
  | {
      readonly type: 'setTrigger';
      readonly storageIndex: number;
      readonly event: TriggerEvent;
      readonly target: TriggerTarget;
    }
  | {
      readonly type: 'addPath';
      readonly storageIndex: number;
      readonly path: string;
      readonly rules?: readonly Rule[];
      readonly at?: number;
    }
  | (PathAddress & { readonly type: 'renamePath'; readonly path: string })
  | (PathAddress & { readonly type: 'removePath' })
  /** Moves the path to index `to` of its storage's paths. */
  | (PathAddress & { readonly type: 'movePath'; readonly to: number })
  | (PathAddress & { readonly type: 'addRule'; readonly rule: Rule })
  | (PathAddress & {
      readonly type: 'replaceRule';
      readonly ruleIndex: number;
      readonly rule: Rule;
    })
  | (PathAddress & { readonly type: 'removeRule'; readonly ruleIndex: number })
  /** Ticks or unticks one checkbox: `read` stands for get + list together, as in a rule. */
  | (PathAddress & {
      readonly type: 'setGrant';
      readonly grantee: Grantee;
      readonly action: RuleAction;
      readonly granted: boolean;
    })
  | { readonly type: 'addGroup'; readonly name: string }
  | { readonly type: 'removeGroup'; readonly name: string }
  | { readonly type: 'renameGroup'; readonly from: string; readonly to: string }
  | { readonly type: 'moveGroup'; readonly from: number; readonly to: number }
  | { readonly type: 'addFunction'; readonly name: string }
  | { readonly type: 'removeFunction'; readonly name: string }
  | { readonly type: 'renameFunction'; readonly from: string; readonly to: string }
  /** Access tests (issue 12): appended, replaced or removed by their index in `design.tests`. */
  | { readonly type: 'addTests'; readonly tests: readonly AccessTest[] }
  | { readonly type: 'replaceTest'; readonly index: number; readonly test: AccessTest }
  | { readonly type: 'removeTest'; readonly index: number };
