import { useEffect, useState, type RefObject } from 'react';

/** How long after its last scroll event a box counts as settled (react-window uses the same). */
export const SETTLE_MS = 150;

/**
 * Whether the box is being scrolled: true from a scroll event until `SETTLE_MS` without one. A
 * windowed table draws the rows that a scroll brings in light (only what shows) and completes
 * them once this turns false (issue 11: the matrix's rows mounted per frame).
 */
export function useScrolling(scrollRef: RefObject<HTMLElement | null>): boolean {
  const [scrolling, setScrolling] = useState(false);
  useEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onScroll = () => {
      // Batched with the window's own update of the same event: one render.
      setScrolling(true);
      clearTimeout(timer);
      timer = setTimeout(() => setScrolling(false), SETTLE_MS);
    };
    el.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      el.removeEventListener('scroll', onScroll);
      clearTimeout(timer);
    };
  }, [scrollRef]);
  return scrolling;
}
