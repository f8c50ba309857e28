/**
 * How the Amplify client library turns amplify_outputs.json `paths` into the locations a session
 * may use, followed line by line from aws-amplify/amplify-js (packages/storage, commit 36e3ce1):
 * - src/internals/apis/listPaths/listPaths.ts: `listPaths` takes the session's identity id, whether
 *   it has tokens, and the user's groups from the access token's `cognito:groups`;
 * - src/internals/apis/listPaths/getHighestPrecedenceUserGroup.ts: of those groups, only ones in
 *   amplify_outputs `auth.groups` count, and the lowest precedence value wins;
 * - src/internals/apis/listPaths/resolveLocationsForCurrentSession.ts: per bucket and path entry,
 *   a guest gets `guest`; a signed-in user `authenticated`; a group member the union of
 *   `authenticated` and the FIRST key whose name merely *contains* the group name (`includes`, so
 *   group `admin` also matches a key `groupsadmins` written before `groupsadmin`, and a group named
 *   `a` matches `authenticated`); only a signed-in user in no group with an identity id gets the
 *   owner location, the first `${cognito-identity.amazonaws.com:sub}` replaced by the identity id
 *   and the `entityidentity` actions (even when that key is missing);
 * - packages/core/src/parseAmplifyOutputs.ts (createBucketInfoMap): buckets are keyed by their
 *   friendly `name` (a duplicate throws), path entries whose value is undefined are dropped.
 * Reimplemented here (not copied); the tests replay amplify-js's own test cases.
 */

/** `${cognito-identity.amazonaws.com:sub}` (ENTITY_IDENTITY_URL in amplify-js). */
export const ENTITY_IDENTITY_URL = '${cognito-identity.amazonaws.com:sub}';

/** One bucket of the client configuration: `paths` as written (prefix → access key → actions). */
export interface ClientBucket {
  readonly name: string;
  readonly bucketName: string;
  readonly paths?: Readonly<
    Record<string, Readonly<Record<string, readonly string[] | undefined>>>
  >;
}

export interface ClientSession {
  readonly isAuthenticated: boolean;
  readonly identityId?: string;
  /** The group listPaths picked (getHighestPrecedenceUserGroup), if any. */
  readonly userGroup?: string;
}

/** A location listPaths returns (PathAccess). `permission` may be undefined on an owner location. */
export interface PathAccess {
  readonly type: 'PREFIX';
  readonly permission: readonly string[] | undefined;
  readonly bucket: string;
  readonly prefix: string;
  /** Which path entry it came from (`prefix` of the entry, as written). */
  readonly entry: string;
  /** `owner`: the identity-substituted location; `shared`: the entry's own prefix. */
  readonly kind: 'owner' | 'shared';
  /** The access keys its permission came from. */
  readonly keys: readonly string[];
}

/** Group names with their precedence, as amplify_outputs `auth.groups` lists them. */
export type UserGroupConfig = readonly Readonly<Record<string, { readonly precedence: number }>>[];

/** getHighestPrecedenceUserGroup: the user's configured group with the lowest precedence value. */
export function highestPrecedenceGroup(
  config: UserGroupConfig | undefined,
  userGroups: readonly string[] | undefined,
): string | undefined {
  if (!config || !userGroups) return undefined;
  const precedence = new Map<string, number>();
  for (const group of config)
    for (const [name, value] of Object.entries(group)) precedence.set(name, value.precedence);
  // Array.prototype.sort is stable: equal precedences keep the token's order, as in amplify-js.
  return userGroups
    .filter((g) => precedence.has(g))
    .sort((a, b) => precedence.get(a)! - precedence.get(b)!)[0];
}

function resolvePermissions(
  rules: Readonly<Record<string, readonly string[] | undefined>>,
  session: ClientSession,
): { permission: readonly string[] | undefined; keys: string[] } {
  if (!session.isAuthenticated) return { permission: rules.guest, keys: ['guest'] };
  const authenticated = rules.authenticated;
  if (session.userGroup) {
    const group = session.userGroup;
    const selected = Object.keys(rules).find((key) => key.includes(group));
    const groupPermission = selected === undefined ? undefined : rules[selected];
    if (!authenticated && !groupPermission) return { permission: undefined, keys: [] };
    const keys = [
      ...(authenticated ? ['authenticated'] : []),
      ...(groupPermission && selected ? [selected] : []),
    ];
    return {
      permission: [...new Set([...(authenticated ?? []), ...(groupPermission ?? [])])],
      keys,
    };
  }
  return { permission: authenticated, keys: ['authenticated'] };
}

/** resolveLocationsForCurrentSession, bucket by bucket in configuration order. */
export function resolveLocations(
  buckets: readonly ClientBucket[],
  session: ClientSession,
): PathAccess[] {
  const locations: PathAccess[] = [];
  for (const { bucketName, paths } of buckets) {
    if (!paths) continue;
    for (const [path, rules] of Object.entries(paths)) {
      if (rules === undefined) continue; // parseAmplifyOutputs drops these
      if (
        !session.userGroup &&
        path.includes(ENTITY_IDENTITY_URL) &&
        session.isAuthenticated &&
        session.identityId
      ) {
        locations.push({
          type: 'PREFIX',
          permission: rules.entityidentity,
          bucket: bucketName,
          prefix: path.replace(ENTITY_IDENTITY_URL, () => session.identityId!),
          entry: path,
          kind: 'owner',
          keys: ['entityidentity'],
        });
      }
      const { permission, keys } = resolvePermissions(rules, session);
      if (permission)
        locations.push({
          type: 'PREFIX',
          permission,
          bucket: bucketName,
          prefix: path,
          entry: path,
          kind: 'shared',
          keys,
        });
    }
  }
  return locations;
}
