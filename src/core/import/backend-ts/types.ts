import type { RoleKey } from '../../compile/roles';
import type { SourceLocation } from '../../text/positions';
import type { ImportProblem } from '../resource-ts/types';

/** One access key of a `paths` entry as written: `guest: ['get', 'list']`. */
export interface ImportedAccess {
  readonly key: string;
  readonly actions: readonly string[];
  readonly loc: SourceLocation;
}

/** One `paths` entry: the prefix as written (after template evaluation) and its access keys. */
export interface ImportedPathEntry {
  readonly prefix: string;
  readonly access: readonly ImportedAccess[];
  /** Where the prefix key was written. */
  readonly loc: SourceLocation;
}

/** One entry of `backend.addOutput({ storage: { buckets: [...] } })`. */
export interface ImportedBucket {
  /** The friendly name (`name`), by which the client library keys buckets. */
  readonly name: string;
  readonly bucketName: string;
  readonly region: string | undefined;
  /** Undefined when the entry has no `paths` (the client then offers nothing there). */
  readonly paths: readonly ImportedPathEntry[] | undefined;
  readonly loc: SourceLocation;
}

/** A condition block entry: `StringLike: { 's3:prefix': ['public/', 'public/*'] }`. */
export interface ImportedCondition {
  readonly operator: string;
  readonly key: string;
  readonly values: readonly string[];
}

/** One `new PolicyStatement({...})`, values evaluated (the bucket's ARN in place of `bucket.bucketArn`). */
export interface ImportedStatement {
  readonly effect: 'Allow' | 'Deny';
  readonly actions: readonly string[];
  readonly resources: readonly string[];
  readonly conditions: readonly ImportedCondition[];
  readonly loc: SourceLocation;
  /** Where each resource was written (same indices as `resources`). */
  readonly resourceLocs: readonly SourceLocation[];
}

/** An inline policy attached to a role. */
export interface AttachedPolicy {
  readonly role: RoleKey;
  /** The construct id (`'customBucketAuthPolicy'`), when written literally. */
  readonly id: string | undefined;
  readonly statements: readonly ImportedStatement[];
  /** Where it is attached. */
  readonly loc: SourceLocation;
}

/** A `Bucket.fromBucket*` import: the bucket an expression like `customBucket.bucketArn` stands for. */
export interface ImportedBucketRef {
  readonly variable: string;
  readonly bucketName: string;
  readonly arn: string;
  /** Undefined when not given (the stack's region is then used, unknown here). */
  readonly region: string | undefined;
  readonly loc: SourceLocation;
}

/** A resource passed to defineBackend and where it is imported from (e.g. `storage` from './storage/resource'). */
export interface BackendResource {
  readonly key: string;
  readonly local: string;
  /** The module specifier, when the identifier is imported. */
  readonly from: string | undefined;
  readonly loc: SourceLocation;
}

/** What amplify/backend.ts says about storage access: both views' inputs, with their places. */
export interface BackendTsImport {
  readonly bucketRefs: readonly ImportedBucketRef[];
  /** `storage.bucket_name` / `aws_region` of addOutput (the client's default bucket). */
  readonly defaultBucket: { bucketName: string; region: string | undefined } | undefined;
  readonly buckets: readonly ImportedBucket[];
  readonly policies: readonly AttachedPolicy[];
  /** Group names the file attaches policies to or names in `paths`, in order of first use. */
  readonly groups: readonly string[];
  /** Functions whose role gets a policy (`backend.NAME.resources.lambda.role`). */
  readonly functions: readonly string[];
  readonly resources: readonly BackendResource[];
  readonly problems: readonly ImportProblem[];
}
