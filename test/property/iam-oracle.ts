/**
 * A deliberately independent, regex-based IAM evaluator for the policies the REAL Amplify package
 * produced. It shares no code with src/core/access, so property tests that compare its verdicts
 * with the core's are a real cross-check of the core's IAM semantics.
 */
import type { IamPolicyDocument } from '../reference/amplify-reference';

export interface OracleRequest {
  action: 'get' | 'list' | 'write' | 'delete';
  key: string;
  identityId?: string;
}

const S3 = {
  get: 's3:GetObject',
  list: 's3:ListBucket',
  write: 's3:PutObject',
  delete: 's3:DeleteObject',
} as const;
const OWNER = '${cognito-identity.amazonaws.com:sub}';

const arr = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

/** IAM wildcard pattern → RegExp, after substituting the policy variables Amplify uses. */
function toRegExp(pattern: string, identityId: string | undefined): RegExp | null {
  let source = '';
  let rest = pattern;
  while (rest.length > 0) {
    if (rest.startsWith(OWNER)) {
      if (identityId === undefined) return null;
      source += escape(identityId);
      rest = rest.slice(OWNER.length);
      continue;
    }
    const special = /^\$\{([*?$])\}/.exec(rest);
    if (special) {
      source += escape(special[1]!);
      rest = rest.slice(special[0].length);
      continue;
    }
    if (/^\$\{[^}]*\}/.test(rest)) return null; // a variable this request does not provide
    const ch = rest[0]!;
    source += ch === '*' ? '[\\s\\S]*' : ch === '?' ? '[\\s\\S]' : escape(ch);
    rest = rest.slice(1);
  }
  return new RegExp(`^${source}$`);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

function statementMatches(
  statement: IamPolicyDocument['Statement'][number],
  bucketArn: string,
  request: OracleRequest,
): boolean {
  if (!arr(statement.Action).includes(S3[request.action])) return false;
  if (request.action === 'list') {
    if (!arr(statement.Resource).some((r) => toRegExp(r, request.identityId)?.test(bucketArn)))
      return false;
    const condition = statement.Condition as
      { StringLike?: Record<string, string | string[]> } | undefined;
    const values = arr(condition?.StringLike?.['s3:prefix']);
    return values.some((v) => toRegExp(v, request.identityId)?.test(request.key));
  }
  const arn = `${bucketArn}/${request.key}`;
  return arr(statement.Resource).some((r) => toRegExp(r, request.identityId)?.test(arn));
}

/** Explicit deny wins, otherwise an allow is needed (no policy → denied). */
export function oracleAllows(
  policy: IamPolicyDocument | undefined,
  bucketArn: string,
  request: OracleRequest,
): boolean {
  if (!policy) return false;
  const matching = policy.Statement.filter((s) => statementMatches(s, bucketArn, request));
  return !matching.some((s) => s.Effect === 'Deny') && matching.some((s) => s.Effect === 'Allow');
}
