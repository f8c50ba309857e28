import { memo } from 'react';
import { fixesOf, livePathId, type Design, type Finding } from '../../core';
import { useAppStore, useAppStoreApi } from '../../state';
import { AffectedPaths } from '../common/AffectedPaths';
import { FixButton } from '../common/FixButton';
import { FixPreview } from '../common/FixPreview';
import { sameFinding } from '../common/same-finding';
import { SeverityIcon } from '../common/SeverityIcon';
import { revealPath } from '../design/reveal';

/** Where a finding is, in words: the storage (when there are several), the path, the rule. */
export function locationOf(design: Design, f: Finding): string {
  const parts: string[] = [];
  if (f.storageIndex !== undefined && design.storages.length > 1)
    parts.push(design.storages[f.storageIndex]?.name ?? '');
  if (f.path !== undefined) parts.push(f.path);
  else if (f.name !== undefined) parts.push(f.name);
  if (f.paths !== undefined)
    parts.push(`${f.paths.length} ${f.paths.length === 1 ? 'path' : 'paths'}`);
  if (f.ruleIndex !== undefined) parts.push(`rule ${f.ruleIndex + 1}`);
  return parts.filter(Boolean).join(' · ');
}

/** When Amplify would stop on it (errors), or that it would not (warnings, notes). */
function stageText(f: Finding): string {
  if (f.severity !== 'error') return 'Amplify accepts this';
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

interface ProblemItemProps {
  finding: Finding;
  /** The design the finding was computed from. */
  design: Design;
  /** `locationOf(design, finding)`. */
  where: string;
}

/** Whether two renders show the same problem with the same fix (see `sameFinding`). */
const sameProblem = (a: ProblemItemProps, b: ProblemItemProps) =>
  a.where === b.where && sameFinding(a.finding, b.finding);

/**
 * One problem: severity, where, the message, a fix; the location button jumps to the path.
 * Memoized on what it shows, so an edit re-renders only the problems it changed.
 */
export const ProblemItem = memo(function ProblemItem({ finding, design, where }: ProblemItemProps) {
  const selectStorage = useAppStore((s) => s.selectStorage);
  const store = useAppStoreApi();
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
                const at = finding.storageIndex!;
                selectStorage(at);
                // By id, from the design the finding was made for: rows may have moved since (and
                // this item, memoized on what it shows, may hold an older but equal design).
                const live = store.getState().design.storages[at]?.paths ?? [];
                const id = livePathId(design.storages[at]?.paths ?? [], finding.pathIndex!, live);
                if (id) revealPath(at, id);
              }}
            >
              {where}
            </button>
          ) : (
            <span className="problem-where static">{where}</span>
          ))}
        <p className="problem-message">{finding.message}</p>
        {finding.paths && finding.paths.length > 1 && <AffectedPaths paths={finding.paths} />}
        <span className="problem-code">
          {finding.code} · {stageText(finding)}
        </span>
        {fixesOf(finding).map((fix) => (
          <div key={fix.title} className="problem-fix">
            <FixButton finding={finding} madeFor={design} fix={fix} />
            <FixPreview fix={fix} design={design} />
          </div>
        ))}
      </div>
    </li>
  );
}, sameProblem);
