import { personLabel, type Person } from '../../core';

/**
 * A person's name in a narrow column header. The visible text may break: `authenticated` at a
 * soft hyphen, `group NAME` between its words, a long NAME anywhere. Screen readers get the plain
 * name, so the column is named exactly `authenticated`, `group admin`, `function resizer`.
 */
export function PersonName({ person }: { person: Person }) {
  const label = personLabel(person);
  return (
    <span className="person-name" title={label}>
      <span aria-hidden="true">{label.replace('authenticated', 'authen\u00adticated')}</span>
      <span className="sr-only">{label}</span>
    </span>
  );
}
