import type { Design } from '../model/types';
import type { BucketPlacement } from '../outputs/outputs';
import { bucketPlacements } from '../export/render';

/** What a shell knows about where the buckets are. Empty strings count as not given. */
export interface PlacementInput {
  /** Read from an amplify_outputs.json (same indices as `design.storages`). */
  readonly fromFile?: readonly (BucketPlacement | undefined)[];
  /** Bucket names and regions the user gave, by storage name; they win over the file's. */
  readonly given?: Readonly<
    Record<string, { readonly bucketName?: string; readonly region?: string }>
  >;
  /** The region of every storage that neither the file nor `given` places (default: the placeholder). */
  readonly region?: string;
}

/**
 * Each storage's bucket and region for the exports: the user's values first, then the file's,
 * then clearly named placeholders (see bucketPlacements). The CLI (a read amplify_outputs.json
 * plus --bucket/--region) and the app (the bucket fields) both resolve them here.
 */
export function placementsFor(design: Design, input: PlacementInput = {}): BucketPlacement[] {
  const byName: Record<string, Partial<BucketPlacement>> = {};
  design.storages.forEach((storage, i) => {
    const fromFile = input.fromFile?.[i];
    if (fromFile) byName[storage.name] = fromFile;
  });
  for (const [name, { bucketName, region }] of Object.entries(input.given ?? {})) {
    byName[name] = {
      ...byName[name],
      ...(bucketName ? { bucketName } : {}),
      ...(region ? { region } : {}),
    };
  }
  return bucketPlacements(design, byName, input.region);
}
