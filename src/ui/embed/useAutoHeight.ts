import { useEffect } from 'react';

/** The message an embedding page can listen for to size its iframe to the content. */
export const RESIZE_MESSAGE = 'access-matrix:height';

/**
 * Tells the embedding page how tall the content is, whenever that changes:
 * `{ type: 'access-matrix:height', height }` by postMessage (the README has the listener).
 * Only a number is sent, so any origin may receive it.
 */
export function useAutoHeight(): void {
  useEffect(() => {
    if (window.parent === window) return;
    let last = 0;
    const post = () => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      window.parent.postMessage({ type: RESIZE_MESSAGE, height }, '*');
    };
    const observer = new ResizeObserver(post);
    observer.observe(document.documentElement);
    post();
    return () => observer.disconnect();
  }, []);
}
