import type * as t from '@babel/types';
import { describe, memberName, propertyKey, unwrap } from '../resource-ts/expressions';
import type { ReadContext } from './context';
import { builderOf } from './names';
import { stringOf } from './values';
import type { ImportedBucketRef } from './types';

const FACTORIES = ['fromBucketAttributes', 'fromBucketName', 'fromBucketArn'] as const;
type Factory = (typeof FACTORIES)[number];

/** The factory a call uses when it is `Bucket.fromBucket*(...)`, else undefined. */
export function bucketFactory(ctx: ReadContext, call: t.Node): Factory | undefined {
  const node = unwrap(call);
  if (node.type !== 'CallExpression' || node.callee.type !== 'MemberExpression') return undefined;
  const name = memberName(node.callee);
  if (builderOf(ctx.names, unwrap(node.callee.object)) !== 'Bucket') return undefined;
  return FACTORIES.find((f) => f === name);
}

const ARN_PREFIX = 'arn:aws:s3:::';

/** `arn:aws:s3:::name` → `name`; undefined when the text is not an S3 bucket ARN. */
function nameOfArn(arn: string): string | undefined {
  if (!arn.startsWith(ARN_PREFIX)) return undefined;
  const name = arn.slice(ARN_PREFIX.length);
  return name === '' || name.includes('/') ? undefined : name;
}

/**
 * Reads `Bucket.fromBucketAttributes(scope, id, { bucketArn | bucketName, region })`,
 * `Bucket.fromBucketName(scope, id, name)` or `Bucket.fromBucketArn(scope, id, arn)` bound to
 * `variable`. CDK derives the name from the ARN and the ARN from the name; so does this.
 */
export function readBucketImport(
  ctx: ReadContext,
  call: t.CallExpression,
  factory: Factory,
  variable: string,
): ImportedBucketRef | undefined {
  ctx.consumed.add(call);
  const arg = call.arguments[2];
  if (call.arguments.length !== 3 || !arg) {
    ctx.error(
      'invalid-bucket-import',
      call,
      `Expected \`Bucket.${factory}(scope, id, ${factory === 'fromBucketAttributes' ? '{ bucketArn, region }' : factory === 'fromBucketName' ? "'bucket-name'" : "'arn:aws:s3:::bucket-name'"})\` with three arguments`,
    );
    return undefined;
  }
  let name: string | undefined;
  let region: string | undefined;
  if (factory === 'fromBucketAttributes') {
    const attrs = unwrap(arg);
    if (attrs.type !== 'ObjectExpression') {
      ctx.error(
        'invalid-bucket-import',
        arg,
        `Expected an object literal \`{ bucketArn, region }\`, found ${describe(arg)} ${ctx.quote(arg)}`,
      );
      return undefined;
    }
    let arnNode: t.Node | undefined;
    for (const p of attrs.properties) {
      const key = p.type === 'SpreadElement' ? undefined : propertyKey(p);
      if (p.type !== 'ObjectProperty' || key === undefined) {
        ctx.error('invalid-bucket-import', p, `Cannot read this bucket attribute ${ctx.quote(p)}`);
        continue;
      }
      if (key === 'bucketArn') {
        arnNode = p.value;
        const arn = stringOf(ctx, p.value, 'the bucket ARN');
        if (arn !== undefined) {
          const fromArn = nameOfArn(arn);
          if (fromArn === undefined)
            ctx.error(
              'invalid-bucket-import',
              p.value,
              `${JSON.stringify(arn)} is not an S3 bucket ARN such as "arn:aws:s3:::my-bucket"`,
            );
          else if (name !== undefined && name !== fromArn)
            ctx.error(
              'invalid-bucket-import',
              p.value,
              `The ARN names bucket ${JSON.stringify(fromArn)} but bucketName is ${JSON.stringify(name)}`,
            );
          else name = fromArn;
        }
      } else if (key === 'bucketName') {
        const value = stringOf(ctx, p.value, 'the bucket name');
        if (value !== undefined && name !== undefined && name !== value && arnNode)
          ctx.error(
            'invalid-bucket-import',
            p.value,
            `bucketName ${JSON.stringify(value)} differs from the ARN's bucket ${JSON.stringify(name)}`,
          );
        else if (value !== undefined) name = value;
      } else if (key === 'region') region = stringOf(ctx, p.value, 'the region');
      else
        ctx.warn(
          'unknown-bucket-key',
          p,
          `Bucket attribute \`${key}\` is not used to decide access; it is skipped`,
        );
    }
    if (
      name === undefined &&
      !attrs.properties.some(
        (p) =>
          p.type === 'ObjectProperty' && ['bucketArn', 'bucketName'].includes(propertyKey(p) ?? ''),
      )
    ) {
      ctx.error(
        'invalid-bucket-import',
        attrs,
        'The bucket attributes give neither `bucketArn` nor `bucketName`',
      );
    }
  } else {
    const value = stringOf(
      ctx,
      arg,
      factory === 'fromBucketName' ? 'the bucket name' : 'the bucket ARN',
    );
    if (value !== undefined && factory === 'fromBucketArn') {
      name = nameOfArn(value);
      if (name === undefined)
        ctx.error(
          'invalid-bucket-import',
          arg,
          `${JSON.stringify(value)} is not an S3 bucket ARN such as "arn:aws:s3:::my-bucket"`,
        );
    } else name = value;
  }
  if (name === undefined) return undefined;
  return { variable, bucketName: name, arn: `${ARN_PREFIX}${name}`, region, loc: ctx.loc(call) };
}
