import { useEffect, useState, type RefObject } from 'react';

/**
 * Whether the element is on the screen or within `margin` of it (IntersectionObserver: no layout
 * read of ours). Off screen, a panel can skip work nobody would see.
 */
export function useNearViewport(ref: RefObject<Element | null>, margin = '200px'): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new IntersectionObserver(
      (entries) => setNear(entries[entries.length - 1]!.isIntersecting),
      { rootMargin: margin },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, margin]);
  return near;
}
