import type { PathEntry, Principal, Rule } from '../../model/types';
import { ENTITY_TOKEN, OWNER_VARIABLE } from '../../paths/tokens';
import type { OutputsContext } from './context';
import type { OutputsAccess, OutputsPath } from './read-storage';

/** What rebuilding one bucket's paths found that the lost notes should mention. */
export interface RebuildFacts {
  /** Owner paths whose rules came from two entries (`x/*` and `x/${sub}/*`). */
  readonly merged: string[];
  /** Prefixes written with no access key at all (`{}`). */
  readonly empty: string[];
  /** Whether some entry had several `groups…` keys (possibly one rule naming several groups). */
  splitGroups: boolean;
  /** Whether some actions had both get and list (possibly `read` as written). */
  getAndList: boolean;
  /** Whether some plain `x/*` path might also have been the cut form of `x/{entity_id}/*`. */
  maybeCut: boolean;
}

/** The rule an access key stands for: `guest`, `authenticated`, `groupsNAME`, `entityNAME`. */
export function principalOfKey(key: string): Principal | undefined {
  if (key === 'guest' || key === 'authenticated') return { kind: key };
  if (key.startsWith('groups')) return { kind: 'groups', groups: [key.slice('groups'.length)] };
  if (key.startsWith('entity')) return { kind: 'entity', entity: key.slice('entity'.length) };
  return undefined;
}

/** `x/${sub}/*` → `x/{entity_id}/*`: the path an owner prefix was written as. */
const ownerPath = (prefix: string) => prefix.replaceAll(OWNER_VARIABLE, ENTITY_TOKEN);

/** `x/*` → `x/${sub}/*`: the owner prefix whose non-owner rules Amplify writes as `x/*`. */
const ownerPrefixBeside = (prefix: string) => (prefix.endsWith('/*') ? `${prefix.slice(0, -1)}${OWNER_VARIABLE}/*` : undefined);

/**
 * Turns a bucket's `paths` back into an access record that compiles to the same `paths`.
 *
 * Amplify writes an owner rule on `x/{entity_id}/*` under `x/${sub}/*` and any other rule on it
 * under `x/*` (the token becomes `*`, and `/*\/*` is cut to `/*`). So a `x/*` entry beside a
 * `x/${sub}/*` entry is read as the cut form, and its rules go back onto `x/{entity_id}/*`: a
 * valid design cannot have both `x/*` and `x/{entity_id}/*` (no path may be a prefix of an owner
 * path), so this is the only reading Amplify could have written. A `x/*` with no owner entry
 * beside it stays `x/*`: both readings compile to the same policies and outputs, and it is the
 * plainer one. Paths appear in the order their first entry does, and rules in entry order, so
 * recompiling gives the same keys in the same order.
 */
export function rebuildPaths(ctx: OutputsContext, entries: readonly OutputsPath[]): { paths: PathEntry[]; facts: RebuildFacts } {
  const prefixes = new Set(entries.map((e) => e.prefix));
  const rules = new Map<string, Rule[]>();
  const facts: RebuildFacts = { merged: [], empty: [], splitGroups: false, getAndList: false, maybeCut: false };
  const fromOwnerEntry = new Set<string>();
  const fromCutEntry = new Set<string>();
  const add = (path: string, rule?: Rule) => {
    const list = rules.get(path) ?? [];
    if (rule) list.push(rule);
    rules.set(path, list);
  };
  for (const entry of entries) {
    const read = entry.access.flatMap((a) => ruleOf(ctx, a));
    if (read.length === 0) facts.empty.push(entry.prefix);
    if (read.filter((r) => r.principal.kind === 'groups').length > 1) facts.splitGroups = true;
    if (read.some((r) => r.actions.includes('get') && r.actions.includes('list'))) facts.getAndList = true;
    const hasOwner = read.some((r) => r.principal.kind === 'entity');
    if (entry.prefix.includes(OWNER_VARIABLE)) {
      const path = ownerPath(entry.prefix);
      add(path);
      for (const rule of read) {
        if (rule.principal.kind === 'entity') {
          add(path, rule);
          fromOwnerEntry.add(path);
        } else {
          ctx.warn('shared-key-on-owner-prefix', entry.pointer, `Amplify writes only owner (entity…) keys under a prefix with the owner variable; the other rules of ${JSON.stringify(entry.prefix)} are kept on that literal path`, true);
          add(entry.prefix, rule);
        }
      }
      continue;
    }
    const beside = ownerPrefixBeside(entry.prefix);
    const cut = beside !== undefined && prefixes.has(beside) && !hasOwner;
    if (beside !== undefined && prefixes.has(beside) && hasOwner) {
      ctx.warn('ambiguous-owner-folder', entry.pointer, `${JSON.stringify(entry.prefix)} has an owner key and sits beside ${JSON.stringify(beside)}: no valid design writes both, so it is kept as its own path`, true);
    }
    const path = cut ? ownerPath(beside) : entry.prefix;
    if (cut && read.length > 0) fromCutEntry.add(path);
    if (!cut && !hasOwner) facts.maybeCut = true;
    add(path);
    for (const rule of read) add(path, rule);
  }
  facts.merged.push(...[...fromCutEntry].filter((p) => fromOwnerEntry.has(p)));
  return { paths: [...rules].map(([path, list]) => ({ path, rules: list })), facts };
}

function ruleOf(ctx: OutputsContext, access: OutputsAccess): Rule[] {
  const principal = principalOfKey(access.key);
  if (principal) return [{ principal, actions: access.actions }];
  const why = access.key === 'resource'
    ? 'function access cannot be tied back to a function'
    : 'expected guest, authenticated, groupsNAME or entityidentity';
  ctx.warn('unknown-access-key', access.pointer, `Access key ${JSON.stringify(access.key)} dropped: ${why}`, true);
  return [];
}
