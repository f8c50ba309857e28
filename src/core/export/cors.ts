import { toJsonText } from './render';

/** One rule of an S3 CORS configuration, in the S3 API's field names. */
export interface S3CorsRule {
  readonly AllowedHeaders: readonly string[];
  readonly AllowedMethods: readonly string[];
  readonly AllowedOrigins: readonly string[];
  readonly ExposeHeaders: readonly string[];
  readonly MaxAgeSeconds: number;
}

/**
 * The CORS rule Amplify gives the buckets it creates (@aws-amplify/backend-storage's construct;
 * spec §6): any origin and header, the methods the client libraries use, and the response
 * headers they read.
 */
export const AMPLIFY_CORS_RULE: S3CorsRule = {
  AllowedHeaders: ['*'],
  AllowedMethods: ['GET', 'HEAD', 'PUT', 'POST', 'DELETE'],
  AllowedOrigins: ['*'],
  ExposeHeaders: ['x-amz-server-side-encryption', 'x-amz-request-id', 'x-amz-id-2', 'ETag'],
  MaxAgeSeconds: 3000,
};

/**
 * cors.json: Amplify's own CORS rule set for an existing bucket, in the shape
 * `aws s3api put-bucket-cors --bucket NAME --cors-configuration file://cors.json` takes.
 */
export function renderCors(): string {
  return toJsonText({ CORSRules: [AMPLIFY_CORS_RULE] });
}
