import type { SideScroll } from './useSideScroll';

/**
 * A visible line under a wide grid: which way more columns are. Polite status, so a screen reader
 * hears it once when it appears, not on every scroll.
 */
export function SideScrollHint({ side, what }: { side: SideScroll; what: string }) {
  if (!side.left && !side.right) return null;
  const text = side.right
    ? side.left
      ? `More ${what} on both sides: scroll sideways`
      : `More ${what} to the right: scroll sideways →`
    : `← More ${what} to the left`;
  return <p className="side-scroll-hint hint">{text}</p>;
}
