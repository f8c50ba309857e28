import { useEffect, useState, type RefObject } from 'react';

/** Whether a scroll box hides content to its left or right. */
export interface SideScroll {
  readonly left: boolean;
  readonly right: boolean;
}

const NONE: SideScroll = { left: false, right: false };

/**
 * Watches a box that scrolls sideways (a wide grid in its panel) so the panel can say that more
 * is to the side. Reads the box only when the browser reports a resize or a scroll (layout is
 * fresh then), and re-renders only when the answer changes.
 */
export function useSideScroll(ref: RefObject<HTMLElement | null>): SideScroll {
  const [state, setState] = useState<SideScroll>(NONE);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const read = () => {
      const left = el.scrollLeft > 1;
      const right = el.scrollLeft + el.clientWidth < el.scrollWidth - 1;
      setState((s) => (s.left === left && s.right === right ? s : { left, right }));
    };
    read();
    el.addEventListener('scroll', read, { passive: true });
    const resize = new ResizeObserver(read);
    resize.observe(el);
    if (el.firstElementChild) resize.observe(el.firstElementChild);
    return () => {
      el.removeEventListener('scroll', read);
      resize.disconnect();
    };
  }, [ref]);
  return state;
}
