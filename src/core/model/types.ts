/**
 * The storage design as a user writes it in amplify/storage/resource.ts.
 *
 * Everything is held *as written* (including things Amplify would reject), so that a design can be
 * shown, validated and exported back without losing what the user typed. Validity is a derived
 * property (see ../validate), never a constraint of the model.
 */
import type { AccessTest } from './access-test';

/** Actions a rule may name. `read` is shorthand for `get` + `list`. */
export const RULE_ACTIONS = ['read', 'get', 'list', 'write', 'delete'] as const;
export type RuleAction = (typeof RULE_ACTIONS)[number];

/** The four actions IAM actually sees, in Amplify's order. */
export const ACCESS_ACTIONS = ['get', 'list', 'write', 'delete'] as const;
export type AccessAction = (typeof ACCESS_ACTIONS)[number];

/** Who a rule grants to: one `allow.*` builder. */
export type Principal =
  | { readonly kind: 'guest' }
  | { readonly kind: 'authenticated' }
  /** `allow.groups([...])`; `legacySingular` marks the older `allow.group('x')` spelling. */
  | {
      readonly kind: 'groups';
      readonly groups: readonly string[];
      readonly legacySingular?: boolean;
    }
  /** `allow.entity('identity')`; any other entity is kept as written and reported. */
  | { readonly kind: 'entity'; readonly entity: string }
  /** `allow.resource(fn)`: `fn` is the function's name (the identifier as written). */
  | { readonly kind: 'resource'; readonly fn: string };

export type PrincipalKind = Principal['kind'];

/** One `allow.X.to([...])`. Actions are strings as written: unknown ones are reported, not dropped. */
export interface Rule {
  readonly principal: Principal;
  readonly actions: readonly string[];
}

/** One key of the access record with its rules, e.g. `'media/*': [allow.guest.to(['read'])]`. */
export interface PathEntry {
  readonly path: string;
  readonly rules: readonly Rule[];
}

export type TriggerEvent = 'onUpload' | 'onDelete';

/** One `defineStorage({...})`. */
export interface Storage {
  /** The `name` option (becomes the construct id and the bucket's friendly name). */
  readonly name: string;
  /** The exported const it is bound to, e.g. `storage` in `export const storage = defineStorage(...)`. */
  readonly exportName?: string;
  readonly isDefault?: boolean;
  readonly versioned?: boolean;
  readonly keepOnDelete?: boolean;
  /** Trigger event to function name. */
  readonly triggers?: Readonly<Partial<Record<TriggerEvent, string>>>;
  /**
   * False when the definition has no `access` callback at all: Amplify then writes no `paths`
   * to amplify_outputs.json, which differs from an empty access record.
   */
  readonly hasAccess: boolean;
  readonly paths: readonly PathEntry[];
}

/**
 * Where a function came from in the resource.ts it was read from, so that exports write it back
 * the same way: an inline `defineFunction({ entry, name })`, or an import (`import { imported as
 * name } from 'from'`). Only strings are kept, never code: exports write them as escaped literals.
 */
export type FunctionOrigin =
  | { readonly kind: 'inline'; readonly entry?: string; readonly name?: string }
  | { readonly kind: 'import'; readonly from: string; readonly imported: string };

/** A whole design: the storages plus what they refer to. */
export interface Design {
  /** Expected access decisions saved with the design (issue 12); none when absent. */
  readonly tests?: readonly AccessTest[];
  readonly storages: readonly Storage[];
  /** Auth groups in defineAuth order, which is also Cognito precedence (first wins). */
  readonly groups: readonly string[];
  /** Functions that rules or triggers may refer to. */
  readonly functions: readonly string[];
  /**
   * Function name to where it came from; present only when known (read from a resource.ts).
   * Functions without an origin are written as imports from Amplify's usual place.
   */
  readonly functionOrigins?: Readonly<Record<string, FunctionOrigin>>;
}
