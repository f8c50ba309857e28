import type { Design } from '../core';
import type { SourceEditResult } from '../core/source-edit';
import type { ResourceSource } from './types';

type SourceEditModule = typeof import('../core/source-edit');

let loaded: SourceEditModule | undefined;
let loading: Promise<SourceEditModule> | undefined;

/**
 * Loads the source-keeping writer (it reads resource.ts with Babel, so it is a lazy chunk). Awaited
 * before a resource.ts becomes the design's source, so the exports can use it synchronously.
 */
export function loadSourceEdit(): Promise<SourceEditModule> {
  loading ??= import('../core/source-edit').then((m) => (loaded = m));
  return loading;
}

const written = new WeakMap<Design, WeakMap<ResourceSource, SourceEditResult>>();

/**
 * The design written into the user's resource.ts (memoized per design and source), or undefined
 * when there is no source or the writer is not loaded yet (then exports generate a fresh file).
 */
export function writtenIntoSource(
  design: Design,
  source: ResourceSource | undefined,
): SourceEditResult | undefined {
  if (!source || !loaded) return undefined;
  let bySource = written.get(design);
  if (!bySource) written.set(design, (bySource = new WeakMap()));
  let result = bySource.get(source);
  if (!result) {
    result = loaded.writeResourceTs(source.text, design, source.design);
    bySource.set(source, result);
  }
  return result;
}

/** What the user's file was when imported: the baseline of 'Changes to resource.ts'. */
export const importedOf = (source: ResourceSource) => source.imported ?? source;

/**
 * The unified diff of `after` against the file as imported (lazy module loaded: see
 * loadSourceEdit).
 */
export function sourceDiff(source: ResourceSource, after: string): string {
  const before = importedOf(source).text;
  return loaded ? loaded.unifiedDiff(before, after, 'a/resource.ts', 'b/resource.ts') : '';
}

/**
 * A resource.ts text as the design's source, for a text read as `design`. `previous`, the source
 * it replaces (the code editor's reads), hands on the file as imported.
 */
export const resourceSource = (
  text: string,
  design: Design,
  previous?: ResourceSource,
): ResourceSource => ({
  text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text,
  design,
  ...(previous && { imported: importedOf(previous) }),
});

/** Why a part was written afresh, in words (the writer's catalog; empty before it is loaded). */
export const regenerationText = (reason: string): string =>
  (loaded?.REGENERATION_REASONS as Record<string, string> | undefined)?.[reason] ?? reason;
