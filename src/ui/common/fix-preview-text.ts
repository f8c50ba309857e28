import { describeChange, fixPreview, type Design, type Fix } from '../../core';

const SHOWN = 6;

/** A fix's effect on access, in words: each change (`+get` gained, `-write` lost), or none. */
export function fixPreviewLines(design: Design, fix: Fix): string[] {
  const { changes } = fixPreview(design, fix);
  if (changes.length === 0) return ['No change in who can do what.'];
  const lines = changes.slice(0, SHOWN).map(describeChange);
  if (changes.length > SHOWN) lines.push(`and ${changes.length - SHOWN} more changes`);
  return lines;
}
