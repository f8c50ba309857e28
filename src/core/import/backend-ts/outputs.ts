import type * as t from '@babel/types';
import { describe, propertyKey, unwrap } from '../resource-ts/expressions';
import type { ReadContext } from './context';
import { stringListOf, stringOf, tryString } from './values';
import type { ImportedAccess, ImportedBucket, ImportedPathEntry } from './types';

const STORAGE_KEYS = new Set(['aws_region', 'bucket_name', 'buckets']);
const BUCKET_KEYS = new Set(['name', 'bucket_name', 'aws_region', 'paths']);
const STORAGE_ACTIONS = new Set(['read', 'get', 'list', 'write', 'delete']);

/** A known access key: what amplify_outputs.json's schema allows (`groups…`, `entityidentity`). */
const isAccessKey = (key: string) =>
  key === 'guest' ||
  key === 'authenticated' ||
  key === 'entityidentity' ||
  key.startsWith('groups');

type Props = readonly (t.ObjectMethod | t.ObjectProperty | t.SpreadElement)[];

/** Each readable `key: value` of an object literal (computed keys of known strings too); the rest reported. */
function entries(
  ctx: ReadContext,
  props: Props,
  where: string,
): { key: string; node: t.ObjectProperty }[] {
  const out: { key: string; node: t.ObjectProperty }[] = [];
  for (const p of props) {
    const key =
      p.type === 'SpreadElement'
        ? undefined
        : (propertyKey(p) ?? (p.computed ? tryString(ctx, p.key) : undefined));
    if (p.type !== 'ObjectProperty' || key === undefined) {
      ctx.error(
        'invalid-output',
        p,
        `Cannot read this entry of ${where} ${ctx.quote(p)}: write \`key: value\` with a literal key`,
      );
      continue;
    }
    out.push({ key, node: p });
  }
  return out;
}

function objectOf(ctx: ReadContext, node: t.Node, what: string): t.ObjectExpression | undefined {
  const value = unwrap(node);
  if (value.type === 'ObjectExpression') return value;
  ctx.error(
    'invalid-output',
    node,
    `Expected ${what} as an object literal, found ${describe(node)} ${ctx.quote(node)}`,
  );
  return undefined;
}

function readPaths(ctx: ReadContext, node: t.Node): ImportedPathEntry[] | undefined {
  const object = unwrap(node);
  if (object.type !== 'ObjectExpression') {
    ctx.error(
      'invalid-paths',
      node,
      `Expected \`paths\` as an object literal of prefix → access, found ${describe(node)}`,
    );
    return undefined;
  }
  const paths: ImportedPathEntry[] = [];
  for (const { key: prefix, node: p } of entries(ctx, object.properties, '`paths`')) {
    const accessNode = unwrap(p.value);
    if (accessNode.type !== 'ObjectExpression') {
      ctx.error(
        'invalid-paths',
        p.value,
        `Expected the access of ${JSON.stringify(prefix)} as an object such as \`{ guest: ['get', 'list'] }\``,
      );
      continue;
    }
    const access: ImportedAccess[] = [];
    for (const { key, node: a } of entries(ctx, accessNode.properties, JSON.stringify(prefix))) {
      if (!isAccessKey(key))
        ctx.warn(
          'unknown-access-key',
          a.key,
          `Access key \`${key}\` is none of guest, authenticated, groupsNAME, entityidentity: the client library ignores it`,
        );
      const actions = (stringListOf(ctx, a.value, 'actions') ?? []).map((v) => {
        if (!STORAGE_ACTIONS.has(v.value))
          ctx.warn(
            'unknown-storage-action',
            v.node,
            `${JSON.stringify(v.value)} is none of read, get, list, write, delete`,
          );
        return v.value;
      });
      access.push({ key, actions, loc: ctx.loc(a) });
    }
    paths.push({ prefix, access, loc: ctx.loc(p.key) });
  }
  return paths;
}

function readBucket(ctx: ReadContext, node: t.Node): ImportedBucket | undefined {
  const object = objectOf(ctx, node, 'a `buckets` entry');
  if (!object) return undefined;
  const values: Record<string, string | undefined> = {};
  let paths: ImportedPathEntry[] | undefined;
  for (const { key, node: p } of entries(ctx, object.properties, 'a `buckets` entry')) {
    if (!BUCKET_KEYS.has(key)) {
      ctx.warn(
        'unknown-bucket-key',
        p.key,
        `\`${key}\` is not a key of a storage bucket in amplify_outputs.json; it is skipped`,
      );
      continue;
    }
    if (key === 'paths') paths = readPaths(ctx, p.value);
    else values[key] = stringOf(ctx, p.value, `\`${key}\``);
  }
  const missing = ['name', 'bucket_name'].filter((k) => !(k in values));
  if (missing.length > 0) {
    ctx.error(
      'invalid-output',
      object,
      `The bucket entry has no ${missing.map((k) => `\`${k}\``).join(' or ')}`,
    );
  }
  if (values.name === undefined || values.bucket_name === undefined) return undefined;
  return {
    name: values.name,
    bucketName: values.bucket_name,
    region: values.aws_region,
    paths,
    loc: ctx.loc(object),
  };
}

export interface StorageOutput {
  readonly defaultBucket: { bucketName: string; region: string | undefined } | undefined;
  readonly buckets: ImportedBucket[];
}

/** Reads the `storage` section of `backend.addOutput({ storage: {...} })`; other sections are not about storage. */
export function readAddOutput(ctx: ReadContext, call: t.CallExpression): StorageOutput | undefined {
  ctx.consumed.add(call);
  const arg = call.arguments[0];
  const object = arg && objectOf(ctx, arg, 'the addOutput argument');
  if (!object) return undefined;
  const storage = entries(ctx, object.properties, 'addOutput').find((e) => e.key === 'storage');
  if (!storage) return undefined;
  const section = objectOf(ctx, storage.node.value, '`storage`');
  if (!section) return undefined;
  const values: Record<string, string | undefined> = {};
  const buckets: ImportedBucket[] = [];
  const names = new Set<string>();
  for (const { key, node: p } of entries(ctx, section.properties, '`storage`')) {
    if (!STORAGE_KEYS.has(key)) {
      ctx.warn(
        'unknown-bucket-key',
        p.key,
        `\`${key}\` is not a key of amplify_outputs.json's storage; it is skipped`,
      );
      continue;
    }
    if (key !== 'buckets') {
      values[key] = stringOf(ctx, p.value, `\`${key}\``);
      continue;
    }
    const list = unwrap(p.value);
    if (list.type !== 'ArrayExpression') {
      ctx.error(
        'invalid-output',
        p.value,
        `Expected \`buckets\` as an array literal, found ${describe(p.value)}`,
      );
      continue;
    }
    for (const element of list.elements) {
      if (!element || element.type === 'SpreadElement') {
        ctx.error('invalid-output', element ?? list, 'Cannot read this item of `buckets`');
        continue;
      }
      const bucket = readBucket(ctx, element);
      if (!bucket) continue;
      if (names.has(bucket.name))
        ctx.error(
          'duplicate-bucket-name',
          element,
          `A second bucket named ${JSON.stringify(bucket.name)}: Amplify.configure throws "Duplicate friendly name found" (amplify-js parseAmplifyOutputs); give each bucket its own \`name\``,
        );
      names.add(bucket.name);
      buckets.push(bucket);
    }
  }
  const defaultBucket =
    values.bucket_name === undefined
      ? undefined
      : { bucketName: values.bucket_name, region: values.aws_region };
  return { defaultBucket, buckets };
}
