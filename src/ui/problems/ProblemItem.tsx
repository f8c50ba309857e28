import type { Design, Finding } from '../../core';
import { useAppStore } from '../../state';
import { FixButton } from '../common/FixButton';
import { SeverityIcon } from '../common/SeverityIcon';
import { revealPath } from '../design/reveal';

/** Where a finding is, in words: the storage (when there are several), the path, the rule. */
function locationOf(design: Design, f: Finding): string {
  const parts: string[] = [];
  if (f.storageIndex !== undefined && design.storages.length > 1)
    parts.push(design.storages[f.storageIndex]?.name ?? '');
  if (f.path !== undefined) parts.push(f.path);
  else if (f.name !== undefined) parts.push(f.name);
  if (f.ruleIndex !== undefined) parts.push(`rule ${f.ruleIndex + 1}`);
  return parts.filter(Boolean).join(' · ');
}

/** When Amplify would stop on it (errors), or that it would not (warnings). */
function stageText(f: Finding): string {
  if (f.severity === 'warning') return 'Amplify accepts this';
  switch (f.stage) {
    case 'types':
      return 'TypeScript rejects resource.ts';
    case 'synth':
      return 'Amplify fails to synthesize';
    case 'deploy':
      return 'the deploy fails';
    default:
      return 'the design is inconsistent';
  }
}

/** One problem: severity, where, the message, a fix; the location button jumps to the path. */
export function ProblemItem({ finding, design }: { finding: Finding; design: Design }) {
  const selectStorage = useAppStore((s) => s.selectStorage);
  const where = locationOf(design, finding);
  const canReveal = finding.storageIndex !== undefined && finding.pathIndex !== undefined;
  return (
    <li className={`problem problem-${finding.severity}`}>
      <SeverityIcon severity={finding.severity} />
      <div className="problem-body">
        {where &&
          (canReveal ? (
            <button
              type="button"
              className="problem-where"
              title="Show in the design"
              onClick={() => {
                selectStorage(finding.storageIndex!);
                revealPath(finding.storageIndex!, finding.pathIndex!);
              }}
            >
              {where}
            </button>
          ) : (
            <span className="problem-where static">{where}</span>
          ))}
        <p className="problem-message">{finding.message}</p>
        <span className="problem-code">
          {finding.code} · {stageText(finding)}
        </span>
        <FixButton finding={finding} madeFor={design} />
      </div>
    </li>
  );
}
