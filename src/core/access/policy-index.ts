import type { CompiledStatement, CompiledStorage, StatementPrefix } from '../compile/types';
import type { RoleKey } from '../compile/roles';
import { listConditionPrefixes } from '../compile/iam-json';
import type { AccessAction } from '../model/types';
import { PrefixTrie } from '../paths/prefix';
import { literalLead } from './iam-pattern';

/** One pattern IAM would test, pointing back at the statement and prefix it came from. */
export interface IndexedPattern {
  /** For get/write/delete: the object-key pattern after the bucket ARN; for list: an s3:prefix value. */
  readonly pattern: string;
  readonly statement: CompiledStatement;
  readonly statementIndex: number;
  readonly prefix: StatementPrefix;
}

interface EffectIndex {
  readonly allow: PrefixTrie<IndexedPattern>;
  readonly deny: PrefixTrie<IndexedPattern>;
}

/**
 * The compiled policies arranged for lookups: per role and action, the patterns of each effect in
 * a trie keyed by their literal start, so a request only tests the patterns that could match it.
 * Built once per compiled storage; the simulator, the matrix and the CLI all decide through it.
 */
export class PolicyIndex {
  private readonly byRole = new Map<RoleKey, Map<AccessAction, EffectIndex>>();

  constructor(readonly compiled: CompiledStorage) {
    for (const policy of compiled.policies) {
      const actions = new Map<AccessAction, EffectIndex>();
      policy.statements.forEach((statement, statementIndex) => {
        let index = actions.get(statement.action);
        if (!index) actions.set(statement.action, (index = { allow: new PrefixTrie(), deny: new PrefixTrie() }));
        const trie = statement.effect === 'Allow' ? index.allow : index.deny;
        for (const prefix of statement.prefixes) {
          const patterns = statement.action === 'list' ? listConditionPrefixes(prefix.prefix) : [prefix.prefix];
          for (const pattern of patterns) trie.add(literalLead(pattern), { pattern, statement, statementIndex, prefix });
        }
      });
      this.byRole.set(policy.role, actions);
    }
  }

  hasPolicy(role: RoleKey): boolean {
    return this.byRole.has(role);
  }

  /** Appends to `out` the patterns of one effect whose literal start is a prefix of `text`. */
  collectCandidates(role: RoleKey, action: AccessAction, effect: 'allow' | 'deny', text: string, out: IndexedPattern[]): void {
    this.byRole.get(role)?.get(action)?.[effect].collectUnder(text, out);
  }
}
