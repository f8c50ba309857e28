import { useMemo } from 'react';
import { describeTest, diffTests, type Design } from '../../core';

const STATUS = { pass: 'passes', fail: 'fails', invalid: 'cannot run', undecided: 'is undecided' };

/**
 * How the two designs' access tests differ: tests added, removed or changed, and the tests both
 * hold that pass in one design and not in the other (each run against its own design).
 */
export function TestChanges({
  before,
  after,
  from,
  to,
}: {
  before: Design;
  after: Design;
  from: string;
  to: string;
}) {
  const diff = useMemo(() => diffTests(before, after), [before, after]);
  const lines = [
    ...diff.outcomes.map(
      (o) => `${describeTest(o.test)}: ${STATUS[o.before]} in ${from}, ${STATUS[o.after]} in ${to}`,
    ),
    ...diff.added.map((t) => `Added: ${describeTest(t)}`),
    ...diff.removed.map((t) => `Removed: ${describeTest(t)}`),
    ...diff.changed.map((c) =>
      describeTest(c.before) === describeTest(c.after)
        ? `Changed: ${describeTest(c.after)} (actions ${c.before.actions.join(', ')} → ${c.after.actions.join(', ')})`
        : `Changed: ${describeTest(c.before)} → ${describeTest(c.after)}`,
    ),
  ];
  if (lines.length === 0 && !(before.tests?.length || after.tests?.length)) return null;
  return (
    <section className="panel-body">
      <h3>Tests</h3>
      {lines.length === 0 ? (
        <p className="muted">The same tests, with the same outcomes, on both sides.</p>
      ) : (
        <ul aria-label="Test changes">
          {lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
