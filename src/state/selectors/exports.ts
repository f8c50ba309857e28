import {
  compileDesign,
  placementsFor,
  renderResourceTs,
  type BucketPlacement,
  type CompiledDesign,
  type Design,
  type ExportFormat,
} from '../../core';
import { writtenIntoSource } from '../source-edit';
import type { BucketSettings, ResourceSource } from '../types';
import { modelsOf } from './access';
import { memoRecent } from './memo';

export const resourceTsOf = memoRecent(renderResourceTs);

/** The design with the storages the matrix already compiled: exports never compile again. */
export const compiledDesignOf = memoRecent((design: Design): CompiledDesign =>
  compileDesign(
    design,
    modelsOf(design).map((m) => m.compiled),
  ),
);

/** The user's bucket names and region, blank fields falling back to the core's placeholders. */
export function placementsOf(design: Design, bucket: BucketSettings): BucketPlacement[] {
  const given: Record<string, { bucketName: string }> = {};
  for (const [name, bucketName] of Object.entries(bucket.bucketNames))
    given[name] = { bucketName: bucketName.trim() };
  return placementsFor(design, { given, region: bucket.region.trim() || undefined });
}

/** Texts already rendered per compiled design: the visible export on each render, once. */
const rendered = new WeakMap<CompiledDesign, Map<string, string>>();

/**
 * One export as text, byte for byte what the CLI prints for the same design and settings (the
 * same registry entry renders it). Memoized on the compiled design, the format and its options.
 */
export function exportTextOf(
  format: ExportFormat,
  design: Design,
  storageIndex: number,
  bucket: BucketSettings,
  source?: ResourceSource,
): string {
  // A design from the user's resource.ts is written into that file, as the smallest change.
  if (format.id === 'resource' && source) {
    const kept = writtenIntoSource(design, source);
    if (kept) return kept.text;
  }
  // A design without storages (an empty design file) has no per-storage export to show.
  if (format.perStorage && !design.storages[storageIndex]) return '{}\n';
  if (format.id === 'resource') return resourceTsOf(design); // shared with the code editor
  const compiled = compiledDesignOf(design);
  const placements = placementsOf(design, bucket);
  const key = `${format.id}\u0000${storageIndex}\u0000${JSON.stringify(placements)}`;
  let texts = rendered.get(compiled);
  if (!texts) rendered.set(compiled, (texts = new Map()));
  let text = texts.get(key);
  if (text === undefined)
    texts.set(key, (text = format.render(compiled, { storageIndex, placements })));
  return text;
}
