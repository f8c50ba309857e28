import { accepts, acceptsEveryTail, closure, nextUnits, prefixGlob, step, type Glob } from './glob';

/** What to look for among the keys under a prefix. */
export interface KeySearch {
  /** The role's Allow patterns for the action, and its Deny patterns, resolved for the caller. */
  readonly allow: readonly Glob[];
  readonly deny: readonly Glob[];
  /** Every key starting with this is in scope ... */
  readonly prefix: string;
  /** ... except those starting with one of these. */
  readonly except: readonly string[];
  /** Shortest key in scope (1 for objects: S3 has no empty key; 0 for list prefixes). */
  readonly minLength: number;
  /** `allowed`: find a key IAM allows; `denied`: find one it does not allow. */
  readonly goal: 'allowed' | 'denied';
  /** Give up (and say so) after this many distinct states; real designs need a few thousand. */
  readonly maxStates?: number;
}

export type KeySearchResult =
  | { readonly kind: 'found'; readonly key: string }
  | { readonly kind: 'none' }
  | { readonly kind: 'gave-up'; readonly states: number };

export const DEFAULT_MAX_STATES = 200_000;

const Kind = { Allow: 0, Deny: 1, Except: 2 } as const;
type Kind = (typeof Kind)[keyof typeof Kind];

interface Pattern {
  readonly glob: Glob;
  readonly kind: Kind;
}

/** Where every live pattern is after the text read so far; patterns that accept any tail are flags. */
interface State {
  /** [pattern id, its NFA positions] for patterns that can still match or stop matching. */
  readonly live: readonly (readonly [number, readonly number[]])[];
  readonly allowAlways: boolean;
  readonly denyAlways: boolean;
}

interface Node {
  readonly state: State;
  readonly parent: Node | undefined;
  readonly unit: number;
  readonly length: number;
}

/**
 * Decides exactly, without sampling, whether some key under a prefix is allowed (or not allowed)
 * by IAM's rule "an Allow matches and no Deny does", and returns the shortest such key.
 *
 * The keys are infinitely many, but the patterns (IAM `*` and `?` over UTF-16 units) are
 * automata: the set of positions every pattern has reached describes everything that matters
 * about the text read so far. A breadth-first walk over those combined states, reading only the
 * units some live pattern names next plus one unit none names (all such units behave alike), visits
 * finitely many states and meets every distinct situation a key can be in. Patterns that already
 * accept every tail become flags and dead ones are dropped, so the states of a design track its
 * path trie and stay few.
 */
export function searchKeys(search: KeySearch): KeySearchResult {
  const patterns: Pattern[] = [
    ...search.allow.map((glob) => ({ glob, kind: Kind.Allow })),
    ...search.deny.map((glob) => ({ glob, kind: Kind.Deny })),
    ...search.except.map((p) => ({ glob: prefixGlob(p), kind: Kind.Except })),
  ];
  let start: State | null = normalize(
    patterns,
    patterns.map((p, id) => [id, closure(p.glob, [0])] as const),
    false,
    false,
  );
  for (let i = 0; start && i < search.prefix.length; i++)
    start = advance(patterns, start, search.prefix.charCodeAt(i));
  if (!start) return { kind: 'none' }; // the whole scope is excepted

  const maxStates = search.maxStates ?? DEFAULT_MAX_STATES;
  const seen = new Set<string>();
  let queue: Node[] = [{ state: start, parent: undefined, unit: -1, length: search.prefix.length }];
  while (queue.length > 0) {
    const next: Node[] = [];
    for (const node of queue) {
      const { state } = node;
      const long = node.length >= search.minLength;
      const id = `${long ? 1 : 0}${stateKey(state)}`;
      if (seen.has(id)) continue;
      seen.add(id);
      if (seen.size > maxStates) return { kind: 'gave-up', states: seen.size };

      const allowNow =
        state.allowAlways || state.live.some(([p, at]) => isAt(patterns, p, at, Kind.Allow));
      const denyNow =
        state.denyAlways || state.live.some(([p, at]) => isAt(patterns, p, at, Kind.Deny));
      const allowed = allowNow && !denyNow;
      if (long && allowed === (search.goal === 'allowed'))
        return { kind: 'found', key: search.prefix + textOf(node) };
      if (!worthExtending(patterns, state, search.goal)) continue;

      const named = new Set<number>();
      for (const [p, at] of state.live) nextUnits(patterns[p]!.glob, at, named);
      // "Any other character" first: counterexamples then read `media/x` rather than `media/p`.
      for (const unit of [otherUnit(named), ...named]) {
        const after = advance(patterns, state, unit);
        if (after) next.push({ state: after, parent: node, unit, length: node.length + 1 });
      }
    }
    queue = next;
  }
  return { kind: 'none' };
}

function isAt(patterns: readonly Pattern[], p: number, at: readonly number[], kind: Kind): boolean {
  const pattern = patterns[p]!;
  return pattern.kind === kind && accepts(pattern.glob, at);
}

/** Whether some longer key could still be what the search looks for. */
function worthExtending(
  patterns: readonly Pattern[],
  state: State,
  goal: KeySearch['goal'],
): boolean {
  const live = (kind: Kind) => state.live.some(([p]) => patterns[p]!.kind === kind);
  if (goal === 'allowed') return !state.denyAlways && (state.allowAlways || live(Kind.Allow));
  // Looking for a denied key: hopeless only when every tail is allowed and no deny can match.
  return !(state.allowAlways && !live(Kind.Deny));
}

/** Reads one unit; null when the key has left the scope (an excepted prefix). */
function advance(patterns: readonly Pattern[], state: State, unit: number): State | null {
  const live: (readonly [number, readonly number[]])[] = [];
  for (const [p, at] of state.live) {
    const after = step(patterns[p]!.glob, at, unit);
    if (after.length > 0) live.push([p, after]);
  }
  return normalize(patterns, live, state.allowAlways, state.denyAlways);
}

function normalize(
  patterns: readonly Pattern[],
  entries: readonly (readonly [number, readonly number[]])[],
  allowAlways: boolean,
  denyAlways: boolean,
): State | null {
  const live: (readonly [number, readonly number[]])[] = [];
  for (const entry of entries) {
    const [p, at] = entry;
    const { glob, kind } = patterns[p]!;
    if (!acceptsEveryTail(glob, at)) {
      // A pattern whose kind is already decided for every tail adds nothing.
      if (!(kind === Kind.Allow && allowAlways) && !(kind === Kind.Deny && denyAlways))
        live.push(entry);
      continue;
    }
    if (kind === Kind.Except) return null;
    if (kind === Kind.Allow) allowAlways = true;
    else denyAlways = true;
  }
  const kept = live.filter(
    ([p]) =>
      !(patterns[p]!.kind === Kind.Allow && allowAlways) &&
      !(patterns[p]!.kind === Kind.Deny && denyAlways),
  );
  return { live: kept, allowAlways, denyAlways };
}

function stateKey(state: State): string {
  let key = `${state.allowAlways ? 'A' : ''}${state.denyAlways ? 'D' : ''}`;
  for (const [p, at] of state.live) key += `|${p}:${at.join(',')}`;
  return key;
}

function textOf(node: Node): string {
  const units: number[] = [];
  for (let n: Node | undefined = node; n && n.unit >= 0; n = n.parent) units.push(n.unit);
  return String.fromCharCode(...units.reverse());
}

/** Readable stand-ins for "any other character", tried in this order. */
const OTHER_CANDIDATES = [...'xyzabc0123456789_-'].map((c) => c.charCodeAt(0));

/** One unit that no live pattern names next: it stands for every such unit. */
function otherUnit(named: ReadonlySet<number>): number {
  for (const unit of OTHER_CANDIDATES) if (!named.has(unit)) return unit;
  let unit = 0xe000;
  while (named.has(unit)) unit++;
  return unit;
}
