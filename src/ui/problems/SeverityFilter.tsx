import { memo } from 'react';
import type { Severity } from '../../core';

export type SeverityChoice = 'all' | Severity;

const CHOICES: readonly { value: SeverityChoice; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'error', label: 'Errors' },
  { value: 'warning', label: 'Warnings' },
  { value: 'note', label: 'Notes' },
];

interface SeverityFilterProps {
  /** How many problems each choice shows. */
  counts: Readonly<Record<SeverityChoice, number>>;
  value: SeverityChoice;
  onChange: (value: SeverityChoice) => void;
}

/**
 * Which severities the Problems list shows: native radio buttons (arrow keys, one tab stop).
 * Memoized on the counts' values: most edits leave them as they were.
 */
export const SeverityFilter = memo(function SeverityFilter({
  counts: count,
  value,
  onChange,
}: SeverityFilterProps) {
  return (
    <fieldset className="severity-filter">
      <legend className="sr-only">Show</legend>
      {CHOICES.map((c) => (
        <label key={c.value} className={`filter-choice${value === c.value ? ' on' : ''}`}>
          <input
            type="radio"
            name="problem-severity"
            value={c.value}
            checked={value === c.value}
            onChange={() => onChange(c.value)}
          />
          {c.label} <span className="filter-count">{count[c.value]}</span>
        </label>
      ))}
    </fieldset>
  );
}, sameChoices);

function sameChoices(a: SeverityFilterProps, b: SeverityFilterProps): boolean {
  return (
    a.value === b.value &&
    a.onChange === b.onChange &&
    CHOICES.every((c) => a.counts[c.value] === b.counts[c.value])
  );
}
