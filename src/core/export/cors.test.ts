/**
 * cors.json is the CORS rule Amplify gives its own buckets: compared with what the real
 * AmplifyStorage construct synthesizes (CloudFormation's field names mapped to the S3 API's).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { expect, it } from 'vitest';
import { AMPLIFY_CORS_RULE, renderCors } from './cors';

const storageLib = dirname(createRequire(import.meta.url).resolve('@aws-amplify/backend-storage'));

it("equals the CORS rule of Amplify's own buckets", async () => {
  const { AmplifyStorage } = (await import(
    pathToFileURL(join(storageLib, 'construct.js')).href
  )) as typeof import('../../../node_modules/@aws-amplify/backend-storage/lib/construct.js');
  const stack = new Stack(new App(), 'storage');
  new AmplifyStorage(stack, 'files', {
    name: 'files',
    keepOnDelete: true,
    outputStorageStrategy: {
      addBackendOutputEntry: () => {},
      appendToBackendOutputList: () => {},
    } as never,
  });
  const buckets = Object.values(Template.fromStack(stack).findResources('AWS::S3::Bucket'));
  expect(buckets).toHaveLength(1);
  const rules = (
    buckets[0] as { Properties: { CorsConfiguration: { CorsRules: Record<string, unknown>[] } } }
  ).Properties.CorsConfiguration.CorsRules;
  const asS3Api = rules.map((r) => ({
    AllowedHeaders: r.AllowedHeaders,
    AllowedMethods: r.AllowedMethods,
    AllowedOrigins: r.AllowedOrigins,
    ExposeHeaders: r.ExposedHeaders,
    MaxAgeSeconds: r.MaxAge,
  }));
  expect(JSON.parse(renderCors())).toEqual({ CORSRules: asS3Api });
});

it('has the shape `aws s3api put-bucket-cors --cors-configuration` takes', () => {
  const parsed = JSON.parse(renderCors()) as { CORSRules: unknown[] };
  expect(Object.keys(parsed)).toEqual(['CORSRules']);
  expect(parsed.CORSRules).toEqual([AMPLIFY_CORS_RULE]);
  expect(Object.keys(AMPLIFY_CORS_RULE).sort()).toEqual([
    'AllowedHeaders',
    'AllowedMethods',
    'AllowedOrigins',
    'ExposeHeaders',
    'MaxAgeSeconds',
  ]);
});
