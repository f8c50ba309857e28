import type { Design, PathEntry, Principal, Rule, Storage } from './types';

/** Small constructors so tests, templates and generators read like resource.ts. */
export const allow = {
  guest: { to: (actions: readonly string[]): Rule => ({ principal: { kind: 'guest' }, actions }) },
  authenticated: {
    to: (actions: readonly string[]): Rule => ({ principal: { kind: 'authenticated' }, actions }),
  },
  groups: (groups: readonly string[]) => ({
    to: (actions: readonly string[]): Rule => ({ principal: { kind: 'groups', groups }, actions }),
  }),
  entity: (entity = 'identity') => ({
    to: (actions: readonly string[]): Rule => ({ principal: { kind: 'entity', entity }, actions }),
  }),
  resource: (fn: string) => ({
    to: (actions: readonly string[]): Rule => ({ principal: { kind: 'resource', fn }, actions }),
  }),
};

/** Builds a single-storage design from an access record, collecting the groups and functions it names. */
export function designFromAccess(
  access:
    Readonly<Record<string, readonly Rule[]>> | readonly (readonly [string, readonly Rule[]])[],
  options: Partial<Omit<Storage, 'paths'>> & {
    groups?: readonly string[];
    functions?: readonly string[];
  } = {},
): Design {
  const entries = Array.isArray(access)
    ? (access as readonly (readonly [string, readonly Rule[]])[])
    : Object.entries(access as Record<string, readonly Rule[]>);
  const paths: PathEntry[] = entries.map(([path, rules]) => ({ path, rules }));
  const { groups, functions, ...storageOptions } = options;
  const storage: Storage = { name: 'myProjectFiles', hasAccess: true, ...storageOptions, paths };
  const design: Design = { storages: [storage], groups: [], functions: [] };
  const named = namesUsed(design);
  return {
    ...design,
    groups: groups ?? named.groups,
    functions: functions ?? named.functions,
  };
}

/** Groups and functions a design's rules and triggers mention, in order of first use. */
export function namesUsed(design: Design): { groups: string[]; functions: string[] } {
  const groups = new Set<string>();
  const functions = new Set<string>();
  for (const storage of design.storages) {
    for (const fn of Object.values(storage.triggers ?? {})) if (fn) functions.add(fn);
    for (const entry of storage.paths) {
      for (const rule of entry.rules) {
        if (rule.principal.kind === 'groups') rule.principal.groups.forEach((g) => groups.add(g));
        if (rule.principal.kind === 'resource') functions.add(rule.principal.fn);
      }
    }
  }
  return { groups: [...groups], functions: [...functions] };
}

/** A principal as a user would write it, e.g. `allow.groups(['admin'])`. */
export function principalSource(principal: Principal): string {
  switch (principal.kind) {
    case 'guest':
      return 'allow.guest';
    case 'authenticated':
      return 'allow.authenticated';
    case 'groups':
      return principal.legacySingular && principal.groups.length === 1
        ? `allow.group(${JSON.stringify(principal.groups[0])})`
        : `allow.groups(${JSON.stringify(principal.groups)})`;
    case 'entity':
      return `allow.entity(${JSON.stringify(principal.entity)})`;
    case 'resource':
      return `allow.resource(${principal.fn})`;
  }
}

/** A rule as a user would write it, e.g. `allow.guest.to(["read"])`. */
export function ruleSource(rule: Rule): string {
  return `${principalSource(rule.principal)}.to(${JSON.stringify(rule.actions)})`;
}
