import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';

export interface CellPos {
  readonly r: number;
  readonly c: number;
}

const PAGE = 10;

/**
 * One tab stop for the whole matrix (the ARIA grid pattern's roving tabindex): Tab enters at the
 * last active cell, arrows, Home/End and PageUp/PageDown move, so 2,000 rows are not 10,000 tab
 * stops. `reveal` brings a row into the (windowed) view before it is focused.
 */
export function useRovingCell(
  rows: number,
  cols: number,
  cellId: (p: CellPos) => string,
  reveal: (r: number) => void,
) {
  const [active, setActive] = useState<CellPos>({ r: 0, c: 0 });
  const wantsFocus = useRef(false);
  const r = Math.max(0, Math.min(active.r, rows - 1));
  const c = Math.max(0, Math.min(active.c, cols - 1));

  useEffect(() => {
    if (!wantsFocus.current) return;
    wantsFocus.current = false;
    document.getElementById(cellId(active))?.focus();
  }, [active, cellId]);

  const moveTo = useCallback(
    (next: CellPos) => {
      const target = {
        r: Math.max(0, Math.min(next.r, rows - 1)),
        c: Math.max(0, Math.min(next.c, cols - 1)),
      };
      reveal(target.r);
      wantsFocus.current = true;
      setActive(target);
    },
    [rows, cols, reveal],
  );

  const onKeyDown = useCallback(
    (e: KeyboardEvent) => {
      const moves: Record<string, CellPos | undefined> = {
        ArrowUp: { r: r - 1, c },
        ArrowDown: { r: r + 1, c },
        ArrowLeft: { r, c: c - 1 },
        ArrowRight: { r, c: c + 1 },
        PageUp: { r: r - PAGE, c },
        PageDown: { r: r + PAGE, c },
        Home: e.ctrlKey ? { r: 0, c: 0 } : { r, c: 0 },
        End: e.ctrlKey ? { r: rows - 1, c: cols - 1 } : { r, c: cols - 1 },
      };
      const next = moves[e.key];
      if (!next) return;
      e.preventDefault();
      moveTo(next);
    },
    [r, c, moveTo, rows, cols],
  );

  /** A cell got focus by click or Tab: make it the active one without moving focus again. */
  const onCellFocus = useCallback((p: CellPos) => {
    setActive((a) => (a.r === p.r && a.c === p.c ? a : p));
  }, []);

  return { active: { r, c }, onKeyDown, onCellFocus };
}
