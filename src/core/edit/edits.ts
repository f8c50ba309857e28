import type { AccessAction, Rule, Storage } from '../model/types';

/** The person a checkbox grants to. `owner` is `allow.entity('identity')`. */
export type Grantee =
  | { readonly kind: 'guest' }
  | { readonly kind: 'authenticated' }
  | { readonly kind: 'owner' }
  | { readonly kind: 'group'; readonly name: string }
  | { readonly kind: 'function'; readonly name: string };

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
  | {
      readonly type: 'addPath';
      readonly storageIndex: number;
      readonly path: string;
      readonly rules?: readonly Rule[];
      readonly at?: number;
    }
  | {
      readonly type: 'renamePath';
      readonly storageIndex: number;
      readonly pathIndex: number;
      readonly path: string;
    }
  | { readonly type: 'removePath'; readonly storageIndex: number; readonly pathIndex: number }
  | {
      readonly type: 'movePath';
      readonly storageIndex: number;
      readonly from: number;
      readonly to: number;
    }
  | {
      readonly type: 'addRule';
      readonly storageIndex: number;
      readonly pathIndex: number;
      readonly rule: Rule;
    }
  | {
      readonly type: 'replaceRule';
      readonly storageIndex: number;
      readonly pathIndex: number;
      readonly ruleIndex: number;
      readonly rule: Rule;
    }
  | {
      readonly type: 'removeRule';
      readonly storageIndex: number;
      readonly pathIndex: number;
      readonly ruleIndex: number;
    }
  | {
      readonly type: 'setGrant';
      readonly storageIndex: number;
      readonly pathIndex: number;
      readonly grantee: Grantee;
      readonly action: AccessAction;
      readonly granted: boolean;
    }
  | { readonly type: 'addGroup'; readonly name: string }
  | { readonly type: 'removeGroup'; readonly name: string }
  | { readonly type: 'renameGroup'; readonly from: string; readonly to: string }
  | { readonly type: 'moveGroup'; readonly from: number; readonly to: number }
  | { readonly type: 'addFunction'; readonly name: string }
  | { readonly type: 'removeFunction'; readonly name: string }
  | { readonly type: 'renameFunction'; readonly from: string; readonly to: string };
