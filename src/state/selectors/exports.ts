import {
  amplifyOutputs,
  bucketPlacements,
  iamExport,
  placeholderBucketName,
  renderResourceTs,
  toJsonText,
  type BucketPlacement,
  type Design,
} from '../../core';
import type { BucketSettings } from '../types';
import { modelsOf } from './access';
import { memoOn } from './memo';

export const resourceTsOf = memoOn(renderResourceTs);

/** The user's bucket names and region, blank fields falling back to the core's placeholders. */
export function placementsFor(design: Design, bucket: BucketSettings): BucketPlacement[] {
  const given: Record<string, Partial<BucketPlacement>> = {};
  for (const [name, bucketName] of Object.entries(bucket.bucketNames))
    if (bucketName.trim()) given[name] = { bucketName: bucketName.trim() };
  const region = bucket.region.trim();
  return region ? bucketPlacements(design, given, region) : bucketPlacements(design, given);
}

/**
 * `renderIamJson`, composed from the same public parts (`iamExport`, `toJsonText`) but on the
 * storage already compiled for the matrix: the core's renderers compile again on every call. The
 * e2e tests compare these bytes with `renderIamJson` and with the CLI.
 */
export function iamJsonOf(design: Design, storageIndex: number, bucketName: string): string {
  const model = modelsOf(design)[storageIndex];
  if (!model) return '{}\n';
  return toJsonText(
    iamExport(model.compiled, bucketName.trim() || placeholderBucketName(model.storage.name)),
  );
}

/** `renderOutputsJson` on the already compiled storages (see iamJsonOf). */
export function outputsJsonOf(design: Design, bucket: BucketSettings): string {
  return toJsonText(
    amplifyOutputs(
      design,
      modelsOf(design).map((m) => m.compiled),
      placementsFor(design, bucket),
    ),
  );
}
