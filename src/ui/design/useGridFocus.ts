import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { columnIn, nextCell, type GridShape } from '../common/grid-keys';

/** What can take focus in a row, in DOM order: a row's cells for the keyboard. */
const FOCUSABLE = 'input, button, select, textarea, a[href], [role="checkbox"]';

/** The grid's rows as the keyboard sees them. */
export interface GridRows {
  readonly count: number;
  /** The `data-row` key of row `r` (the grid's items, in order), and back. */
  key(r: number): string | undefined;
  indexOf(key: string): number | undefined;
  /** First and last column of a row (columns are its controls in DOM order, from `first`). */
  first(r: number): number;
  last(r: number): number;
}

/** The active cell: a row by its key (items shift when findings or filters change) and a column. */
interface Active {
  readonly key: string;
  readonly c: number;
}

const shapeOf = (rows: GridRows, page: number): GridShape => ({
  rows: rows.count,
  first: rows.first,
  last: rows.last,
  page,
});

const isTextBox = (el: HTMLElement): el is HTMLInputElement =>
  el instanceof HTMLInputElement && (el.type === 'text' || el.type === 'search');

/** A key that types into a text box (so a name is being edited, not navigated past). */
const types = (e: KeyboardEvent) =>
  !e.ctrlKey && !e.metaKey && !e.altKey && (e.key.length === 1 || e.key === 'Backspace');

/**
 * One tab stop for the rules grid, with arrow keys between its controls (`nextCell`). Rows render
 * every control with tabindex -1 and this hook moves the single tabindex 0 itself, so moving the
 * focus changes two attributes and re-renders nothing (2,000-path grids stay light). A move to a
 * row outside the rendered window asks `reveal` to scroll it in, then focuses it once rendered.
 *
 * The path name is a cell too: arrows pass over it; typing, Enter or F2 start editing it (then
 * arrows move the caret), and Enter (save) or Escape (cancel) go back to moving between cells.
 */
export function useGridFocus(
  tbody: React.RefObject<HTMLTableSectionElement | null>,
  rows: GridRows,
  reveal: (r: number) => void,
  pageRows: () => number,
) {
  const active = useRef<Active | undefined>(undefined);
  const tabStop = useRef<HTMLElement | null>(null);
  const pending = useRef(false);
  // The row a pending move waits for, as state: the grid renders it complete even while it
  // scrolls (a light row has no chips to focus).
  const [waitingFor, setWaitingFor] = useState<string | undefined>(undefined);
  const editing = useRef<HTMLElement | null>(null);

  const cellAt = (r: number, c: number): HTMLElement | undefined => {
    const row = tbody.current?.querySelector(`tr[data-row="${rows.key(r)}"]`);
    // A light row (mounted while the grid scrolls) is not there yet for the keyboard.
    if (!row || row.hasAttribute('data-light')) return undefined;
    const cells = row.querySelectorAll<HTMLElement>(FOCUSABLE);
    return cells[columnIn(shapeOf(rows, 1), r, c) - rows.first(r)] ?? cells[0];
  };

  const setTabStop = (el: HTMLElement) => {
    if (tabStop.current === el && el.tabIndex === 0) return;
    if (tabStop.current) tabStop.current.tabIndex = -1;
    el.tabIndex = 0;
    tabStop.current = el;
  };

  // After every render: controls rendered without a tabindex (a finding's fix) leave the tab
  // order; the tab stop is on the active cell, or on the first rendered row while the active row
  // is scrolled out; a move waiting for its row to render focuses it now.
  useEffect(() => {
    const body = tbody.current;
    if (!body) return;
    for (const el of body.querySelectorAll<HTMLElement>(`:is(${FOCUSABLE}):not([tabindex])`))
      el.tabIndex = -1;
    const at = active.current;
    const r = at ? rows.indexOf(at.key) : undefined;
    const target = r === undefined ? undefined : cellAt(r, at!.c);
    if (target && pending.current) {
      pending.current = false;
      setTabStop(target);
      target.focus();
    } else if (target) setTabStop(target);
    else if (!tabStop.current?.isConnected || !body.contains(tabStop.current)) {
      const first = body.querySelector('tr[data-row]');
      const key = first?.getAttribute('data-row');
      const index = key ? rows.indexOf(key) : undefined;
      const cell = index === undefined ? undefined : cellAt(index, 1);
      if (cell) setTabStop(cell);
      // The first Tab into the grid lands on the first row's path name.
      if (cell && !at && key) active.current = { key, c: 1 };
    }
  });

  const onFocus = (e: FocusEvent) => {
    const el = e.target as HTMLElement;
    const row = el.closest<HTMLElement>('tr[data-row]');
    const key = row?.dataset.row;
    const r = key === undefined ? undefined : rows.indexOf(key);
    if (!row || key === undefined || r === undefined) return;
    // Focus arrived (where a pending move wanted it, or anywhere else): nothing waits any more.
    setWaitingFor(undefined);
    const i = [...row.querySelectorAll(FOCUSABLE)].indexOf(el);
    if (i < 0) return;
    setTabStop(el);
    const c = i + rows.first(r);
    const at = active.current;
    const shape = shapeOf(rows, 1);
    // Landing where a move wanted keeps the wanted column (through a finding's one control).
    if (!at || at.key !== key || columnIn(shape, r, at.c) !== c) active.current = { key, c };
  };

  const onBlur = (e: FocusEvent) => {
    if (e.target === editing.current) editing.current = null;
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const el = e.target as HTMLElement;
    const key = el.closest<HTMLElement>('tr[data-row]')?.dataset.row;
    const r = key === undefined ? undefined : rows.indexOf(key);
    if (r === undefined) return;
    if (isTextBox(el)) {
      if (editing.current === el) {
        if (e.key === 'Enter' || e.key === 'Escape') editing.current = null;
        return;
      }
      if (e.key === 'Enter' || e.key === 'F2' || types(e)) {
        editing.current = el;
        el.setSelectionRange(el.value.length, el.value.length);
        if (e.key === 'F2') e.preventDefault();
        return;
      }
    }
    const shape = shapeOf(rows, pageRows());
    const row = el.closest('tr')!;
    const here = [...row.querySelectorAll(FOCUSABLE)].indexOf(el) + rows.first(r);
    const at = active.current;
    // Moving on from where a move wanted to go (a wider column than this row has) keeps it.
    const from = at && at.key === key && columnIn(shape, r, at.c) === here ? at.c : here;
    const next = nextCell(e.key, e.ctrlKey || e.metaKey, { r, c: from }, shape);
    if (!next) return;
    e.preventDefault();
    active.current = { key: rows.key(next.r) ?? key!, c: next.c };
    const target = cellAt(next.r, next.c);
    if (target) {
      setTabStop(target);
      target.focus();
    } else {
      pending.current = true;
      setWaitingFor(active.current.key);
      reveal(next.r);
    }
  };

  /** Focus a row's cell (e.g. the path name of a path shown from Problems), rendered or not. */
  const focusCell = (r: number, c: number) => {
    const key = rows.key(r);
    if (key === undefined) return;
    active.current = { key, c };
    const target = cellAt(r, c);
    if (target) {
      setTabStop(target);
      target.focus();
    } else {
      pending.current = true;
      setWaitingFor(key);
    }
  };

  return { onKeyDown, onFocus, onBlur, focusCell, waitingFor };
}
