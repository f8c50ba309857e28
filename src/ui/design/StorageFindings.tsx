import { memo } from 'react';
import { findingKinds, type Design, type Finding, type FindingCode } from '../../core';
import { findingKeys } from '../../state';
import { AffectedPaths } from '../common/AffectedPaths';
import { FindingLine } from '../common/FindingLine';
import { FixButton } from '../common/FixButton';
import { sameFindings } from '../common/same-finding';
import { SeverityIcon } from '../common/SeverityIcon';

/** A short title for a kind of design-level finding (one that names the paths it affects). */
const KIND_TITLE: Partial<Record<FindingCode, string>> = {
  'warn-group-members-lose-access': "Group members get only their group's access",
};

/** Who or what a design-level finding is about, as the summary names it. */
const subjectOf = (f: Finding) =>
  f.code === 'warn-group-members-lose-access' && f.name !== undefined
    ? `group ${f.name}`
    : (f.name ?? f.path ?? '');

/**
 * The findings about a storage as a whole. Those that name the paths they affect (one finding per
 * cause, e.g. per group) are compact: one summary line per kind naming who it is about, the
 * messages and paths collapsed under it, so they never take more room than the rules they are
 * about. The others are one line each, as before. Memoized on what the findings say
 * (`sameFindings`), so an edit that leaves them as they were does not render them.
 */
export const StorageFindings = memo(
  function StorageFindings({
    findings,
    madeFor,
  }: {
    findings: readonly Finding[];
    madeFor: Design;
  }) {
    const single = findings.filter((f) => f.paths === undefined);
    const kinds = findingKinds(findings.filter((f) => f.paths !== undefined));
    const keys = findingKeys(single);
    return (
      <>
        {single.map((f, i) => (
          <FindingLine key={keys[i]} finding={f} madeFor={madeFor} />
        ))}
        {kinds.map((kind) => {
          const kindKeys = findingKeys(kind.findings);
          return (
            <details key={kind.code} className={`finding-group finding-${kind.severity}`}>
              <summary>
                <SeverityIcon severity={kind.severity} />
                <span className="finding-group-title">
                  {KIND_TITLE[kind.code] ?? kind.code}:{' '}
                  <span className="finding-group-names">
                    {kind.findings.map(subjectOf).join(', ')}
                  </span>
                </span>
              </summary>
              <ul className="finding-group-list">
                {kind.findings.map((f, i) => (
                  <li key={kindKeys[i]}>
                    <SeverityIcon severity={f.severity} />
                    <div>
                      <p className="finding-message">{f.message}</p>
                      {/* Every path, when the message names only some of them. */}
                      {f.paths!.some((p) => !f.message.includes(JSON.stringify(p))) && (
                        <AffectedPaths paths={f.paths!} />
                      )}
                      <FixButton finding={f} madeFor={madeFor} />
                    </div>
                  </li>
                ))}
              </ul>
            </details>
          );
        })}
      </>
    );
  },
  (a, b) => sameFindings(a.findings, b.findings),
);
