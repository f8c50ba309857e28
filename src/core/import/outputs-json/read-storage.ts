import { isRuleAction } from '../../model/actions';
import { isObject, jsonKind, type JsonObject, type OutputsContext } from './context';
import { pointerSegment, type JsonValue } from '../../text/json-source';

/** One access key of one path, as written: `"guest": ["get", "list"]`. */
export interface OutputsAccess {
  readonly key: string;
  readonly actions: readonly string[];
  readonly pointer: string;
}

/** One `paths` entry: a substituted prefix and its access keys, in file order. */
export interface OutputsPath {
  readonly prefix: string;
  /** The readable access keys (a key with bad actions is reported and left out). */
  readonly access: readonly OutputsAccess[];
  /** Whether the entry is `{}` as written (Amplify's mark of a path only functions use). */
  readonly empty: boolean;
  readonly pointer: string;
}

/** One bucket of `storage.buckets`, checked; `paths` undefined when the bucket has none. */
export interface OutputsBucketRead {
  readonly name: string;
  readonly bucketName: string;
  readonly region: string;
  readonly paths: readonly OutputsPath[] | undefined;
}

export interface StorageRead {
  readonly bucketName: string;
  readonly region: string;
  /** Undefined when the file has no `buckets` list (older outputs list only the default bucket). */
  readonly buckets: readonly OutputsBucketRead[] | undefined;
}

const child = (pointer: string, key: string | number) => `${pointer}/${pointerSegment(key)}`;

/** A string member, reporting `code` when it is missing or not a string. */
function stringMember(
  ctx: OutputsContext,
  object: JsonObject,
  pointer: string,
  key: string,
  code: 'invalid-storage' | 'invalid-bucket',
): string | undefined {
  const value = object[key];
  if (typeof value === 'string') return value;
  ctx.error(
    code,
    value === undefined ? pointer : child(pointer, key),
    `Expected \`${key}\` to be a string, found ${jsonKind(value)}`,
  );
  return undefined;
}

function readActions(ctx: OutputsContext, value: JsonValue, pointer: string): string[] | undefined {
  if (!Array.isArray(value)) {
    ctx.error(
      'invalid-actions',
      pointer,
      `Expected a list of actions such as ["get", "list"], found ${jsonKind(value)}`,
    );
    return undefined;
  }
  const actions: string[] = [];
  value.forEach((action, i) => {
    if (typeof action === 'string' && isRuleAction(action)) actions.push(action);
    else
      ctx.error(
        'invalid-actions',
        child(pointer, i),
        `Expected one of read, get, list, write, delete, found ${jsonKind(action)}`,
      );
  });
  return actions;
}

function readPaths(
  ctx: OutputsContext,
  value: JsonValue,
  pointer: string,
): OutputsPath[] | undefined {
  if (!isObject(value)) {
    ctx.error(
      'invalid-paths',
      pointer,
      `Expected \`paths\` to be an object of path → access, found ${jsonKind(value)}`,
    );
    return undefined;
  }
  const paths: OutputsPath[] = [];
  for (const [prefix, rules] of Object.entries(value)) {
    const at = child(pointer, prefix);
    if (!isObject(rules)) {
      ctx.error(
        'invalid-paths',
        at,
        `Expected the access of ${JSON.stringify(prefix)} to be an object such as {"guest": ["get"]}, found ${jsonKind(rules)}`,
      );
      continue;
    }
    const access: OutputsAccess[] = [];
    for (const [key, actions] of Object.entries(rules)) {
      const read = readActions(ctx, actions, child(at, key));
      if (read) access.push({ key, actions: read, pointer: child(at, key) });
    }
    paths.push({ prefix, access, empty: Object.keys(rules).length === 0, pointer: at });
  }
  return paths;
}

function readBucket(
  ctx: OutputsContext,
  value: JsonValue,
  pointer: string,
): OutputsBucketRead | undefined {
  if (!isObject(value)) {
    ctx.error(
      'invalid-bucket',
      pointer,
      `Expected a bucket object with name, bucket_name and aws_region, found ${jsonKind(value)}`,
    );
    return undefined;
  }
  const name = stringMember(ctx, value, pointer, 'name', 'invalid-bucket');
  const bucketName = stringMember(ctx, value, pointer, 'bucket_name', 'invalid-bucket');
  const region = stringMember(ctx, value, pointer, 'aws_region', 'invalid-bucket');
  const paths =
    value.paths === undefined ? undefined : readPaths(ctx, value.paths, child(pointer, 'paths'));
  if (name === undefined || bucketName === undefined || region === undefined) return undefined;
  return { name, bucketName, region, paths };
}

/** Checks the `storage` section's shape (schema 1.x) and reads it; undefined when it is unusable. */
export function readStorageSection(
  ctx: OutputsContext,
  value: JsonValue,
  pointer: string,
): StorageRead | undefined {
  if (!isObject(value)) {
    ctx.error(
      'invalid-storage',
      pointer,
      `Expected \`storage\` to be an object, found ${jsonKind(value)}`,
    );
    return undefined;
  }
  const bucketName = stringMember(ctx, value, pointer, 'bucket_name', 'invalid-storage');
  const region = stringMember(ctx, value, pointer, 'aws_region', 'invalid-storage');
  let buckets: OutputsBucketRead[] | undefined;
  if (value.buckets !== undefined) {
    const at = child(pointer, 'buckets');
    if (Array.isArray(value.buckets)) {
      buckets = value.buckets.flatMap((b, i) => readBucket(ctx, b, child(at, i)) ?? []);
    } else
      ctx.error(
        'invalid-storage',
        at,
        `Expected \`buckets\` to be a list of buckets, found ${jsonKind(value.buckets)}`,
      );
  }
  if (bucketName === undefined || region === undefined) return undefined;
  return { bucketName, region, buckets };
}
