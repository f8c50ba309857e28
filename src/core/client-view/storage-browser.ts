import type { PathAccess } from './amplify-js';

/**
 * What Storage Browser (aws-amplify/amplify-ui, packages/react-storage, commit 816dc04) lists on
 * its locations page with the Amplify auth adapter, followed from:
 * - components/StorageBrowser/adapters/createAmplifyAuthAdapter/createAmplifyListLocationsHandler.ts:
 *   every listPaths location, its permission parsed, the trailing `*` of its prefix cut, then
 *   deduplicated (no `exclude` filter: the Amplify handler ignores it);
 * - components/StorageBrowser/adapters/permissionParsers.ts (parseAmplifyAuthPermission): `read`
 *   becomes list + get, unknown actions are dropped, the result is sorted, and an empty result
 *   throws "Improper Permission" (a missing permission throws a TypeError): the whole list fails;
 * - components/StorageBrowser/actions/handlers/utils.ts (deduplicateLocations): locations with the
 *   same bucket and prefix keep those whose permissions are not a strict subset of another's, and
 *   one of each identical set.
 */

export type LocationPermission = 'delete' | 'get' | 'list' | 'write';

export interface BrowserLocation {
  readonly bucket: string;
  /** The prefix without its trailing `*` (e.g. `public/`, `protected/ID/`). */
  readonly prefix: string;
  readonly permissions: readonly LocationPermission[];
  /** The listPaths locations it stands for (more than one when deduplication merged them). */
  readonly from: readonly PathAccess[];
}

export type BrowserLocations =
  | { readonly ok: true; readonly locations: readonly BrowserLocation[] }
  /** Storage Browser shows an error instead of any location. */
  | { readonly ok: false; readonly error: string; readonly culprit: PathAccess };

const KNOWN = new Set<string>(['delete', 'get', 'list', 'write']);

/** parseAmplifyAuthPermission; undefined where it throws. */
export function parsePermission(
  permission: readonly string[] | undefined,
): LocationPermission[] | undefined {
  if (!permission) return undefined;
  const result: LocationPermission[] = [];
  for (const access of permission) {
    if (access === 'read') {
      if (!result.includes('list')) result.push('list');
      if (!result.includes('get')) result.push('get');
    } else if (KNOWN.has(access) && !result.includes(access as LocationPermission))
      result.push(access as LocationPermission);
  }
  return result.length === 0 ? undefined : result.sort();
}

const broader = (a: readonly string[], b: readonly string[]) =>
  a.length > b.length && b.every((p) => a.includes(p));

/** deduplicateLocations: same bucket and prefix, keep what no broader location already covers. */
function deduplicate(locations: readonly BrowserLocation[]): BrowserLocation[] {
  const groups = new Map<string, BrowserLocation[]>();
  for (const l of locations) {
    const key = `${l.bucket}:${l.prefix}`;
    groups.set(key, [...(groups.get(key) ?? []), l]);
  }
  const result: BrowserLocation[] = [];
  for (const group of groups.values()) {
    if (group.length === 1) {
      result.push(group[0]!);
      continue;
    }
    const kept: BrowserLocation[] = [];
    for (const l of group) {
      const covering = group.filter((o) => o !== l && broader(o.permissions, l.permissions));
      if (covering.length > 0) continue;
      const same = kept.find(
        (k) => [...k.permissions].sort().join() === [...l.permissions].sort().join(),
      );
      if (same) {
        kept[kept.indexOf(same)] = { ...same, from: [...same.from, ...l.from] };
        continue;
      }
      kept.push(l);
    }
    result.push(...kept);
  }
  return result;
}

/** The locations page for one session's listPaths result. */
export function browserLocations(paths: readonly PathAccess[]): BrowserLocations {
  const parsed: BrowserLocation[] = [];
  for (const access of paths) {
    const permissions = parsePermission(access.permission);
    if (!permissions) {
      const error = access.permission
        ? 'Improper Permission: Please provide correct permission.'
        : "TypeError: Cannot read properties of undefined (reading 'forEach')";
      return { ok: false, error, culprit: access };
    }
    const prefix = access.prefix.endsWith('*') ? access.prefix.slice(0, -1) : access.prefix;
    parsed.push({ bucket: access.bucket, prefix, permissions, from: [access] });
  }
  return { ok: true, locations: deduplicate(parsed) };
}
