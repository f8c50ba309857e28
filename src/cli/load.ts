import { readFile } from 'node:fs/promises';
import {
  defaultStorageIndex,
  importOutputsJson,
  looksLikeDesignFile,
  looksLikeOutputsJson,
  parseDesignFile,
  type BucketPlacement,
  type Design,
} from '../core';
import { importResourceTs, type ResourceTsImport } from '../core/import';
import { UsageError, InputError } from './errors';

/** A design read from a file, with what is needed to point back into the source. */
export interface LoadedDesign {
  readonly file: string;
  readonly design: Design;
  /** Present when the file was resource.ts: where each storage, path and rule is. */
  readonly locations?: ResourceTsImport['locations'];
  /** Non-fatal notes from the import (e.g. a defineStorage that is never exported). */
  readonly notes: readonly string[];
  /** Present when the file was amplify_outputs.json: each storage's bucket and region in it. */
  readonly placements?: readonly BucketPlacement[];
}

/**
 * Reads FILE as the project's design JSON, as amplify_outputs.json (a JSON object with `version`
 * and `storage`) or as amplify/storage/resource.ts. Anything that cannot
 * be read or understood is an InputError (exit 2) whose message has line:column.
 */
export async function loadDesign(file: string): Promise<LoadedDesign> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new InputError(
      `${file}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
    );
  }
  // Editors on Windows may save a UTF-8 byte order mark; JSON.parse rejects it (Babel does not).
  text = stripBom(text);
  if (looksLikeDesignFile(text)) {
    const parsed = parseDesignFile(text);
    if (!parsed.ok) throw new InputError(`${file}: ${parsed.error}`);
    return { file, design: parsed.design, notes: [] };
  }
  if (looksLikeOutputsJson(text)) return loadOutputsJson(file, text);
  const imported = importResourceTs(text);
  const errors = imported.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0 || !imported.design) {
    const lines = (errors.length > 0 ? errors : imported.problems).map(
      (p) => `${file}:${p.loc.line}:${p.loc.column}: ${p.message}`,
    );
    throw new InputError(lines.join('\n') || `${file}: no storage definition found`);
  }
  const notes = imported.problems.map(
    (p) => `${file}:${p.loc.line}:${p.loc.column}: warning: ${p.message}`,
  );
  return { file, design: imported.design, locations: imported.locations, notes };
}

/** amplify_outputs.json read back into a design; what it cannot tell becomes notes. */
function loadOutputsJson(file: string, text: string): LoadedDesign {
  const imported = importOutputsJson(text);
  const errors = imported.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0 || !imported.design) {
    throw new InputError(
      errors.map((p) => `${file}:${p.loc.line}:${p.loc.column}: ${p.message}`).join('\n') ||
        `${file}: no storage found`,
    );
  }
  const notes = [
    ...imported.problems.map((p) => `${file}:${p.loc.line}:${p.loc.column}: warning: ${p.message}`),
    ...imported.lost.map((note) => `${file}: not in amplify_outputs.json: ${note}`),
  ];
  return { file, design: imported.design, notes, placements: imported.placements };
}

/** The storage `--storage NAME` picks, or the default one (the only one, or the isDefault one). */
export function pickStorage(design: Design, name: string | undefined): number {
  if (design.storages.length === 0) throw new InputError('The file defines no storage.');
  if (name !== undefined) {
    const index = design.storages.findIndex((s) => s.name === name || s.exportName === name);
    if (index < 0) {
      throw new UsageError(
        `--storage ${JSON.stringify(name)} matches no storage; the file has ${design.storages.map((s) => JSON.stringify(s.name)).join(', ')}.`,
      );
    }
    return index;
  }
  return defaultStorageIndex(design) ?? 0;
}

/** Drops a leading UTF-8 byte order mark, which JSON.parse would reject. */
export const stripBom = (text: string): string =>
  text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
