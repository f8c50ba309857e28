import type { Severity } from '../../core';
import type { FindingIndex } from '../../state';

export type SeverityChoice = 'all' | Severity;

const CHOICES: readonly { value: SeverityChoice; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'error', label: 'Errors' },
  { value: 'warning', label: 'Warnings' },
  { value: 'note', label: 'Notes' },
];

interface SeverityFilterProps {
  index: FindingIndex;
  value: SeverityChoice;
  onChange: (value: SeverityChoice) => void;
}

/** Which severities the Problems list shows: native radio buttons (arrow keys, one tab stop). */
export function SeverityFilter({ index, value, onChange }: SeverityFilterProps) {
  const count = {
    all: index.all.length,
    error: index.errors,
    warning: index.warnings,
    note: index.notes,
  };
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
}
