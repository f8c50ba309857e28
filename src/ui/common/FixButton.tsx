import { useId, useState } from 'react';
import type { Design, Finding, Fix } from '../../core';
import { useAppStore } from '../../state';
import { fixPreviewLines } from './fix-preview-text';

interface FixButtonProps {
  finding: Finding;
  /** The design the finding was computed from (it may be older than the live one). */
  madeFor: Design;
  /** Which of the finding's fixes (`fixesOf`); its `fix` by default. */
  fix?: Fix;
}

/**
 * The one-click repair a finding offers (nothing when it has none); an ordinary, undoable edit.
 * What it changes in who can do what is worked out when the button is pointed at or focused (an
 * access diff is too dear for every button on every edit), then shown as its tooltip and given as
 * its description.
 */
export function FixButton({ finding, madeFor, fix = finding.fix }: FixButtonProps) {
  const applyFix = useAppStore((s) => s.applyFix);
  const [preview, setPreview] = useState<{ for: Design; fix: Fix; text: string }>();
  const previewId = useId();
  if (!fix) return null;
  const text = preview?.for === madeFor && preview.fix === fix ? preview.text : undefined;
  const prepare = () => {
    if (!text)
      setPreview({
        for: madeFor,
        fix,
        text: `Changes: ${fixPreviewLines(madeFor, fix).join('; ')}`,
      });
  };
  return (
    <>
      <button
        type="button"
        className="btn btn-fix"
        title={text}
        aria-describedby={text ? previewId : undefined}
        onPointerEnter={prepare}
        onFocus={prepare}
        onClick={() => applyFix(finding, madeFor, fix)}
      >
        {fix.title}
      </button>
      {text && (
        <span id={previewId} hidden>
          {text}
        </span>
      )}
    </>
  );
}
