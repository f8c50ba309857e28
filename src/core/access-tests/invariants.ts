import { matrixPeople, personLabel, type Person } from '../access/people';
import type { AccessTest } from '../model/access-test';
import type { Design, Storage } from '../model/types';
import { ENTITY_TOKEN } from '../paths/tokens';

/** A ready-made property a security reviewer wants to hold, as the tests that pin it down. */
export interface Invariant {
  readonly id: string;
  readonly title: string;
  readonly tests: readonly AccessTest[];
}

/**
 * The invariants that apply to this design, one click each in the editor. They are suggestions
 * to hold the design to, not facts about it: a Gen 1 "protected" folder, for example, fails
 * "signed-in users cannot read other users' folders" on purpose.
 */
export function invariantsFor(design: Design): Invariant[] {
  const out: Invariant[] = [];
  const several = design.storages.length > 1;
  design.storages.forEach((storage) => {
    const on = several ? { storage: storage.name } : {};
    const suffix = several ? ` (${storage.name})` : '';
    const add = (id: string, title: string, tests: AccessTest[]) =>
      tests.length > 0 &&
      out.push({
        id: several ? `${id}@${storage.name}` : id,
        title: title + suffix,
        tests: tests.map((t) => ({ ...t, ...on, name: t.name ? t.name + suffix : title + suffix })),
      });
    const owned = storage.paths.filter((p) => p.path.includes(ENTITY_TOKEN)).map((p) => p.path);
    const people = matrixPeople(design, storage, { includeDeclaredFunctions: true });
    const others = people.filter((p) => p !== 'owner');

    add('guest-no-write', 'Guests never write or delete', [
      { who: 'guest', actions: ['write', 'delete'], where: '*', expect: 'deny' },
    ]);
    add('guest-no-list', 'Nothing is listable by guests', [
      { who: 'guest', actions: ['list'], where: '*', expect: 'deny' },
    ]);
    add(
      'owner-only-writes',
      `Only the owner writes or deletes in each ${ENTITY_TOKEN} folder`,
      owned.flatMap((path) =>
        others.map((who) => ({
          who,
          actions: ['write', 'delete'],
          where: path,
          expect: 'deny' as const,
          name: `${personLabel(who)} cannot write or delete in ${path}`,
        })),
      ),
    );
    add(
      'owner-keeps-folder',
      'owner can read, write and delete their own folder',
      owned.map((path) => ({
        who: 'owner',
        actions: ['read', 'write', 'delete'],
        where: path,
        expect: 'allow' as const,
        name: `owner can read, write and delete in ${path}`,
      })),
    );
    add(
      'others-no-read-owned',
      "authenticated cannot read other users' owner folders",
      owned.map((path) => ({
        who: 'authenticated',
        actions: ['get'],
        where: path,
        expect: 'deny' as const,
        name: `authenticated cannot read other users' files in ${path}`,
      })),
    );
    add(
      'guest-no-owned',
      'guest cannot read or list owner folders',
      owned.map((path) => ({
        who: 'guest',
        actions: ['get', 'list'],
        where: path,
        expect: 'deny' as const,
        name: `guest cannot read or list ${path}`,
      })),
    );
    for (const action of ['delete', 'write'] as const)
      add(
        `function-${action}-named`,
        `No function can ${action} outside the paths it names`,
        functionsOf(people).map((who) => ({
          who,
          actions: [action],
          where: '*',
          except: namedPrefixes(storage, who.slice(9)),
          expect: 'deny' as const,
          name: `${personLabel(who)} cannot ${action} outside the paths it names`,
        })),
      );
  });
  return out;
}

const functionsOf = (people: readonly Person[]) => people.filter((p) => p.startsWith('function:'));

/**
 * The prefixes a function's rules name, cut before `{entity_id}`: Amplify grants a function the
 * whole parent there (the token becomes `*`), so that is what it names in IAM terms.
 */
function namedPrefixes(storage: Storage, fn: string): string[] {
  const prefixes = new Set<string>();
  for (const { path, rules } of storage.paths) {
    if (!rules.some((r) => r.principal.kind === 'resource' && r.principal.fn === fn)) continue;
    const cut = path.indexOf(ENTITY_TOKEN);
    prefixes.add(cut >= 0 ? path.slice(0, cut) : path.endsWith('*') ? path.slice(0, -1) : path);
  }
  return [...prefixes];
}
