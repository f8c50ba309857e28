import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
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
export const WINDOW_THRESHOLD = 60;
const OVERSCAN_PX = 240;

/** Where the scroll container was last seen: its scroll offset and visible height. */
interface Viewport {
  readonly top: number;
  readonly height: number;
}

/**
 * Windowing for a list of known item heights inside a scroll container (keep it simple: no
 * measuring, the caller's rows have fixed heights). Re-renders only when the visible range moves.
 * The viewport is read when the browser reports a scroll or a resize (layout is fresh then) and
 * remembered: when only the items change (an edit), the range is recomputed from it without
 * touching the DOM, since reading scrollTop right after a commit forces a synchronous layout of
 * the whole page.
 */
export function useWindow(
  scrollRef: RefObject<HTMLElement | null>,
  offsets: readonly number[],
  headerHeight = 0,
): ItemWindow {
  const count = offsets.length - 1;
  const windowed = count > WINDOW_THRESHOLD;
  const viewport = useRef<Viewport | undefined>(undefined);
  const compute = useCallback(
    (view: Viewport | undefined): [number, number] => {
      if (!windowed) return [0, count];
      const top = Math.max(0, (view?.top ?? 0) - headerHeight - OVERSCAN_PX);
      const bottom = (view?.top ?? 0) - headerHeight + (view?.height ?? 800) + OVERSCAN_PX;
      return [indexAt(offsets, top), Math.min(count, indexAt(offsets, bottom) + 1)];
    },
    [windowed, count, offsets, headerHeight],
  );
  const [range, setRange] = useState<[number, number]>(() => compute(undefined));

  // The latest compute, for the listeners (they are attached once).
  const latest = useRef(compute);
  const update = useCallback(() => {
    const [s, e] = latest.current(viewport.current);
    setRange((r) => (r[0] === s && r[1] === e ? r : [s, e]));
  }, []);

  // Items changed (e.g. an edit): recompute from the remembered viewport, no DOM read.
  useEffect(() => {
    latest.current = compute;
    update();
  }, [compute, update]);

  useEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const read = () => {
      viewport.current = { top: el.scrollTop, height: el.clientHeight };
      update();
    };
    read(); // on mount: one layout read
    // Listening also while not windowed keeps the viewport current for when the list grows.
    el.addEventListener('scroll', read, { passive: true });
    const resize = new ResizeObserver(read);
    resize.observe(el);
    return () => {
      el.removeEventListener('scroll', read);
      resize.disconnect();
    };
  }, [scrollRef, update]);

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
