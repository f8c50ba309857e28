import type { Person } from '../../core';
import { PersonName } from './PersonName';

/**
 * A person's column header in the matrix. Group columns are described (aria-describedby, set by
 * MatrixHead) by the note that members act through the group's role only; the panel's note says
 * it once on screen, so the narrow columns keep to the name.
 */
export function PersonHeader({ person }: { person: Person }) {
  return <PersonName person={person} />;
}
