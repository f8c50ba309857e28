import { useCallback, useEffect, useState, type RefObject } from 'react';
import { indexAt } from './offsets';

export interface ItemWindow {
  /** First and one-past-last rendered item. */
  readonly start: number;
  readonly end: number;
  /** Space to leave above and below the rendered items, in pixels. */
  readonly before: number;
  readonly after: number;
  readonly windowed: boolean;
}

/** Below this many items everything is rendered: windowing only pays off for long lists. */
export const WINDOW_THRESHOLD = 120;
const OVERSCAN_PX = 480;

/**
 * Windowing for a list of known item heights inside a scroll container (keep it simple: no
 * measuring, the caller's rows have fixed heights). Re-renders only when the visible range moves.
 */
export function useWindow(
  scrollRef: RefObject<HTMLElement | null>,
  offsets: readonly number[],
  headerHeight = 0,
): ItemWindow {
  const count = offsets.length - 1;
  const windowed = count > WINDOW_THRESHOLD;
  const compute = useCallback(
    (el: HTMLElement | null): [number, number] => {
      if (!windowed) return [0, count];
      const top = Math.max(0, (el?.scrollTop ?? 0) - headerHeight - OVERSCAN_PX);
      const bottom = (el?.scrollTop ?? 0) - headerHeight + (el?.clientHeight ?? 800) + OVERSCAN_PX;
      return [indexAt(offsets, top), Math.min(count, indexAt(offsets, bottom) + 1)];
    },
    [windowed, count, offsets, headerHeight],
  );
  const [range, setRange] = useState<[number, number]>(() => compute(null));

  useEffect(() => {
    const el = scrollRef.current;
    const update = () => {
      const [s, e] = compute(el);
      setRange((r) => (r[0] === s && r[1] === e ? r : [s, e]));
    };
    update();
    if (!el || !windowed) return;
    el.addEventListener('scroll', update, { passive: true });
    const resize = new ResizeObserver(update);
    resize.observe(el);
    return () => {
      el.removeEventListener('scroll', update);
      resize.disconnect();
    };
  }, [scrollRef, compute, windowed]);

  // The range from the last scroll may be stale after the list shrank: clamp at render time.
  const start = Math.min(range[0], count);
  const end = windowed ? Math.min(Math.max(range[1], start), count) : count;
  return {
    start: windowed ? start : 0,
    end,
    before: windowed ? offsets[start]! : 0,
    after: windowed ? offsets[count]! - offsets[end]! : 0,
    windowed,
  };
}
