/**
 * Cases replayed from amplify-js's own tests (packages/storage/__tests__/internals/apis/listPaths/
 * resolveLocationsForCurrentSession.test.ts and getHighestPrecedenceUserGroup.test.ts) and
 * amplify-ui's (StorageBrowser adapters: createAmplifyListLocationsHandler.spec.ts,
 * permissionParsers.spec.ts, actions/handlers utils.spec.ts), plus the quirks their code has.
 */
import { describe, expect, it } from 'vitest';
import {
  highestPrecedenceGroup,
  resolveLocations,
  type ClientBucket,
  type PathAccess,
  type UserGroupConfig,
} from './amplify-js';
import { browserLocations, parsePermission } from './storage-browser';

const buckets: ClientBucket[] = [
  {
    name: 'bucket1',
    bucketName: 'bucket1',
    paths: {
      'path1/*': { guest: ['get', 'list'], authenticated: ['get', 'list', 'write'] },
      'path2/*': {
        groupsauditor: ['get', 'list'],
        groupsadmin: ['get', 'list', 'write', 'delete'],
      },
      'profile-pictures/${cognito-identity.amazonaws.com:sub}/*': {
        entityidentity: ['get', 'list', 'write', 'delete'],
      },
    },
  },
  { name: 'bucket2', bucketName: 'bucket2', paths: { 'path3/*': { guest: ['read'] } } },
];

const shape = (locations: PathAccess[]) =>
  locations.map(({ type, permission, bucket, prefix }) => ({ type, permission, bucket, prefix }));

describe('resolveLocations (amplify-js resolveLocationsForCurrentSession tests)', () => {
  it('signed in', () => {
    expect(
      shape(resolveLocations(buckets, { isAuthenticated: true, identityId: '12345' })),
    ).toEqual([
      {
        type: 'PREFIX',
        permission: ['get', 'list', 'write'],
        bucket: 'bucket1',
        prefix: 'path1/*',
      },
      {
        type: 'PREFIX',
        permission: ['get', 'list', 'write', 'delete'],
        bucket: 'bucket1',
        prefix: 'profile-pictures/12345/*',
      },
    ]);
  });
  it('signed in, in group admin: authenticated plus the group, and no owner location', () => {
    expect(
      shape(
        resolveLocations(buckets, {
          isAuthenticated: true,
          identityId: '12345',
          userGroup: 'admin',
        }),
      ),
    ).toEqual([
      {
        type: 'PREFIX',
        permission: ['get', 'list', 'write'],
        bucket: 'bucket1',
        prefix: 'path1/*',
      },
      {
        type: 'PREFIX',
        permission: ['get', 'list', 'write', 'delete'],
        bucket: 'bucket1',
        prefix: 'path2/*',
      },
    ]);
  });
  it('a group no key names', () => {
    expect(
      shape(
        resolveLocations(buckets, {
          isAuthenticated: true,
          identityId: '12345',
          userGroup: 'editor',
        }),
      ),
    ).toEqual([
      {
        type: 'PREFIX',
        permission: ['get', 'list', 'write'],
        bucket: 'bucket1',
        prefix: 'path1/*',
      },
    ]);
  });
  it('authenticated and group permissions merge (union, deduped)', () => {
    const b: ClientBucket[] = [
      {
        name: 'b',
        bucketName: 'bucket1',
        paths: {
          'foo/*': { authenticated: ['list'], groupsAdmins: ['get', 'list', 'write', 'delete'] },
        },
      },
    ];
    expect(
      shape(
        resolveLocations(b, { isAuthenticated: true, identityId: '12345', userGroup: 'Admins' }),
      ),
    ).toEqual([
      {
        type: 'PREFIX',
        permission: ['list', 'get', 'write', 'delete'],
        bucket: 'bucket1',
        prefix: 'foo/*',
      },
    ]);
  });
  it('a bucket without paths is skipped', () => {
    const b: ClientBucket[] = [
      { name: 'a', bucketName: 'bucket1' },
      {
        name: 'b',
        bucketName: 'bucket1',
        paths: { 'path1/*': { guest: ['get', 'list'], authenticated: ['get', 'list', 'write'] } },
      },
    ];
    expect(shape(resolveLocations(b, { isAuthenticated: true, identityId: '12345' }))).toEqual([
      {
        type: 'PREFIX',
        permission: ['get', 'list', 'write'],
        bucket: 'bucket1',
        prefix: 'path1/*',
      },
    ]);
  });
  it('a guest', () => {
    expect(shape(resolveLocations(buckets, { isAuthenticated: false }))).toEqual([
      { type: 'PREFIX', permission: ['get', 'list'], bucket: 'bucket1', prefix: 'path1/*' },
      { type: 'PREFIX', permission: ['read'], bucket: 'bucket2', prefix: 'path3/*' },
    ]);
  });
  it('quirk: the group key is found by substring, first in key order', () => {
    const b: ClientBucket[] = [
      {
        name: 'b',
        bucketName: 'b',
        paths: {
          'x/*': { groupsadmins: ['get'], groupsadmin: ['write'] },
          'y/*': { authenticated: ['list'] },
        },
      },
    ];
    const got = resolveLocations(b, { isAuthenticated: true, identityId: 'i', userGroup: 'admin' });
    expect(got.map((l) => [l.prefix, l.permission, l.keys])).toEqual([
      ['x/*', ['get'], ['groupsadmins']],
      ['y/*', ['list'], ['authenticated']],
    ]);
    // A group named `a` picks `authenticated` itself.
    const a = resolveLocations(
      [
        {
          name: 'b',
          bucketName: 'b',
          paths: { 'z/*': { authenticated: ['get'], groupsa: ['write'] } },
        },
      ],
      { isAuthenticated: true, identityId: 'i', userGroup: 'a' },
    );
    expect(a[0]!.permission).toEqual(['get']);
  });
  it('quirk: the owner location is offered even without an entityidentity key (permission undefined)', () => {
    const got = resolveLocations(
      [
        {
          name: 'b',
          bucketName: 'b',
          paths: { 'p/${cognito-identity.amazonaws.com:sub}/*': { authenticated: ['get'] } },
        },
      ],
      { isAuthenticated: true, identityId: 'i' },
    );
    expect(got.map((l) => [l.prefix, l.permission])).toEqual([
      ['p/i/*', undefined],
      ['p/${cognito-identity.amazonaws.com:sub}/*', ['get']],
    ]);
  });
});

describe('highestPrecedenceGroup (amplify-js getHighestPrecedenceUserGroup tests)', () => {
  const config: UserGroupConfig = [
    { editor: { precedence: 0 } },
    { admin: { precedence: 1 } },
    { auditor: { precedence: 2 } },
  ];
  it.each([
    [config, ['guest', 'user', 'admin'], 'admin'],
    [undefined, ['guest', 'user', 'admin'], undefined],
    [config, undefined, undefined],
    [config, ['unknown', 'user'], undefined],
    [config, ['auditor', 'editor'], 'editor'],
  ])('%#', (c, groups, expected) => {
    expect(highestPrecedenceGroup(c, groups)).toBe(expected);
  });
});

describe('Storage Browser locations (amplify-ui)', () => {
  it('read becomes get and list, sorted; the trailing * is cut (createAmplifyListLocationsHandler.spec)', () => {
    const got = browserLocations([
      {
        type: 'PREFIX',
        bucket: 'bucket1',
        permission: ['read'],
        prefix: 'prefix1/*',
        entry: 'prefix1/*',
        kind: 'shared',
        keys: ['guest'],
      },
    ]);
    expect(got).toMatchObject({
      ok: true,
      locations: [{ bucket: 'bucket1', prefix: 'prefix1/', permissions: ['get', 'list'] }],
    });
  });
  it('parseAmplifyAuthPermission: unknown actions dropped, nothing left throws', () => {
    expect(parsePermission(['write', 'read', 'fetch'])).toEqual(['get', 'list', 'write']);
    expect(parsePermission(['fetch'])).toBeUndefined();
    expect(parsePermission([])).toBeUndefined();
  });
  it('one bad location fails the whole page', () => {
    const got = browserLocations([
      {
        type: 'PREFIX',
        bucket: 'b',
        permission: ['get'],
        prefix: 'a/*',
        entry: 'a/*',
        kind: 'shared',
        keys: [],
      },
      {
        type: 'PREFIX',
        bucket: 'b',
        permission: undefined,
        prefix: 'p/i/*',
        entry: 'p/${cognito-identity.amazonaws.com:sub}/*',
        kind: 'owner',
        keys: [],
      },
    ]);
    expect(got.ok).toBe(false);
  });
  it('deduplicates the same prefix: READ + READWRITE keeps READWRITE, READ + WRITE keeps both', () => {
    const loc = (prefix: string, permission: string[]): PathAccess => ({
      type: 'PREFIX',
      bucket: 'b',
      permission,
      prefix,
      entry: prefix,
      kind: 'shared',
      keys: [],
    });
    const got = browserLocations([
      loc('a/*', ['get', 'list']),
      loc('a/*', ['get', 'list', 'write', 'delete']),
      loc('b/*', ['get', 'list']),
      loc('b/*', ['write', 'delete']),
      loc('c/*', ['get']),
      loc('c/*', ['get']),
    ]);
    expect(got.ok && got.locations.map((l) => `${l.prefix} ${l.permissions.join(',')}`)).toEqual([
      'a/ delete,get,list,write',
      'b/ get,list',
      'b/ delete,write',
      'c/ get',
    ]);
  });
});
