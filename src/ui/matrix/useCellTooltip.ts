import { useCallback, useEffect, useRef, useState } from 'react';
import type { LazyAccessMatrix, Person } from '../../core';
import type { TreeRow } from '../../state';
import { cellInfo } from './cell-info';
import type { TooltipTarget } from './CellTooltip';
import type { CellPos } from '../common/grid-keys';

const HOVER_DELAY = 250;
const LEAVE_DELAY = 150;

/**
 * When to show a cell's reasons: at once on focus, after a short pause on hover (so sweeping the
 * pointer across the table stays calm); it stays while the pointer is over it and Escape hides it.
 */
export function useCellTooltip(
  rows: readonly TreeRow[],
  matrix: LazyAccessMatrix,
  people: readonly Person[],
) {
  const [shown, setTarget] = useState<(TooltipTarget & { matrix: LazyAccessMatrix }) | undefined>();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const clear = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = undefined;
  };
  useEffect(() => clear, []);

  const show = useCallback(
    (pos: CellPos, el: HTMLElement, via: 'focus' | 'hover') => {
      const tree = rows[pos.r];
      const person = people[pos.c];
      if (!tree || !person) return;
      const open = () =>
        setTarget({
          matrix,
          pos,
          tree,
          person,
          info: cellInfo(matrix.row(tree.row.pathIndex), person),
          rect: el.getBoundingClientRect(),
        });
      clear();
      if (via === 'focus') open();
      else timer.current = setTimeout(open, HOVER_DELAY);
    },
    [rows, matrix, people],
  );
  const hide = useCallback(() => {
    clear();
    setTarget(undefined);
  }, []);
  const leave = useCallback(() => {
    clear();
    timer.current = setTimeout(() => setTarget(undefined), LEAVE_DELAY);
  }, []);
  const keep = useCallback(() => clear(), []);

  // Escape dismisses a hover tooltip wherever focus is (WCAG 1.4.13).
  const open = shown !== undefined;
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && hide();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open, hide]);

  // The design changed under an open tooltip: its reasons are stale, so it closes. (The rows may
  // be the same objects after an edit of rules; the matrix never is.)
  const target = shown && shown.matrix === matrix ? shown : undefined;
  return { target, show, hide, leave, keep };
}
