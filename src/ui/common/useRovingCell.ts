import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { columnIn, nextCell, type CellPos, type GridShape } from './grid-keys';

export type { CellPos } from './grid-keys';

const PAGE = 10;
const ALWAYS_ZERO = () => 0;

/**
 * One tab stop for a whole table of React-rendered cells (the ARIA grid pattern's roving
 * tabindex): Tab enters at the last active cell, arrows, Home/End and PageUp/PageDown move
 * (`nextCell`), so 2,000 rows are not 10,000 tab stops. `reveal` brings a row into the (windowed)
 * view before it is focused. `firstCol(r)` is the row's first column (-1 where a row has a control
 * before its first cell, e.g. a collapse toggle).
 */
export function useRovingCell(
  rows: number,
  cols: number,
  cellId: (p: CellPos) => string,
  reveal: (r: number) => void,
  firstCol: (r: number) => number = ALWAYS_ZERO,
) {
  const [active, setActive] = useState<CellPos>({ r: 0, c: 0 });
  const wantsFocus = useRef(false);
  const shape = useMemo(
    (): GridShape => ({ rows, first: firstCol, last: () => cols - 1, page: PAGE }),
    [rows, cols, firstCol],
  );
  const r = Math.max(0, Math.min(active.r, rows - 1));
  const colIn = useCallback((row: number) => columnIn(shape, row, active.c), [shape, active.c]);

  useEffect(() => {
    if (!wantsFocus.current) return;
    wantsFocus.current = false;
    document
      .getElementById(cellId({ r: active.r, c: columnIn(shape, active.r, active.c) }))
      ?.focus();
  }, [active, cellId, shape]);

  const onKeyDown = useCallback(
    (e: KeyboardEvent) => {
      const next = nextCell(e.key, e.ctrlKey || e.metaKey, { r, c: active.c }, shape);
      if (!next) return;
      e.preventDefault();
      reveal(next.r);
      wantsFocus.current = true;
      setActive(next);
    },
    [r, active.c, shape, reveal],
  );

  /** A cell got focus by click or Tab: make it the active one without moving focus again. */
  const onCellFocus = useCallback((p: CellPos) => {
    setActive((a) => (a.r === p.r && a.c === p.c ? a : p));
  }, []);

  return { active: { r, c: colIn(r) }, colIn, onKeyDown, onCellFocus };
}
