import { useEffect, useRef, useState } from 'react';

const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;

/**
 * Files dropped anywhere on the page go to `onFile` (the first one). The browser's own drop
 * (opening the file in place of the app) is prevented. Returns whether files are being dragged over.
 */
export function useFileDrop(onFile: (file: File) => void): boolean {
  const [dragging, setDragging] = useState(false);
  const latest = useRef(onFile);
  useEffect(() => {
    latest.current = onFile;
  });
  useEffect(() => {
    let depth = 0;
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      const file = e.dataTransfer?.files[0];
      depth = 0;
      setDragging(false);
      if (!file || e.defaultPrevented) return; // Taken by an editor that reads drops itself.
      e.preventDefault();
      latest.current(file);
    };
    const events = [
      ['dragover', over],
      ['dragenter', enter],
      ['dragleave', leave],
      ['drop', drop],
    ] as const;
    for (const [type, fn] of events) window.addEventListener(type, fn);
    return () => {
      for (const [type, fn] of events) window.removeEventListener(type, fn);
    };
  }, []);
  return dragging;
}
