import { personLabel, type Person } from '../../core';

/**
 * A person's column header. Group columns carry a visible note: members act through the group's
 * role only, so the authenticated and owner columns never apply to them. The note is hidden from
 * the accessible name (which stays the person) and given as the header's description instead.
 */
export function PersonHeader({ person }: { person: Person }) {
  if (!person.startsWith('group:'))
    return <span className="person-name">{personLabel(person)}</span>;
  return (
    <>
      <span className="person-name">{personLabel(person)}</span>
      <span className="person-note" aria-hidden="true">
        group role only: no authenticated or owner access
      </span>
    </>
  );
}
