import { readFileSync } from 'node:fs';
import {
  defaultStorageIndex,
  INPUT_LABELS,
  stripBom,
  type BucketPlacement,
  type Design,
  type InputProblem,
  type InputRead,
  type ReadOptions,
} from '../core';
import { readInput } from '../core/formats/read-input';
import { UsageError, InputError } from './errors';

/** A design read from a file, with what is needed to point back into the source. */
export interface LoadedDesign {
  readonly file: string;
  readonly design: Design;
  /** Present when the file was resource.ts: where each storage, path and rule is. */
  readonly locations?: InputRead['locations'];
  /** Present when the file was resource.ts: its text, which exports edit rather than replace. */
  readonly source?: string;
  /** Non-fatal notes from the import (e.g. a defineStorage that is never exported). */
  readonly notes: readonly string[];
  /** Present when the file was amplify_outputs.json: each storage's bucket and region in it. */
  readonly placements?: readonly BucketPlacement[];
}

/**
 * Reads FILE with core's readInput: the project's design JSON, an amplify_outputs.json (read
 * back into a design; what it cannot tell becomes notes) or amplify/storage/resource.ts.
 * Anything that cannot be read or understood is an InputError (exit 2) whose message has
 * line:column. `withoutLocations`: a command that only computes from the design (matrix, an
 * IAM export) gets no `locations`, which a large resource.ts is cheaper to read without.
 */
export async function loadDesign(file: string, options: ReadOptions = {}): Promise<LoadedDesign> {
  let text: string;
  try {
    // Synchronous: node:fs/promises is not loaded when a CommonJS entry starts, and this is the
    // only read most runs make (about 1 ms of CPU to load it; bench/results.md, sixth pass).
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new InputError(
      `${file}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
    );
  }
  return loadDesignText(file, text, options);
}

/**
 * `loadDesign` for text that is not in a file of its own (e.g. `git show REF:path`): `file`
 * names it in messages.
 */
export function loadDesignText(
  file: string,
  text: string,
  options: ReadOptions = {},
): LoadedDesign {
  const read = readInput(text, file, options);
  if (read.tests)
    throw new InputError(
      `${file}: this is an access tests file (${read.tests.length} ${read.tests.length === 1 ? 'test' : 'tests'}), not a design: run \`access-matrix test DESIGN --tests ${file}\``,
    );
  if (!read.design) {
    const errors = read.problems.filter((p) => p.severity === 'error');
    throw new InputError(errors.map((p) => located(file, p, '')).join('\n'));
  }
  const notes = [
    ...read.problems.map((p) => located(file, p, 'warning: ')),
    ...read.lost.map((note) => `${file}: not in ${INPUT_LABELS[read.kind!]}: ${note}`),
  ];
  return {
    file,
    design: read.design,
    notes,
    ...(read.locations ? { locations: read.locations } : {}),
    ...(read.placements ? { placements: read.placements } : {}),
    ...(read.kind === 'resource-ts' ? { source: stripBom(text) } : {}),
  };
}

/** `FILE:LINE:COLUMN: message`, as compilers print it (`FILE: message` when the message says where). */
const located = (file: string, p: InputProblem, severity: string): string =>
  p.loc && !p.placeInMessage
    ? `${file}:${p.loc.line}:${p.loc.column}: ${severity}${p.message}`
    : `${file}: ${severity}${p.message}`;

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

/** Drops a leading UTF-8 byte order mark (for the CLI's other JSON inputs, e.g. --requests). */
export { stripBom } from '../core';
