import { personLabel, type Person } from '../../core';

/** `group admin` → `group` and `admin`: the kind on one line, the name on the next. */
function parts(label: string): { kind?: string; name: string } {
  const space = label.indexOf(' ');
  return space < 0
    ? { name: label }
    : { kind: label.slice(0, space), name: label.slice(space + 1) };
}

/**
 * A person's name in a narrow column header. It breaks only between words (`group` above
 * `admin`) and at the syllable of `authenticated` (with a visible hyphen); a name too long for the
 * column ends in an ellipsis, never broken mid-word, with the whole name in the title. Screen
 * readers get the plain name, so the column is named exactly `authenticated`, `group admin`,
 * `function resizer`.
 */
export function PersonName({ person }: { person: Person }) {
  const label = personLabel(person);
  const { kind, name } = parts(label);
  return (
    <span className="person-name" title={label}>
      <span aria-hidden="true">
        {kind && <span className="person-line">{kind}</span>}
        <span className={`person-line${name === 'authenticated' ? ' hyphenated' : ''}`}>
          {name === 'authenticated' ? 'authen\u00adticated' : name}
        </span>
      </span>
      <span className="sr-only">{label}</span>
    </span>
  );
}
