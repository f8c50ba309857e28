import type { CompiledStorage, OutputsPaths } from '../compile/types';
import type { Design } from '../model/types';
import { defaultStorageIndex } from '../model/default-storage';

/** Where each storage's bucket lives: the deploy decides this, so the user supplies it (or placeholders). */
export interface BucketPlacement {
  readonly bucketName: string;
  readonly region: string;
}

export interface OutputsBucket {
  readonly name: string;
  readonly bucket_name: string;
  readonly aws_region: string;
  readonly paths?: OutputsPaths;
}

export interface StorageOutputs {
  readonly aws_region: string;
  readonly bucket_name: string;
  readonly buckets: OutputsBucket[];
}

/** The schema version written: what current Amplify writes (@aws-amplify/client-config's DEFAULT_CLIENT_CONFIG_VERSION). */
export const OUTPUTS_VERSION = '1.5';

export interface AmplifyOutputs {
  readonly $schema?: string;
  readonly version: string;
  readonly storage?: StorageOutputs;
}

/**
 * The storage part of amplify_outputs.json as Amplify writes it (spec §4): the default storage's
 * bucket at the top level, every storage in `buckets` (in definition order), each with the
 * `paths` its access record compiles to (omitted when it has no access callback).
 */
export function storageOutputs(
  design: Design,
  compiled: readonly CompiledStorage[],
  placements: readonly BucketPlacement[],
): StorageOutputs | undefined {
  if (design.storages.length === 0) return undefined;
  const defaultIndex = defaultStorageIndex(design) ?? 0;
  const top = placements[defaultIndex]!;
  return {
    aws_region: top.region,
    bucket_name: top.bucketName,
    buckets: design.storages.map((storage, i) => {
      const { bucketName, region } = placements[i]!;
      const paths = compiled[i]?.outputsPaths;
      return {
        name: storage.name,
        bucket_name: bucketName,
        aws_region: region,
        ...(paths ? { paths } : {}),
      };
    }),
  };
}

/** A complete amplify_outputs.json holding the storage part. */
export function amplifyOutputs(
  design: Design,
  compiled: readonly CompiledStorage[],
  placements: readonly BucketPlacement[],
): AmplifyOutputs {
  const storage = storageOutputs(design, compiled, placements);
  return {
    $schema:
      'https://raw.githubusercontent.com/aws-amplify/amplify-backend/main/packages/client-config/src/client-config-schema/schema_v1.5.json',
    version: OUTPUTS_VERSION,
    ...(storage ? { storage } : {}),
  };
}

/** A readable stand-in bucket name, valid for S3, that nobody mistakes for a real one. */
export function placeholderBucketName(storageName: string): string {
  const slug =
    storageName
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'storage';
  return `placeholder-${slug}-bucket`.slice(0, 63).replace(/-+$/, '');
}

export const PLACEHOLDER_REGION = 'us-east-1';
