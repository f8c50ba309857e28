import type { PathEntry, Principal, Rule } from '../../model/types';
import { ENTITY_TOKEN, OWNER_VARIABLE } from '../../paths/tokens';
import { validatePaths } from '../../validate/path-rules';
import type { OutputsContext } from './context';
import type { OutputsAccess, OutputsPath } from './read-storage';

/** What rebuilding one bucket's paths found that the lost notes should mention. */
export interface RebuildFacts {
  /** Owner paths whose rules came from two entries (`x/*` and `x/${sub}/*`). */
  readonly merged: string[];
  /** Prefixes written with no access key at all (`{}`), given a placeholder function rule. */
  readonly empty: string[];
  /** Prefixes whose keys all have empty action lists: function rules there cannot be told. */
  readonly grantsNothing: string[];
  /** Whether some entry had several `groups…` keys (possibly one rule naming several groups). */
  splitGroups: boolean;
  /** Whether some rule's get + list was imported as `read` (the file cannot tell which was written). */
  readFromGetList: boolean;
  /** Whether some plain `x/*` path might also have been the cut form of `x/{entity_id}/*`. */
  maybeCut: boolean;
  /** `x/*` entries imported as `x/{entity_id}/*`, since as plain paths they nest too deep. */
  readonly asOwnerFolder: string[];
}

/**
 * The function a `{}` entry is given: Amplify writes `{}` for a path whose rules are all
 * `allow.resource` (functions are not in the file), and a rule is needed for the path to exist at
 * all, in the outputs and as the subpath that takes its parent's access away from other roles.
 */
export const UNKNOWN_FUNCTION = 'unknownFunction';
const placeholderRule: Rule = {
  principal: { kind: 'resource', fn: UNKNOWN_FUNCTION },
  actions: ['get'],
};

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
const ownerPrefixBeside = (prefix: string) =>
  prefix.endsWith('/*') ? `${prefix.slice(0, -1)}${OWNER_VARIABLE}/*` : undefined;

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
export function rebuildPaths(
  ctx: OutputsContext,
  entries: readonly OutputsPath[],
): { paths: PathEntry[]; facts: RebuildFacts } {
  const record = new RecordBuilder(new Set(entries.map((e) => e.prefix)));
  for (const entry of entries) {
    const found = entry.access.flatMap((a) => ruleOf(ctx, a, record.facts));
    if (entry.empty) {
      record.facts.empty.push(entry.prefix);
      found.push(placeholderRule);
    } else if (entry.access.length > 0 && entry.access.every((a) => a.actions.length === 0)) {
      record.facts.grantsNothing.push(entry.prefix);
    }
    if (found.filter((r) => r.principal.kind === 'groups').length > 1)
      record.facts.splitGroups = true;
    if (entry.prefix.includes(OWNER_VARIABLE)) record.ownerEntry(ctx, entry, found);
    else record.plainEntry(ctx, entry, found);
  }
  return record.finish();
}

/** The access record being rebuilt: path → rules in insertion order, and what was seen on the way. */
class RecordBuilder {
  readonly facts: RebuildFacts = {
    merged: [],
    empty: [],
    grantsNothing: [],
    splitGroups: false,
    readFromGetList: false,
    maybeCut: false,
    asOwnerFolder: [],
  };
  private readonly rules = new Map<string, Rule[]>();
  private readonly candidates: string[] = [];
  private readonly fromOwnerEntry = new Set<string>();
  private readonly fromCutEntry = new Set<string>();

  constructor(private readonly prefixes: ReadonlySet<string>) {}

  private add(path: string, rule?: Rule): void {
    const list = this.rules.get(path) ?? [];
    if (rule) list.push(rule);
    this.rules.set(path, list);
  }

  /** `x/${sub}/*`: owner rules go onto `x/{entity_id}/*`; anything else stays on the literal path. */
  ownerEntry(ctx: OutputsContext, entry: OutputsPath, found: readonly Rule[]): void {
    const path = ownerPath(entry.prefix);
    this.add(path);
    for (const rule of found) {
      if (rule.principal.kind === 'entity') {
        this.add(path, rule);
        this.fromOwnerEntry.add(path);
        continue;
      }
      ctx.warn(
        'shared-key-on-owner-prefix',
        entry.pointer,
        `Amplify writes only owner (entity…) keys under a prefix with the owner variable; the other rules of ${JSON.stringify(entry.prefix)} are kept on that literal path`,
        true,
      );
      this.add(entry.prefix, rule);
    }
  }

  /** `x/*`: the cut form of `x/{entity_id}/*` when its owner entry is there, else the path `x/*`. */
  plainEntry(ctx: OutputsContext, entry: OutputsPath, found: readonly Rule[]): void {
    const hasOwner = found.some((r) => r.principal.kind === 'entity');
    const beside = ownerPrefixBeside(entry.prefix);
    const besideOwner = beside !== undefined && this.prefixes.has(beside);
    if (besideOwner && hasOwner) {
      ctx.warn(
        'ambiguous-owner-folder',
        entry.pointer,
        `${JSON.stringify(entry.prefix)} has an owner key and sits beside ${JSON.stringify(beside)}: no valid design writes both, so it is kept as its own path`,
        true,
      );
    }
    const path = besideOwner && !hasOwner ? ownerPath(beside) : entry.prefix;
    if (path !== entry.prefix && found.length > 0) this.fromCutEntry.add(path);
    if (!besideOwner && !hasOwner) {
      this.facts.maybeCut = true;
      this.candidates.push(entry.prefix);
    }
    this.add(path);
    for (const rule of found) this.add(path, rule);
  }

  finish(): { paths: PathEntry[]; facts: RebuildFacts } {
    this.facts.merged.push(...[...this.fromCutEntry].filter((p) => this.fromOwnerEntry.has(p)));
    const paths = [...this.rules].map(([path, rules]) => ({ path, rules }));
    return { paths: validReading(paths, this.candidates, this.facts), facts: this.facts };
  }
}

const pathErrors = (paths: readonly PathEntry[]) =>
  validatePaths({ name: '', hasAccess: true, paths }, 0).filter((f) => f.severity === 'error')
    .length;

/**
 * Both readings of a plain `x/*` compile alike, but only one may be a valid design: `x/*` is a
 * prefix of the paths under it (and three levels are too deep), `x/{entity_id}/*` of none. Each
 * candidate whose owner-folder reading leaves fewer path errors is read that way.
 */
function validReading(
  paths: PathEntry[],
  candidates: readonly string[],
  facts: RebuildFacts,
): PathEntry[] {
  let current = paths;
  let errors = pathErrors(current);
  for (const candidate of candidates) {
    if (errors === 0) break;
    const owner = ownerPath(ownerPrefixBeside(candidate) ?? '');
    if (
      candidate === '/*' ||
      candidate.includes(ENTITY_TOKEN) ||
      !owner ||
      current.some((p) => p.path === owner)
    )
      continue;
    const flipped = current.map((p) => (p.path === candidate ? { ...p, path: owner } : p));
    const flippedErrors = pathErrors(flipped);
    if (flippedErrors < errors) {
      current = flipped;
      errors = flippedErrors;
      facts.asOwnerFolder.push(candidate);
    }
  }
  return current;
}

/**
 * Actions as a person writes them: Amplify expands `read` into get + list in its place, so a get
 * directly followed by list becomes `read` again (the same access; `read` never mixes with get or
 * list in one rule, and the expanded list has no repeats).
 */
function asWritten(actions: readonly string[]): readonly string[] {
  const at = actions.findIndex((a, i) => a === 'get' && actions[i + 1] === 'list');
  return at < 0 || actions.includes('read')
    ? actions
    : [...actions.slice(0, at), 'read', ...actions.slice(at + 2)];
}

function ruleOf(ctx: OutputsContext, access: OutputsAccess, facts: RebuildFacts): Rule[] {
  const principal = principalOfKey(access.key);
  if (principal) {
    const actions = asWritten(access.actions);
    if (actions !== access.actions) facts.readFromGetList = true;
    return [{ principal, actions }];
  }
  const why =
    access.key === 'resource'
      ? 'function access cannot be tied back to a function'
      : 'expected guest, authenticated, groupsNAME or entityidentity';
  ctx.warn(
    'unknown-access-key',
    access.pointer,
    `Access key ${JSON.stringify(access.key)} dropped: ${why}`,
    true,
  );
  return [];
}
