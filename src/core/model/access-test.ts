/**
 * An access test: an expected IAM answer that a team pins down once and keeps (issue 12). Held as
 * written, like the rest of the model: `who` and `actions` are strings, and a test naming a group
 * or storage the design does not have is reported (access-tests/validate-test.ts), never dropped.
 */

/** Actions a test may name: the four IAM sees, plus `read` (get + list) as in rules. */
export const TEST_ACTIONS = ['read', 'get', 'list', 'write', 'delete'] as const;
export type TestAction = (typeof TEST_ACTIONS)[number];

export type Expectation = 'allow' | 'deny';

export interface AccessTest {
  /** Who asks: `guest`, `authenticated`, `owner`, `group:NAME` or `function:NAME`. */
  readonly who: string;
  /**
   * The caller's identity-pool id. For `owner` without it, the test holds for any owner in their
   * own folder (`where` names the folder with `{entity_id}`).
   */
  readonly identityId?: string;
  /** One or more of get, list, write, delete, read. */
  readonly actions: readonly string[];
  /**
   * A concrete key (for list: the prefix listed), or everything under a prefix when it ends with
   * `*` (`media/*`; `*` is the whole bucket). `{entity_id}` names a user's folder: the caller's own
   * for `owner`, another user's for everybody else.
   */
  readonly where: string;
  /** With a `*` where: prefixes left out of it (e.g. the paths a function is granted). */
  readonly except?: readonly string[];
  /** The storage's name (or export name); the design's default storage when absent. */
  readonly storage?: string;
  readonly expect: Expectation;
  readonly name?: string;
  readonly note?: string;
}
