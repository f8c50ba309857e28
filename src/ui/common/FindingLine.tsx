import { memo } from 'react';
import { fixesOf, type Design, type Finding } from '../../core';
import { FixButton } from './FixButton';
import { sameFinding } from './same-finding';
import { SeverityIcon } from './SeverityIcon';

interface FindingLineProps {
  finding: Finding;
  /** The design the finding was computed from (its fix is recomputed if the design changed). */
  madeFor: Design;
  /** Show which rule it concerns (inline, next to a path, where the rule is not otherwise visible). */
  showRule?: boolean;
  /** One line with an ellipsis (windowed lists need fixed heights); the full text stays in the DOM. */
  clamp?: boolean;
}

/**
 * A finding as one line: severity, the rule it is about, the message, and its fixes when it has
 * any (one button each: some findings offer two repairs, e.g. move a path up or flatten it).
 * Memoized on what it shows (`sameFinding`): the lists it is in re-render on every tick, and
 * validation makes new findings that mostly say what they said before.
 */
export const FindingLine = memo(function FindingLine({
  finding,
  madeFor,
  showRule = false,
  clamp = false,
}: FindingLineProps) {
  return (
    <div className={`finding finding-${finding.severity}${clamp ? ' clamp' : ''}`}>
      <SeverityIcon severity={finding.severity} />
      <span className="finding-text" title={clamp ? finding.message : undefined}>
        {showRule && finding.rule && !finding.message.includes(finding.rule) && (
          <code className="finding-rule">{finding.rule}</code>
        )}
        <span className="finding-message">{finding.message}</span>
      </span>
      {fixesOf(finding).map((fix) => (
        <FixButton key={fix.title} finding={finding} madeFor={madeFor} fix={fix} />
      ))}
    </div>
  );
}, sameLine);

function sameLine(a: FindingLineProps, b: FindingLineProps): boolean {
  return a.showRule === b.showRule && a.clamp === b.clamp && sameFinding(a.finding, b.finding);
}
