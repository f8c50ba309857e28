import { findingIndexOf, useDerivedDesign } from '../../state';

/** A glance at the design's health in the header; links to the Problems list. */
export function ProblemCounts() {
  const design = useDerivedDesign();
  const { errors, warnings, notes } = findingIndexOf(design);
  return (
    <a className={`header-counts${errors ? ' has-errors' : ''}`} href="#problems">
      <span className="count-error-dot" aria-hidden="true" />
      {errors} {errors === 1 ? 'error' : 'errors'}, {warnings}{' '}
      {warnings === 1 ? 'warning' : 'warnings'}
      {notes > 0 && `, ${notes} ${notes === 1 ? 'note' : 'notes'}`}
    </a>
  );
}
