import { useMemo } from 'react';
import { describeChange, diffDesigns, type Design } from '../../core';
import {
  importedOf,
  regenerationText,
  sourceDiff,
  writtenIntoSource,
  type ResourceSource,
} from '../../state';
import './compare.css';

const lineClass = (line: string) =>
  line.startsWith('+++') || line.startsWith('---')
    ? 'diff-file'
    : line.startsWith('@@')
      ? 'diff-hunk'
      : line.startsWith('+')
        ? 'diff-add'
        : line.startsWith('-')
          ? 'diff-remove'
          : undefined;

/**
 * "Changes to resource.ts": the unified diff of the file the design came from against what the
 * exports write into it, next to who gains or loses what (core/diff) — what a reviewer of the
 * pull request will see, before it is made.
 */
export function SourceChanges({ design, source }: { design: Design; source: ResourceSource }) {
  const written = writtenIntoSource(design, source);
  const patch = useMemo(() => (written ? sourceDiff(source, written.text) : ''), [written, source]);
  const access = useMemo(() => diffDesigns(importedOf(source).design, design), [source, design]);
  if (!written) return null;
  return (
    <section className="source-changes" aria-labelledby="source-changes-title">
      <h3 id="source-changes-title">Changes to resource.ts</h3>
      {written.regenerated.map((r, i) => (
        <p key={i} role="note">
          {r.scope === 'file' ? 'The whole file is' : `Storage ${r.storageIndex! + 1} is`} written
          afresh: {regenerationText(r.reason)}
        </p>
      ))}
      {patch === '' ? (
        <p>No changes: resource.ts is exactly as it was read.</p>
      ) : (
        <div className="source-changes-grid">
          <pre aria-label="Unified diff of resource.ts" className="source-diff" tabIndex={0}>
            {patch
              .replace(/\n$/, '')
              .split('\n')
              .map((line, i) => (
                <span key={i} className={lineClass(line)}>
                  {line}
                  {'\n'}
                </span>
              ))}
          </pre>
          <div>
            <h4>Access changes</h4>
            {access.changes.length === 0 ? (
              <p>Nobody gains or loses access.</p>
            ) : (
              <ul aria-label="Access changes since resource.ts was read">
                {access.changes.map((c, i) => (
                  <li key={i}>{describeChange(c)}</li>
                ))}
              </ul>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
