import type { AccessAction } from '../model/types';
import type { RoleKey } from './roles';

/** A rule by its position in the storage's path list. */
export interface RuleRef {
  readonly pathIndex: number;
  readonly ruleIndex: number;
}

/** One resource prefix of a statement, with what put it there. */
export interface StatementPrefix {
  /** Substituted prefix, e.g. `media/*` or `private/${cognito-identity.amazonaws.com:sub}/*`. */
  readonly prefix: string;
  /** Allow: the rules that grant this role this action on exactly this prefix.
   *  Deny: the rules defined on the subpath (for any role), i.e. what the subpath does grant. */
  readonly rules: readonly RuleRef[];
  /** Deny only: the parent prefix whose grant this subpath takes away (deny by default). */
  readonly parent?: string;
  /**
   * The patterns IAM tests, for statements that were not compiled from a design (an imported
   * backend.ts): object-key patterns, or a list statement's `s3:prefix` values as written.
   * Absent for compiled statements, whose patterns follow from `prefix`.
   */
  readonly patterns?: readonly string[];
}

export interface CompiledStatement {
  readonly effect: 'Allow' | 'Deny';
  readonly action: AccessAction;
  readonly prefixes: readonly StatementPrefix[];
  /** For a statement that was not compiled from a design: where it was written, for explanations. */
  readonly origin?: string;
}

export interface RolePolicy {
  readonly role: RoleKey;
  readonly statements: readonly CompiledStatement[];
}

/** The storage part of amplify_outputs.json: substituted prefix → access key → actions. */
export type OutputsPaths = Readonly<
  Record<string, Readonly<Record<string, readonly AccessAction[]>>>
>;

/** What Amplify builds from one storage's access record. */
export interface CompiledStorage {
  /** One policy per role that some rule names, in the order Amplify first meets the role. */
  readonly policies: readonly RolePolicy[];
  /** Roles that some rule names but that end up with no statement: Amplify fails (EmptyPolicyFault). */
  readonly emptyPolicyRoles: readonly { role: RoleKey; rule: RuleRef }[];
  /** `paths` for amplify_outputs.json; undefined when the storage has no access callback. */
  readonly outputsPaths: OutputsPaths | undefined;
}
