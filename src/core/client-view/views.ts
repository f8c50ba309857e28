import type { CompiledStorage, RolePolicy } from '../compile/types';
import { accessMatrix, type AccessMatrix, type AccessModel } from '../access/matrix';
import { CALLER_ID, OWNER_ID, type Person } from '../access/people';
import { PolicyIndex } from '../access/policy-index';
import type { Storage } from '../model/types';
import { ENTITY_TOKEN } from '../paths/tokens';
import {
  ENTITY_IDENTITY_URL,
  resolveLocations,
  type ClientBucket,
  type ClientSession,
  type PathAccess,
} from './amplify-js';
import {
  browserLocations,
  parsePermission,
  type BrowserLocations,
  type LocationPermission,
} from './storage-browser';

/** What the two views of one bucket are built from. */
export interface BucketViewInput {
  /** The client configuration of the bucket (its `paths` as the client library reads them). */
  readonly bucket: ClientBucket;
  /** The IAM policies of every role, as the engine takes them. */
  readonly policies: readonly RolePolicy[];
  /** Auth groups in precedence order (amplify_outputs `auth.groups`). */
  readonly groups: readonly string[];
  readonly functions: readonly string[];
  /** Object-key patterns the policies allow that `paths` has no row for (extra rows of the server view). */
  readonly extraPrefixes?: readonly string[];
}

/** A cell of the client view: the actions the client library offers this person there. */
export interface ClientCell {
  readonly offered: readonly LocationPermission[];
  /** The listPaths location behind it (undefined: nothing offered). */
  readonly location?: PathAccess;
}

export interface ClientRow {
  /** The `paths` key as written. */
  readonly prefix: string;
  readonly cells: Readonly<Partial<Record<Person, ClientCell>>>;
}

export interface BucketViews {
  readonly bucket: ClientBucket;
  /** Columns of both views; the client view has no function columns (functions do not use it). */
  readonly people: readonly Person[];
  /** IAM's matrix: one row per `paths` entry (owner variable as `{entity_id}`), then extra policy prefixes. */
  readonly server: AccessMatrix;
  readonly client: readonly ClientRow[];
  /** Per person, what Storage Browser's locations page lists (or the error it shows). */
  readonly locations: Readonly<Partial<Record<Person, BrowserLocations>>>;
  readonly model: AccessModel;
}

/** The session the client library has for a person of the matrix (spec §5's columns). */
export function clientSession(person: Person): ClientSession | undefined {
  if (person === 'guest') return { isAuthenticated: false };
  if (person === 'authenticated') return { isAuthenticated: true, identityId: CALLER_ID };
  if (person === 'owner') return { isAuthenticated: true, identityId: OWNER_ID };
  if (person.startsWith('group:'))
    return { isAuthenticated: true, identityId: CALLER_ID, userGroup: person.slice(6) };
  return undefined;
}

/** A `paths` prefix as a design path: the owner variable becomes `{entity_id}`. */
export const designPath = (prefix: string): string =>
  prefix.replaceAll(ENTITY_IDENTITY_URL, ENTITY_TOKEN);

/** The server model of policies that did not come from a design: a stand-in storage for explanations. */
export function externalModel(
  name: string,
  policies: readonly RolePolicy[],
  rows: readonly string[],
): AccessModel {
  const storage: Storage = {
    name,
    hasAccess: true,
    paths: rows.map((path) => ({ path, rules: [] })),
  };
  const compiled: CompiledStorage = { policies, emptyPolicyRoles: [], outputsPaths: undefined };
  return { storage, compiled, index: new PolicyIndex(compiled) };
}

function peopleOf(input: BucketViewInput, rows: readonly string[]): Person[] {
  const people: Person[] = ['guest', 'authenticated'];
  if (rows.some((r) => r.includes(ENTITY_TOKEN))) people.push('owner');
  const groups = new Set(input.groups);
  for (const { role } of input.policies) if (role.startsWith('group:')) groups.add(role.slice(6));
  for (const g of groups) people.push(`group:${g}`);
  const functions = new Set(input.functions);
  for (const { role } of input.policies)
    if (role.startsWith('function:')) functions.add(role.slice(9));
  for (const f of functions) people.push(`function:${f}`);
  return people;
}

/**
 * Both views of one bucket: the matrix IAM enforces (decided by the same engine as a design's,
 * from these policies) and, per person, what the client library offers from `paths` and what
 * Storage Browser lists.
 */
export function bucketViews(input: BucketViewInput): BucketViews {
  const entries = Object.keys(input.bucket.paths ?? {});
  const rows = entries.map(designPath);
  const extra = (input.extraPrefixes ?? []).map(designPath).filter((p) => !rows.includes(p));
  const model = externalModel(input.bucket.name, input.policies, [...rows, ...extra]);
  const people = peopleOf(input, [...rows, ...extra]);
  const server = accessMatrix(
    { storages: [model.storage], groups: input.groups, functions: input.functions },
    model,
    { people },
  );
  const sessions = new Map<Person, PathAccess[]>();
  const locations: Partial<Record<Person, BrowserLocations>> = {};
  for (const person of people) {
    const session = clientSession(person);
    if (!session) continue;
    const found = resolveLocations([input.bucket], session);
    sessions.set(person, found);
    locations[person] = browserLocations(found);
  }
  const client: ClientRow[] = entries.map((prefix) => {
    const owned = prefix.includes(ENTITY_IDENTITY_URL);
    const cells: Partial<Record<Person, ClientCell>> = {};
    for (const [person, found] of sessions) {
      if (person === 'owner' && !owned) continue;
      const kind = person === 'owner' ? 'owner' : 'shared';
      const location = found.find((l) => l.entry === prefix && l.kind === kind);
      cells[person] = location
        ? { offered: parsePermission(location.permission) ?? [], location }
        : { offered: [] };
    }
    return { prefix, cells };
  });
  return { bucket: input.bucket, people, server, client, locations, model };
}
