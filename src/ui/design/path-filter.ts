import { personLabel, type LazyAccessMatrix, type Person, type Storage } from '../../core';
import { cellInfo } from '../matrix/cell-info';
import type { PathShown } from './grid-items';

/** What the grid's filter asks: text in the path, a person with some access, paths with findings. */
export interface PathFilter {
  readonly text: string;
  /** A person (matrix column key) who must have at least one action there, or '' for anyone. */
  readonly person: Person | '';
  readonly withFindings: boolean;
}

export const NO_FILTER: PathFilter = { text: '', person: '', withFindings: false };

export const isFiltering = (f: PathFilter) =>
  f.text.trim() !== '' || f.person !== '' || f.withFindings;

/**
 * The predicate for `gridItemsOf`, or undefined when nothing is filtered (so the grid keeps its
 * plain item list). "Has access" is the effective access of the matrix, not the ticks: what IAM
 * allows that person on an object in the path.
 */
export function pathShownBy(
  filter: PathFilter,
  storage: Storage | undefined,
  matrix: LazyAccessMatrix | undefined,
): PathShown | undefined {
  if (!storage || !isFiltering(filter)) return undefined;
  const text = filter.text.trim().toLowerCase();
  const { person, withFindings } = filter;
  return (pathIndex, findings) => {
    if (text && !storage.paths[pathIndex]!.path.toLowerCase().includes(text)) return false;
    if (withFindings && findings.length === 0) return false;
    if (person && matrix) {
      const info = cellInfo(matrix.row(pathIndex), person);
      if (!info.cell || info.cell.allowed.length === 0) return false;
    }
    return true;
  };
}

export const personChoice = (person: Person) => ({ value: person, label: personLabel(person) });

/** The filter's predicate with the rows under collapsed paths taken out as well. */
export function withCollapse(
  shown: PathShown | undefined,
  hidden: ReadonlySet<number> | undefined,
): PathShown | undefined {
  if (!hidden || hidden.size === 0) return shown;
  return (pathIndex, findings) => !hidden.has(pathIndex) && (shown?.(pathIndex, findings) ?? true);
}
