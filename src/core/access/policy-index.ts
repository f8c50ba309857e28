import type {
  CompiledStatement,
  CompiledStorage,
  RolePolicy,
  StatementPrefix,
} from '../compile/types';
import type { RoleKey } from '../compile/roles';
import { listConditionPrefixes } from '../compile/iam-json';
import { PrefixTrie } from '../paths/prefix';
import {
  compilePattern,
  literalLead,
  matchesCompiled,
  type CompiledPattern,
  type RequestContext,
} from './iam-pattern';

/** One pattern IAM would test, pointing back at the statement and prefix it came from. */
export interface IndexedPattern {
  /** For get/write/delete: the object-key pattern after the bucket ARN; for list: an s3:prefix value. */
  readonly pattern: string;
  readonly statement: CompiledStatement;
  readonly statementIndex: number;
  readonly prefix: StatementPrefix;
  /** The length of the pattern's literal start, its key in the index (`literalLead`). */
  readonly leadLength: number;
  /** Whether `text` matches the pattern for this caller, as `matchesCompiled` decides it. */
  matches(text: string, context: RequestContext): boolean;
}

/** A pattern that is its literal start and nothing more (`media/`): it matches that text alone. */
const EXACT = 0;
/** Its literal start then one `*` at the end (`media/*`): it matches any text that starts so. */
const LEAD_STAR = 1;
/** Anything else (`?`, a variable, a `*` inside): split into tokens and matched by them. */
const TOKENS = 2;

class Indexed implements IndexedPattern {
  /** `pattern` split into tokens, on first use: most patterns are one of the two plain shapes. */
  private tokens: CompiledPattern | undefined;
  private readonly shape: typeof EXACT | typeof LEAD_STAR | typeof TOKENS;
  readonly leadLength: number;
  constructor(
    readonly pattern: string,
    readonly statement: CompiledStatement,
    readonly statementIndex: number,
    readonly prefix: StatementPrefix,
    private readonly lead: string,
  ) {
    this.leadLength = lead.length;
    // The literal start ends at the first `*`, `?` or `${`: a pattern one longer than it ends
    // with that character, and only a `*` can be last (a `$` there starts no variable).
    this.shape =
      pattern.length === lead.length
        ? EXACT
        : pattern.length === lead.length + 1 && pattern.charCodeAt(lead.length) === 42 /* * */
          ? LEAD_STAR
          : TOKENS;
  }

  // The two plain shapes are what `compilePattern` makes of them ([literal] and [literal, star],
  // the literal left out when empty) matched as `matchFrom` would: the matrix of a big design asks
  // about thousands of patterns, and compiling each was most of its garbage.
  matches(text: string, context: RequestContext): boolean {
    if (this.shape === LEAD_STAR) return text.startsWith(this.lead);
    if (this.shape === EXACT) return text === this.lead;
    return matchesCompiled((this.tokens ??= compilePattern(this.pattern)), text, context);
  }
}

/** Every pattern of one role's policy, keyed by its literal start. */
function roleTrie({ statements }: RolePolicy): PrefixTrie<IndexedPattern> {
  const trie = new PrefixTrie<IndexedPattern>();
  // Indexed loops: a cold CLI run builds every trie in V8's baseline tiers, where each step of
  // an iterator allocates its result (a 2,000-path design has tens of thousands of patterns).
  // Grouped by literal start first, then one trie walk per start: a prefix's patterns of every
  // action share theirs (`media/*` and the list condition's `media/` both start `media/`), so
  // the trie is walked about a third as often. Each group keeps the order the patterns came in.
  const byLead = new Map<string, IndexedPattern[]>();
  statements.forEach((statement, statementIndex) => {
    for (let p = 0; p < statement.prefixes.length; p++) {
      const prefix = statement.prefixes[p]!;
      const patterns =
        prefix.patterns ??
        (statement.action === 'list' ? listConditionPrefixes(prefix.prefix) : [prefix.prefix]);
      for (let i = 0; i < patterns.length; i++) {
        const pattern = patterns[i]!;
        const lead = literalLead(pattern);
        const indexed = new Indexed(pattern, statement, statementIndex, prefix, lead);
        const group = byLead.get(lead);
        if (group) group.push(indexed);
        else byLead.set(lead, [indexed]);
      }
    }
  });
  byLead.forEach((group, lead) => trie.addAll(lead, group));
  return trie;
}

/**
 * The compiled policies arranged for lookups: per role, every pattern in one trie keyed by its
 * literal start, so a request only tests its role's patterns that could match it. One trie per
 * role (not per role, action and effect) keeps building the index cheap, since it is rebuilt on
 * every edit, and lets one walk serve every action on a key. Built once per compiled storage; the
 * simulator, the matrix and the CLI all decide through it.
 */
export class PolicyIndex {
  private readonly byRole = new Map<RoleKey, PrefixTrie<IndexedPattern>>();
  /** The policy each trie was built from: a later index reuses the trie of the very same policy. */
  private readonly policyOf = new Map<RoleKey, RolePolicy>();

  /**
   * `previous`: an index of an earlier compile of the same storage (`compileStorageAfter` keeps
   * the policy objects an edit left the same). A role whose policy is the very object `previous`
   * indexed gets its trie (patterns are a function of the policy alone, and policies are never
   * changed), so an edit rebuilds only the tries of the roles it changed.
   */
  constructor(
    readonly compiled: Pick<CompiledStorage, 'policies'>,
    previous?: PolicyIndex,
  ) {
    for (const policy of compiled.policies) {
      const { role } = policy;
      const known = previous?.byRole.get(role);
      this.byRole.set(
        role,
        known && previous!.policyOf.get(role) === policy ? known : roleTrie(policy),
      );
      this.policyOf.set(role, policy);
    }
  }

  hasPolicy(role: RoleKey): boolean {
    return this.byRole.has(role);
  }

  /**
   * The role's patterns, of every action and effect, whose literal start is a prefix of `text`:
   * shortest literal start first, then in statement order.
   */
  candidates(role: RoleKey, text: string): IndexedPattern[] {
    const out: IndexedPattern[] = [];
    this.byRole.get(role)?.collectUnder(text, out);
    return out;
  }

  /**
   * `candidates`, written into a caller's array from `from` (its end by default); returns the
   * index after the last one (the matrix reuses one array for every cell, see `collectUnder`).
   */
  collectCandidates(role: RoleKey, text: string, out: IndexedPattern[], from = out.length): number {
    return this.byRole.get(role)?.collectUnder(text, out, from) ?? from;
  }
}
