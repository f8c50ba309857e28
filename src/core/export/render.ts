import type { CompiledDesign } from '../compile/compile-design';
import { iamExport } from '../compile/iam-json';
import type { Design } from '../model/types';
import {
  amplifyOutputs,
  placeholderBucketName,
  PLACEHOLDER_REGION,
  type BucketPlacement,
} from '../outputs/outputs';

/**
 * The exact text of each downloadable export. The CLI prints these and the app downloads them, so
 * both hand out the same bytes for the same design.
 */
export const toJsonText = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/**
 * Bucket and region per storage: the user's where given, clearly named placeholders elsewhere.
 * Placeholders are distinct ("my files" and "my-files" would otherwise share one), so the
 * default bucket at the top of amplify_outputs.json still tells which storage it is.
 */
export function bucketPlacements(
  design: Design,
  given: Readonly<Record<string, Partial<BucketPlacement>>> = {},
  region: string = PLACEHOLDER_REGION,
): BucketPlacement[] {
  const taken = new Set(design.storages.flatMap((s) => given[s.name]?.bucketName ?? []));
  return design.storages.map((s) => ({
    bucketName: given[s.name]?.bucketName ?? distinctPlaceholder(s.name, taken),
    region: given[s.name]?.region ?? region,
  }));
}

function distinctPlaceholder(storageName: string, taken: Set<string>): string {
  const base = placeholderBucketName(storageName);
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base.slice(0, 63 - `-${n}`.length)}-${n}`;
  taken.add(name);
  return name;
}

/** `export --format iam`: the policies of one storage, per role. */
export function renderIamJson(
  { design, storages }: CompiledDesign,
  storageIndex: number,
  bucketName?: string,
): string {
  const storage = design.storages[storageIndex];
  const compiled = storages[storageIndex];
  if (!storage || !compiled) throw new RangeError(`No storage at index ${storageIndex}`);
  return toJsonText(iamExport(compiled, bucketName ?? placeholderBucketName(storage.name)));
}

/** `export --format outputs`: a complete amplify_outputs.json. */
export function renderOutputsJson(
  { design, storages }: CompiledDesign,
  placements: readonly BucketPlacement[],
): string {
  return toJsonText(amplifyOutputs(design, storages, placements));
}
