import { findingIndexOf, testResultsOf, useCodeProblems, useDerivedDesign } from '../../state';

/**
 * A glance at the design's health in the header; links to the Problems list (and failing tests).
 * Errors include what the code editor cannot read: while its text does not parse, the design
 * shown is the last one that did, and its findings alone would read "0 errors".
 */
export function ProblemCounts() {
  const design = useDerivedDesign();
  const { errors: found, warnings, notes } = findingIndexOf(design);
  const { errors: unread } = useCodeProblems();
  const errors = found + unread.length;
  const { failing } = testResultsOf(design);
  return (
    <>
      <a className={`header-counts${errors ? ' has-errors' : ''}`} href="#problems">
        <span className="count-error-dot" aria-hidden="true" />
        {errors} {errors === 1 ? 'error' : 'errors'}, {warnings}{' '}
        {warnings === 1 ? 'warning' : 'warnings'}
        {notes > 0 && `, ${notes} ${notes === 1 ? 'note' : 'notes'}`}
      </a>
      {failing > 0 && (
        <a className="header-counts has-errors" href="#tests">
          {failing} failing {failing === 1 ? 'test' : 'tests'}
        </a>
      )}
    </>
  );
}
