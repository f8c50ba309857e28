import { namesUsed, storageExportNames, type Design, type Storage } from '../core';
import { importResourceTs, type ImportProblem, type ResourceTsImport } from '../core/import';
import { keepUnchanged } from './code-keep';

/**
 * What the code editor's text says. `design` is there only when the text can be trusted as a whole:
 * it parsed and the importer reported no error (an error means some part was skipped, and applying
 * a design with a path silently missing would flicker the matrix on every half-typed line).
 */
export type CodeRead =
  | { readonly ok: true; readonly design: Design; readonly imported: ResourceTsImport }
  | {
      readonly ok: false;
      readonly errors: readonly ImportProblem[];
      readonly imported: ResourceTsImport;
    };

/**
 * Reads resource.ts text as the next version of `current`. resource.ts does not hold everything a
 * design does, so what it cannot say is taken from `current`: groups and functions declared but
 * unused stay declared, and an export name the code only has because rendering made one up
 * (`storage`) is not recorded as a change. Parts equal to `current`'s are `current`'s own objects,
 * so text that means the same design returns `current` itself (no undo step, nothing recomputed).
 */
export function readCode(source: string, current: Design): CodeRead {
  const imported = importResourceTs(source);
  const errors = imported.problems.filter((p) => p.severity === 'error');
  if (!imported.design || errors.length > 0) {
    const problems = errors.length > 0 ? errors : imported.problems;
    return { ok: false, errors: problems, imported };
  }
  const design = keepUnchanged(current, completedFrom(imported.design, current));
  return { ok: true, design, imported };
}

function completedFrom(read: Design, current: Design): Design {
  // The names renderResourceTs gives storages that have none (it steps around function imports).
  const rendered = storageExportNames(current.storages, new Set(namesUsed(current).functions));
  return {
    storages: read.storages.map((s, i) =>
      withoutInventedExportName(s, current.storages[i], rendered[i]),
    ),
    groups: union(current.groups, read.groups),
    functions: union(current.functions, read.functions),
  };
}

/** Drops an export name equal to the one rendering invented for a storage that had none. */
function withoutInventedExportName(
  storage: Storage,
  before: Storage | undefined,
  invented: string | undefined,
): Storage {
  if (!before || before.exportName !== undefined || storage.exportName !== invented) return storage;
  const { exportName: _invented, ...rest } = storage;
  return rest;
}

const union = (first: readonly string[], then: readonly string[]): string[] => [
  ...new Set([...first, ...then]),
];
