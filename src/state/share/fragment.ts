/**
 * The share fragment in a location hash, or null for an ordinary in-page anchor (`#matrix`).
 * Anything that looks like a design link (`d1.…`, or long) counts, so a damaged one gets a message
 * instead of being silently taken for an anchor.
 */
export function shareFragmentOf(hash: string): string | null {
  const text = hash.replace(/^#/, '');
  return /^d\d+\./.test(text) || text.length > 40 ? text : null;
}
