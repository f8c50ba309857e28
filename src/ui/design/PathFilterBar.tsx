import { memo } from 'react';
import type { Person } from '../../core';
import { isFiltering, NO_FILTER, personChoice, type PathFilter } from './path-filter';

interface PathFilterBarProps {
  filter: PathFilter;
  onChange: (filter: PathFilter) => void;
  people: readonly Person[];
  /** Paths shown and paths in the storage. */
  shown: number;
  total: number;
}

/**
 * Filters for big designs: text in the path, who has access there, paths with findings.
 * Memoized: the grid re-renders on every tick, its filter only when what it shows changed.
 */
export const PathFilterBar = memo(function PathFilterBar({
  filter,
  onChange,
  people,
  shown,
  total,
}: PathFilterBarProps) {
  return (
    <div className="path-filter" role="search" aria-label="Filter paths">
      <label className="inline-field">
        <span className="label">Filter</span>
        <input
          className="field mono"
          type="search"
          value={filter.text}
          placeholder="path contains…"
          spellCheck={false}
          autoComplete="off"
          aria-label="Filter paths by text"
          onChange={(e) => onChange({ ...filter, text: e.target.value })}
        />
      </label>
      <label className="inline-field">
        <span className="label">Who has access</span>
        <select
          className="field"
          value={filter.person}
          onChange={(e) => onChange({ ...filter, person: e.target.value as Person | '' })}
        >
          <option value="">anyone or nobody</option>
          {people.map(personChoice).map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </select>
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={filter.withFindings}
          onChange={(e) => onChange({ ...filter, withFindings: e.target.checked })}
        />
        With findings
      </label>
      {isFiltering(filter) && (
        <>
          <span className="hint" role="status">
            Showing {shown} of {total} {total === 1 ? 'path' : 'paths'}
          </span>
          <button type="button" className="btn" onClick={() => onChange(NO_FILTER)}>
            Clear filter
          </button>
        </>
      )}
    </div>
  );
});
