/**
 * Every difference between what IAM enforces (the server view) and what the client library offers
 * from `paths` (the client view), with a stable code: tests, the CLI's JSON and SARIF key on the
 * codes, never on the wording. A parallel catalog to validate/catalog.ts, with the same fields:
 * `stage` says when it bites: `runtime` (a request fails or succeeds unexpectedly), `client` (the
 * client library or Storage Browser fails or misreads the configuration).
 */
export const DIFFERENCES = {
  /** The client offers an action that IAM denies: a 403 waiting to happen. */
  'view-client-offers-denied': { severity: 'error', stage: 'runtime' },
  /** A group member is offered what `paths` grants `authenticated`, but only the group's role applies (amplify-backend#1771, amplify-ui#6930). */
  'view-group-offered-authenticated': { severity: 'error', stage: 'runtime' },
  /** A policy allows something no `paths` entry offers that person: access nobody sees in the design. */
  'view-iam-allows-undeclared': { severity: 'warning', stage: 'runtime' },
  /** A list statement whose resources are `bucket/…` only: ListBucket is on the bucket, so it lists nothing. */
  'view-list-scoped-to-objects': { severity: 'error', stage: 'runtime' },
  /** An `s3:prefix` value `p/` without `p/*` (subfolders cannot be listed) or `p` without `/`. */
  'view-list-prefix-incomplete': { severity: 'warning', stage: 'runtime' },
  /** Owner folders written with a different token in the policy and in `paths`. */
  'view-owner-token-mismatch': { severity: 'error', stage: 'runtime' },
  /** A `groups…` key in `paths` whose group role has no policy attached. */
  'view-group-key-without-policy': { severity: 'error', stage: 'runtime' },
  /** The client picks a group's key by substring: here it picks another key than `groupsNAME`. */
  'view-group-key-ambiguous': { severity: 'warning', stage: 'client' },
  /** A location with no usable permission: Storage Browser's locations page fails for this person. */
  'view-browser-fails': { severity: 'error', stage: 'client' },
  /** A statement the IAM engine could not evaluate (a condition or resource form it does not know). */
  'view-not-evaluated': { severity: 'warning', stage: 'runtime' },
} as const satisfies Record<string, { severity: 'error' | 'warning'; stage: string }>;

export type DifferenceCode = keyof typeof DIFFERENCES;
