import { useState } from 'react';
import type { Design, Fix } from '../../core';
import { fixPreviewLines } from './fix-preview-text';

/** "What it changes": the fix's access diff, listed when opened (computed then, not before). */
export function FixPreview({ fix, design }: { fix: Fix; design: Design }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="fix-preview" onToggle={(e) => setOpen(e.currentTarget.open)}>
      {/* Named with its fix: a finding may offer two, each with its own preview. */}
      <summary aria-label={`What it changes: ${fix.title}`}>What it changes</summary>
      {open && (
        <ul>
          {fixPreviewLines(design, fix).map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
    </details>
  );
}
