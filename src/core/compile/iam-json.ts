import type { AccessAction } from '../model/types';
import type { RoleKey } from './roles';
import type { CompiledStatement, CompiledStorage, RolePolicy } from './types';

export const S3_ACTION: Readonly<Record<AccessAction, string>> = {
  get: 's3:GetObject',
  list: 's3:ListBucket',
  write: 's3:PutObject',
  delete: 's3:DeleteObject',
};

export interface IamStatement {
  readonly Effect: 'Allow' | 'Deny';
  readonly Action: string;
  readonly Resource: string | string[];
  readonly Condition?: { readonly StringLike: { readonly 's3:prefix': string[] } };
}

export interface IamPolicyDocument {
  readonly Version: '2012-10-17';
  readonly Statement: IamStatement[];
}

/** The policies of one storage per role, as the CLI's `export --format iam` prints them. */
export interface IamExport {
  readonly guest: IamPolicyDocument | null;
  readonly authenticated: IamPolicyDocument | null;
  readonly groups: Record<string, IamPolicyDocument>;
  readonly functions: Record<string, IamPolicyDocument>;
}

export const bucketArn = (bucketName: string): string => `arn:aws:s3:::${bucketName}`;

/** A list statement's `s3:prefix` values: `media/*` lists everything under, `media/` the folder itself. */
export const listConditionPrefixes = (prefix: string): string[] => [prefix, prefix.slice(0, -1)];

/**
 * One compiled statement as IAM JSON, in the shape CDK synthesizes for Amplify: one action per
 * statement, and a single resource written as a plain string.
 */
export function toIamStatement(statement: CompiledStatement, bucketName: string): IamStatement {
  const arn = bucketArn(bucketName);
  const prefixes = statement.prefixes.map((p) => p.prefix);
  if (statement.action === 'list') {
    return {
      Effect: statement.effect,
      Action: S3_ACTION.list,
      Resource: arn,
      Condition: { StringLike: { 's3:prefix': prefixes.flatMap(listConditionPrefixes) } },
    };
  }
  const resources = prefixes.map((p) => `${arn}/${p}`);
  return {
    Effect: statement.effect,
    Action: S3_ACTION[statement.action],
    Resource: resources.length === 1 ? resources[0]! : resources,
  };
}

export function toIamPolicy(policy: RolePolicy, bucketName: string): IamPolicyDocument {
  return {
    Version: '2012-10-17',
    Statement: policy.statements.map((s) => toIamStatement(s, bucketName)),
  };
}

/** Every role's policy document, grouped the way a person looks for them. */
export function iamExport(compiled: CompiledStorage, bucketName: string): IamExport {
  const byRole = new Map<RoleKey, IamPolicyDocument>(
    compiled.policies.map((p) => [p.role, toIamPolicy(p, bucketName)]),
  );
  const named = (kind: 'group' | 'function') =>
    Object.fromEntries(
      [...byRole]
        .filter(([role]) => role.startsWith(`${kind}:`))
        .map(([role, doc]) => [role.slice(kind.length + 1), doc]),
    );
  return {
    guest: byRole.get('guest') ?? null,
    authenticated: byRole.get('authenticated') ?? null,
    groups: named('group'),
    functions: named('function'),
  };
}
