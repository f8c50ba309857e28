import type { Fix } from '../../core';
import { useAppStore } from '../../state';

/** The one-click repair a finding offers; applying it is an ordinary, undoable edit. */
export function FixButton({ fix }: { fix: Fix }) {
  const applyFix = useAppStore((s) => s.applyFix);
  return (
    <button type="button" className="btn btn-fix" onClick={() => applyFix(fix)}>
      {fix.title}
    </button>
  );
}
