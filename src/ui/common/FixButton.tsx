import type { Design, Finding } from '../../core';
import { useAppStore } from '../../state';

interface FixButtonProps {
  finding: Finding;
  /** The design the finding was computed from (it may be older than the live one). */
  madeFor: Design;
}

/** The one-click repair a finding offers (nothing when it has none); an ordinary, undoable edit. */
export function FixButton({ finding, madeFor }: FixButtonProps) {
  const applyFix = useAppStore((s) => s.applyFix);
  if (!finding.fix) return null;
  return (
    <button type="button" className="btn btn-fix" onClick={() => applyFix(finding, madeFor)}>
      {finding.fix.title}
    </button>
  );
}
