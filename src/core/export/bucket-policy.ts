import type { CompiledDesign } from '../compile/compile-design';
import { bucketArn, S3_ACTION } from '../compile/iam-json';
import type { RoleKey } from '../compile/roles';
import { ACCESS_ACTIONS } from '../model/types';
import { defaultStorageIndex } from '../model/default-storage';
import { toJsonText } from './render';

export interface BucketPolicyOptions {
  readonly bucketName: string;
  /** Role ARNs by role (`guest`, `authenticated`, `group:NAME`, `function:NAME`); placeholders elsewhere. */
  readonly roleArns?: Readonly<Partial<Record<RoleKey, string>>>;
  /** Which storage of the design the bucket stands for; default: the default storage. */
  readonly storageIndex?: number;
}

export interface BucketPolicyStatement {
  readonly Sid: string;
  readonly Effect: 'Allow';
  readonly Principal: { readonly AWS: string };
  readonly Action: string[];
  readonly Resource: [string, string];
}

export interface BucketPolicyDocument {
  readonly Version: '2012-10-17';
  readonly Statement: BucketPolicyStatement[];
}

/** What to put in place of a role ARN nobody gave: the account and the role name to look up. */
export function placeholderRoleArn(role: RoleKey): string {
  const name =
    role === 'guest'
      ? 'UNAUTHENTICATED-ROLE-NAME'
      : role === 'authenticated'
        ? 'AUTHENTICATED-ROLE-NAME'
        : role.startsWith('group:')
          ? `GROUP-${role.slice(6)}-ROLE-NAME`
          : `FUNCTION-${role.slice(9)}-ROLE-NAME`;
  return `arn:aws:iam::<AWS-ACCOUNT-ID>:role/<${name}>`;
}

/** A statement id (letters and digits only, as IAM requires) naming the role. */
function sid(role: RoleKey, taken: Set<string>): string {
  const words = role.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const base = `Amplify${words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('')}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}${n}`;
  taken.add(id);
  return id;
}

/**
 * The S3 bucket policy an existing bucket's owner adds so that Amplify's roles may use it
 * (custom-bucket-ja.txt): one statement per role that has a policy, Principal = the role's ARN
 * (a clearly marked placeholder unless given), the S3 actions that role is allowed anywhere in
 * the bucket, on the bucket and its objects. The roles' own inline policies (backend.ts) keep the
 * per-path limits; see BUCKET_POLICY_CAVEAT for a bucket in the same account.
 */
export function bucketPolicy(
  { design, storages }: CompiledDesign,
  options: BucketPolicyOptions,
): BucketPolicyDocument {
  const index = options.storageIndex ?? defaultStorageIndex(design) ?? 0;
  const compiled = storages[index];
  if (!compiled) throw new RangeError(`No storage at index ${index}`);
  const arn = bucketArn(options.bucketName);
  const sids = new Set<string>();
  const statements: BucketPolicyStatement[] = [];
  for (const { role, statements: granted } of compiled.policies) {
    const allowed = new Set(granted.filter((s) => s.effect === 'Allow').map((s) => s.action));
    if (allowed.size === 0) continue;
    statements.push({
      Sid: sid(role, sids),
      Effect: 'Allow',
      Principal: { AWS: options.roleArns?.[role] ?? placeholderRoleArn(role) },
      Action: ACCESS_ACTIONS.filter((a) => allowed.has(a)).map((a) => S3_ACTION[a]),
      Resource: [arn, `${arn}/*`],
    });
  }
  return { Version: '2012-10-17', Statement: statements };
}

/** bucket-policy.json: {@link bucketPolicy} as JSON text. */
export function renderBucketPolicy(compiled: CompiledDesign, options: BucketPolicyOptions): string {
  return toJsonText(bucketPolicy(compiled, options));
}

/**
 * Why this policy is broad, and when not to add it: within one AWS account an allow in the bucket
 * policy can be enough on its own (IAM allows a request that either policy allows), so these
 * bucket-wide statements could let e.g. every signed-in user read and write every owner's
 * folder. Across accounts both policies must allow, so the roles' per-path limits still hold.
 */
export const BUCKET_POLICY_CAVEAT =
  "bucket-policy.json grants each role its actions on the whole bucket, as the Amplify docs show. Add it when the bucket is in another AWS account. Within one account the roles' own policies (backend.ts) are enough, and an allow in the bucket policy can override their per-path limits (e.g. owner-only folders).";
