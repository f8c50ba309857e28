import { decide } from '../access/decide';
import { personLabel, personRole, type Person } from '../access/people';
import { listConditionPrefixes, S3_ACTION } from '../compile/iam-json';
import type { CompiledStatement } from '../compile/types';
import type { AccessAction } from '../model/types';
import type { SourceLocation } from '../text/positions';
import { ENTITY_IDENTITY_URL, resolveLocations, type PathAccess } from './amplify-js';
import { difference, type ViewDifference } from './difference';
import { parsePermission } from './storage-browser';
import { clientSession, type BucketViews } from './views';

/** Where things were written, when the views came from a source file. */
export interface Places {
  entry?(prefix: string, key?: string): SourceLocation | undefined;
  statement?(statement: CompiledStatement): SourceLocation | undefined;
}

/** An object key directly in a location (one character no path uses: see matrix.ts's witness). */
const LEAF = '\uE000';
const folderOf = (prefix: string) => (prefix.endsWith('*') ? prefix.slice(0, -1) : prefix);

/** IAM's answer for what the client would do at this location. */
function allowed(
  views: BucketViews,
  person: Person,
  identityId: string | undefined,
  action: AccessAction,
  prefix: string,
): boolean {
  const { role } = personRole(person);
  const folder = folderOf(prefix);
  const key = action === 'list' ? folder : prefix.endsWith('*') ? `${folder}${LEAF}` : prefix;
  return decide(views.model.index, views.model.storage, {
    role,
    action,
    key,
    ...(identityId ? { identityId } : {}),
  }).allowed;
}

/** The persons whose sessions are compared: the owner's shared locations are the authenticated ones. */
function relevant(person: Person, location: PathAccess): boolean {
  if (person === 'owner') return location.kind === 'owner';
  if (person === 'authenticated') return location.kind === 'shared';
  return true;
}

/** Client offers IAM denies (403s), group members offered `authenticated`'s actions, Storage Browser failures. */
export function offeredButDenied(views: BucketViews, places: Places): ViewDifference[] {
  const out: ViewDifference[] = [];
  const bucket = views.bucket.name;
  for (const person of views.people) {
    const session = clientSession(person);
    if (!session) continue;
    for (const location of resolveLocations([views.bucket], session)) {
      if (!relevant(person, location)) continue;
      const offered = parsePermission(location.permission);
      const where = { bucket, person, prefix: location.entry };
      if (!offered) {
        const loc = places.entry?.(location.entry, location.keys[0]);
        out.push(
          difference(
            'view-browser-fails',
            `Storage Browser's locations page fails for ${personLabel(person)}: the location ${JSON.stringify(location.prefix)} has ${location.permission ? `no usable action (${JSON.stringify(location.permission)})` : `no \`${location.keys[0]}\` key`}, and parsing it throws`,
            { ...where, ...(loc ? { loc } : {}) },
            location.permission
              ? `Give ${JSON.stringify(location.entry)}'s \`${location.keys.join('`/`')}\` at least one of get, list, write, delete, or remove the key`
              : `Add \`entityidentity: [...]\` to ${JSON.stringify(location.entry)}, or write the path without ${ENTITY_IDENTITY_URL}`,
          ),
        );
        continue;
      }
      const denied = offered.filter(
        (a) => !allowed(views, person, session.identityId, a, location.prefix),
      );
      if (denied.length === 0) continue;
      const groupKey = person.startsWith('group:')
        ? location.keys.find((k) => k !== 'authenticated')
        : undefined;
      const fromGroup = groupKey ? (views.bucket.paths?.[location.entry]?.[groupKey] ?? []) : [];
      const viaAuthenticated = person.startsWith('group:')
        ? denied.filter((a) => !(parsePermission(fromGroup) ?? []).includes(a))
        : [];
      const what = denied.map((a) => `${a} (${S3_ACTION[a]})`).join(', ');
      const loc = places.entry?.(
        location.entry,
        viaAuthenticated.length > 0 ? 'authenticated' : location.keys.at(-1),
      );
      if (viaAuthenticated.length > 0) {
        out.push(
          difference(
            'view-group-offered-authenticated',
            `Members of ${personLabel(person).slice(6)} are offered ${what} on ${JSON.stringify(location.prefix)} because \`paths\` grants it to \`authenticated\`, but a group member acts through the group's role only, which IAM denies it: a 403`,
            { ...where, ...(loc ? { loc } : {}) },
            `Give the group's role what \`authenticated\` has on ${JSON.stringify(location.entry)} (a rule for the group, or a statement in its policy), or accept that members cannot use it`,
          ),
        );
        continue;
      }
      out.push(
        difference(
          'view-client-offers-denied',
          `The client offers ${personLabel(person)} ${what} on ${JSON.stringify(location.prefix)}, but IAM denies it: a 403 waiting to happen`,
          { ...where, ...(loc ? { loc } : {}) },
          `Remove ${denied.join(', ')} from ${JSON.stringify(location.entry)} in \`paths\`, or allow ${denied.map((a) => S3_ACTION[a]).join(', ')} there in the ${personLabel(person) === 'owner' ? 'authenticated' : personLabel(person)} role's policy`,
        ),
      );
    }
  }
  return out;
}

/** The client's group key is found by substring: flags a group whose pick is not its own `groupsNAME`. */
export function ambiguousGroupKeys(views: BucketViews, places: Places): ViewDifference[] {
  const out: ViewDifference[] = [];
  for (const person of views.people) {
    if (!person.startsWith('group:')) continue;
    const group = person.slice(6);
    for (const [prefix, rules] of Object.entries(views.bucket.paths ?? {})) {
      const picked = Object.keys(rules).find((k) => k.includes(group));
      const own = `groups${group}`;
      if (picked === undefined || picked === own) continue;
      const loc = places.entry?.(prefix, picked);
      out.push(
        difference(
          'view-group-key-ambiguous',
          `For members of ${group}, the client takes \`${picked}\` on ${JSON.stringify(prefix)} (the first key containing ${JSON.stringify(group)}), ${own in rules ? `not \`${own}\`` : 'though it is not their group'}`,
          { bucket: views.bucket.name, person, prefix, ...(loc ? { loc } : {}) },
          `Rename the group so that no other access key contains its name, or order \`${own}\` first`,
        ),
      );
    }
  }
  return out;
}

/** A witness for a pattern: every `*`/`?` one character, the owner variable the identity. */
const witness = (pattern: string, identityId: string) =>
  pattern
    .replaceAll(ENTITY_IDENTITY_URL, identityId)
    .replace(/\$\{[*?$]\}/g, (m) => m.charAt(2))
    .replace(/[*?]/g, 'x');

const covers = (location: PathAccess, key: string) =>
  location.prefix.endsWith('*')
    ? key.startsWith(location.prefix.slice(0, -1))
    : key === location.prefix;

/** What the policies allow that no location offers the person whose role it is. */
export function allowedButUndeclared(views: BucketViews, places: Places): ViewDifference[] {
  const out: ViewDifference[] = [];
  const seen = new Set<string>();
  for (const { role, statements } of views.model.compiled.policies) {
    if (role.startsWith('function:')) continue;
    for (const statement of statements) {
      if (statement.effect !== 'Allow') continue;
      for (const prefix of statement.prefixes) {
        // As the policy index reads them: compiled statements' patterns follow from the prefix.
        const patterns =
          prefix.patterns ??
          (statement.action === 'list' ? listConditionPrefixes(prefix.prefix) : [prefix.prefix]);
        for (const pattern of patterns) {
          const person: Person =
            role === 'guest'
              ? 'guest'
              : role === 'authenticated'
                ? pattern.includes(ENTITY_IDENTITY_URL)
                  ? 'owner'
                  : 'authenticated'
                : role;
          const session = clientSession(person);
          if (!session) continue;
          const identityId = session.identityId ?? '';
          const key = witness(pattern, identityId);
          const request = {
            role,
            action: statement.action,
            key,
            ...(session.identityId ? { identityId } : {}),
          };
          if (!decide(views.model.index, views.model.storage, request).allowed) continue;
          const offered = resolveLocations([views.bucket], session).some(
            (l) =>
              covers(l, key) && (parsePermission(l.permission) ?? []).includes(statement.action),
          );
          const id = `${role}\n${statement.action}\n${pattern}`;
          if (offered || seen.has(id)) continue;
          seen.add(id);
          const loc = places.statement?.(statement);
          out.push(
            difference(
              'view-iam-allows-undeclared',
              `The ${role === 'guest' ? 'guest' : role.replace(':', ' ')} policy allows ${S3_ACTION[statement.action]} ${statement.action === 'list' ? 'with prefix' : 'on'} ${JSON.stringify(pattern)}${statement.origin ? ` (${statement.origin})` : ''}, but no \`paths\` entry offers ${personLabel(person)} ${statement.action} there: access nobody sees in the design`,
              { bucket: views.bucket.name, person, ...(loc ? { loc } : {}) },
              `Declare it in \`paths\` (${statement.action} for ${person === 'owner' ? 'entityidentity' : person.startsWith('group:') ? `groups${person.slice(6)}` : person} on a prefix covering ${JSON.stringify(pattern)}), or narrow the statement`,
            ),
          );
        }
      }
    }
  }
  return out;
}
