import { useCallback, useEffect, useState, type RefObject } from 'react';

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

/**
 * Which rows of a windowed table to draw light: those mounted while the box scrolls, outside the
 * window `[start, end)` it last rendered at rest (those stay complete). Light rows are completed
 * once scrolling settles: `scrolling` turns false, every row counts as rendered at rest again.
 * Each table adds its own exception (the row holding focus, or one the keyboard is moving to).
 */
export function useLightRows(
  scrollRef: RefObject<HTMLElement | null>,
  start: number,
  end: number,
): (r: number) => boolean {
  const scrolling = useScrolling(scrollRef);
  const [rest, setRest] = useState<readonly [number, number]>([start, end]);
  if (!scrolling && (rest[0] !== start || rest[1] !== end)) setRest([start, end]);
  return useCallback((r: number) => scrolling && (r < rest[0] || r >= rest[1]), [scrolling, rest]);
}
