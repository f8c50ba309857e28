import { bucketArn, S3_ACTION } from '../compile/iam-json';
import type { RoleKey } from '../compile/roles';
import type { CompiledStatement, RolePolicy, StatementPrefix } from '../compile/types';
import { ACCESS_ACTIONS, type AccessAction } from '../model/types';
import { iamPatternMatches, literalLead } from './iam-pattern';

/** An IAM statement as written in a role policy (e.g. read from backend.ts), values evaluated. */
export interface ExternalStatement {
  readonly effect: 'Allow' | 'Deny';
  readonly actions: readonly string[];
  readonly resources: readonly string[];
  readonly conditions: readonly {
    readonly operator: string;
    readonly key: string;
    readonly values: readonly string[];
  }[];
}

export interface ExternalPolicy {
  readonly role: RoleKey;
  readonly statements: readonly ExternalStatement[];
  /** How to name statement `i` in explanations, e.g. `the statement at backend.ts:49`. */
  readonly origin: (statementIndex: number) => string;
}

/** What the engine could not take into account, per statement: said, never dropped. */
export interface ExternalNote {
  readonly role: RoleKey;
  readonly policyIndex: number;
  readonly statementIndex: number;
  readonly code: 'unsupported-condition' | 'unsupported-resource';
  readonly message: string;
}

/** IAM action names are case-insensitive and may use `*` and `?` (`s3:Get*`, `*`). */
const actionMatches = (pattern: string, action: string) =>
  iamPatternMatches(pattern.toLowerCase(), action.toLowerCase(), {});

/** The matrix actions a statement's `actions` cover. */
export function coveredActions(actions: readonly string[]): AccessAction[] {
  return ACCESS_ACTIONS.filter((a) => actions.some((p) => actionMatches(p, S3_ACTION[a])));
}

/** `${*}`, `${?}` and `${$}` are IAM's escapes for the literal characters (StringEquals compares literally). */
const literalPattern = (value: string) => value.replace(/[*?$]/g, (c) => `\${${c}}`);

type ListPatterns = { patterns: string[] } | { unsupported: string };

/**
 * The `s3:prefix` patterns a list statement allows. No condition: any prefix. StringLike values
 * are patterns, StringEquals values exact; anything else (another key or operator, two blocks that
 * must all hold) is not evaluated.
 */
function listPatterns(statement: ExternalStatement): ListPatterns {
  const { conditions } = statement;
  if (conditions.length === 0) return { patterns: ['*'] };
  const [only] = conditions;
  if (conditions.length > 1 || !only || only.key.toLowerCase() !== 's3:prefix') {
    const what = conditions.map((c) => `${c.operator} ${c.key}`).join(', ');
    return {
      unsupported: `the condition ${what} is not evaluated (only one StringLike or StringEquals on s3:prefix is)`,
    };
  }
  if (only.operator === 'StringLike') return { patterns: [...only.values] };
  if (only.operator === 'StringEquals') return { patterns: only.values.map(literalPattern) };
  return {
    unsupported: `the condition operator ${only.operator} is not evaluated (only StringLike and StringEquals are)`,
  };
}

type ObjectPattern = { pattern: string } | { other: true } | { unsupported: string };

/** The object-key pattern a resource gives for objects of `bucket`. */
function objectPattern(resource: string, bucket: string): ObjectPattern {
  const objects = `${bucketArn(bucket)}/`;
  if (resource === '*' || resource === 'arn:aws:s3:::*') return { pattern: '*' };
  if (resource.startsWith(objects) && literalLead(resource).length >= objects.length)
    return { pattern: resource.slice(objects.length) };
  const lead = literalLead(resource);
  // A pattern whose literal start already leaves this bucket's objects is about something else.
  if (!objects.startsWith(lead) && !lead.startsWith(objects)) return { other: true };
  if (lead === resource) return { other: true }; // the bucket itself, or a literal ARN of another bucket
  return {
    unsupported: `the resource ${JSON.stringify(resource)} has a wildcard inside the bucket part; write \`arn:aws:s3:::${bucket}/…\``,
  };
}

/**
 * Inline policies as written (not compiled from a design) turned into the statements the IAM
 * engine decides from, for one bucket: one statement per action, object actions keyed by the
 * object-key pattern after `arn:aws:s3:::BUCKET/`, list by its `s3:prefix` patterns when a resource
 * matches the bucket's ARN. A condition on `s3:prefix` never holds for object requests (the key
 * is absent from their context, so IAM's condition fails), so such statements grant no object access.
 */
export function externalRolePolicies(
  policies: readonly ExternalPolicy[],
  bucket: string,
): {
  policies: RolePolicy[];
  notes: ExternalNote[];
  /** Which written statement each engine statement came from. */
  sources: Map<CompiledStatement, { policyIndex: number; statementIndex: number }>;
} {
  const byRole = new Map<RoleKey, CompiledStatement[]>();
  const sources = new Map<CompiledStatement, { policyIndex: number; statementIndex: number }>();
  const notes: ExternalNote[] = [];
  policies.forEach((policy, policyIndex) => {
    const statements = byRole.get(policy.role) ?? [];
    byRole.set(policy.role, statements);
    policy.statements.forEach((statement, statementIndex) => {
      const note = (code: ExternalNote['code'], message: string) =>
        notes.push({ role: policy.role, policyIndex, statementIndex, code, message });
      const origin = policy.origin(statementIndex);
      for (const action of coveredActions(statement.actions)) {
        const prefixes: StatementPrefix[] = [];
        if (action === 'list') {
          if (!statement.resources.some((r) => iamPatternMatches(r, bucketArn(bucket), {})))
            continue;
          const found = listPatterns(statement);
          if ('unsupported' in found) note('unsupported-condition', found.unsupported);
          else
            for (const p of found.patterns) prefixes.push({ prefix: p, rules: [], patterns: [p] });
        } else {
          if (statement.conditions.length > 0) {
            const keys = statement.conditions.map((c) => c.key.toLowerCase());
            if (keys.every((k) => k === 's3:prefix')) continue; // never holds for an object request
            note(
              'unsupported-condition',
              `the condition on ${keys.join(', ')} is not evaluated for ${S3_ACTION[action]}`,
            );
            continue;
          }
          for (const resource of statement.resources) {
            const found = objectPattern(resource, bucket);
            if ('pattern' in found)
              prefixes.push({ prefix: found.pattern, rules: [], patterns: [found.pattern] });
            else if ('unsupported' in found) note('unsupported-resource', found.unsupported);
          }
        }
        if (prefixes.length === 0) continue;
        const compiled: CompiledStatement = { effect: statement.effect, action, prefixes, origin };
        statements.push(compiled);
        sources.set(compiled, { policyIndex, statementIndex });
      }
    });
  });
  const dedupedNotes = notes.filter(
    (n, i) =>
      notes.findIndex(
        (m) =>
          m.policyIndex === n.policyIndex &&
          m.statementIndex === n.statementIndex &&
          m.message === n.message,
      ) === i,
  );
  return {
    policies: [...byRole]
      .filter(([, s]) => s.length > 0)
      .map(([role, statements]) => ({ role, statements })),
    notes: dedupedNotes,
    sources,
  };
}
