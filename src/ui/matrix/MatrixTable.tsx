import { useTable } from '@tanstack/react-table';
import { useCallback, useId, useMemo, useRef, useState, type CSSProperties } from 'react';
import { personLabel, testsFromCell, type LazyAccessMatrix, type Person } from '../../core';
import {
  hiddenByCollapse,
  subpathCountsOf,
  treeRowsOf,
  useAppStoreApi,
  type TreeRow,
} from '../../state';
import { SideScrollHint } from '../common/SideScrollHint';
import { useSideScroll } from '../common/useSideScroll';
import { SpacerRow } from '../virtual/SpacerRow';
import { useWindow } from '../virtual/useWindow';
import { CellDescriptions } from './CellDescriptions';
import { CellTooltip } from './CellTooltip';
import { matrixColumns, matrixFeatures } from './columns';
import { MatrixHead } from './MatrixHead';
import { MatrixRowView } from './MatrixRowView';
import { useCellTooltip } from './useCellTooltip';
import { useThemeSprites, type SpriteName } from '../sprites/useThemeSprites';
import { useLightRows } from '../virtual/useScrolling';
import { useRovingCell, type CellPos } from '../common/useRovingCell';

/** The sprites this table shows: its badges. */
const MATRIX_SPRITES: readonly SpriteName[] = ['matrixBadges'];

export const MATRIX_ROW_HEIGHT = 30;
const NONE_COLLAPSED: ReadonlySet<string> = new Set();
const HEADER_HEIGHT = 34;

/**
 * The effective access matrix: rows are paths as a tree, columns are people, each cell the
 * actions IAM allows. TanStack Table supplies the row and column models; rows are windowed at a
 * fixed height when there are many, and the whole table is one tab stop (arrow keys inside).
 * The matrix is lazy: only the rows rendered (the window, and the descriptions of those rows)
 * are ever computed, so an edit at 2,000 paths costs one screen of IAM decisions.
 */
export function MatrixTable({ matrix }: { matrix: LazyAccessMatrix }) {
  // Row heads change only when paths do: ticking a checkbox keeps the tree and the row model.
  useThemeSprites(MATRIX_SPRITES);
  const tree = treeRowsOf(matrix.heads);
  const subpaths = subpathCountsOf(tree);
  // Folded paths, by path text (the matrix has no edits to follow a path through).
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(NONE_COLLAPSED);
  const rows = useMemo(() => {
    if (collapsed.size === 0) return tree;
    const hidden = hiddenByCollapse(tree, (i) => collapsed.has(matrix.heads[i]!.path));
    return tree.filter((t) => !hidden.has(t.row.pathIndex));
  }, [tree, collapsed, matrix.heads]);
  const toggle = useCallback(
    (path: string) =>
      setCollapsed((was) => {
        const next = new Set(was);
        if (!next.delete(path)) next.add(path);
        return next;
      }),
    [setCollapsed],
  );
  const peopleKey = matrix.people.join('\n');
  const people = useMemo(() => peopleKey.split('\n') as Person[], [peopleKey]);
  const columns = useMemo(() => matrixColumns(people), [people]);
  const table = useTable({
    features: matrixFeatures,
    columns,
    data: rows as TreeRow[],
    getRowId: (t) => String(t.row.pathIndex),
  });
  const tableRows = table.getRowModel().rows;

  const scrollRef = useRef<HTMLDivElement>(null);
  const offsets = useMemo(
    () => Array.from({ length: tableRows.length + 1 }, (_, i) => i * MATRIX_ROW_HEIGHT),
    [tableRows.length],
  );
  const win = useWindow(scrollRef, offsets, HEADER_HEIGHT);
  const side = useSideScroll(scrollRef);

  const base = useId();
  const cellId = useCallback((p: CellPos) => `${base}c${p.r}-${p.c}`, [base]);
  const descId = useCallback((p: CellPos) => `${base}d${p.r}-${p.c}`, [base]);
  const reveal = useCallback((r: number) => {
    const el = scrollRef.current;
    if (!el) return;
    const header = el.querySelector('thead')?.offsetHeight ?? HEADER_HEIGHT;
    const top = header + r * MATRIX_ROW_HEIGHT;
    if (top - header < el.scrollTop) el.scrollTop = top - header;
    else if (top + MATRIX_ROW_HEIGHT > el.scrollTop + el.clientHeight)
      el.scrollTop = top + MATRIX_ROW_HEIGHT - el.clientHeight;
  }, []);
  // A row with subpaths has its fold button as column -1, before the first person.
  const firstCol = useCallback(
    (r: number) => (subpaths.has(rows[r]?.row.pathIndex ?? -1) ? -1 : 0),
    [rows, subpaths],
  );
  const roving = useRovingCell(tableRows.length, people.length, cellId, reveal, firstCol);
  const tooltip = useCellTooltip(rows, matrix, people);
  // The tab stop must be rendered: when the active row is scrolled out of the window, the first
  // rendered row holds it until a cell gets focus again.
  const tabRow =
    roving.active.r >= win.start && roving.active.r < win.end ? roving.active.r : win.start;
  // Rows mounted while the box scrolls are drawn light (only what shows: no words or
  // descriptions for assistive technology) and completed once it settles: at 2,000 paths each
  // frame of a fast scroll mounts about 13 rows that are gone a frame or two later. The rows
  // rendered at rest stay complete, and so does the active row (where focus is or was last).
  const outsideRest = useLightRows(scrollRef, win.start, win.end);
  const light = useCallback(
    (r: number) => outsideRest(r) && r !== roving.active.r,
    [outsideRest, roving.active.r],
  );
  const groupNoteId = `${base}group-note`;
  const store = useAppStoreApi();
  const [pinned, setPinned] = useState('');
  // `Expect this`: the cell's answer as it is now, added to the Tests panel (one undoable edit).
  const expectCell = useCallback(
    (pos: CellPos) => {
      const tree = rows[pos.r];
      const person = people[pos.c];
      if (!tree || !person) return;
      const { design, storageIndex, edit } = store.getState();
      const tests = testsFromCell(design, storageIndex, matrix.row(tree.row.pathIndex), person);
      if (tests.length > 0) edit({ type: 'addTests', tests });
      setPinned(
        tests.length > 0
          ? `Added ${tests.length} ${tests.length === 1 ? 'test' : 'tests'} expecting ${personLabel(person)} on ${tree.row.path} as it is now.`
          : `Nothing to expect on this cell: ${tree.row.path} ${tree.row.path.endsWith('*') ? 'has no cell for this person' : 'does not end with *'}.`,
      );
    },
    [rows, people, matrix, store],
  );

  return (
    <>
      {/* No row, no cell to focus: the box takes focus so it scrolls from the keyboard too. */}
      <div
        className="matrix-scroll"
        ref={scrollRef}
        tabIndex={tableRows.length === 0 ? 0 : undefined}
      >
        <table
          className={side.left || side.right ? 'matrix sideways' : 'matrix'}
          aria-label="Effective access"
          aria-rowcount={tableRows.length + 1}
          style={{ '--people': people.length } as CSSProperties}
        >
          <MatrixHead
            headers={table.getHeaderGroups()[0]!.headers}
            people={people}
            groupNoteId={groupNoteId}
          />
          <tbody
            onKeyDown={(e) => {
              const pos = personCell(positionOf(e.target));
              if (e.key === 'Escape') tooltip.hide();
              else if (
                (e.key === 'e' || e.key === 'E') &&
                pos &&
                !e.ctrlKey &&
                !e.metaKey &&
                !e.altKey
              ) {
                e.preventDefault();
                expectCell(pos);
              } else roving.onKeyDown(e);
            }}
            onFocus={(e) => {
              const pos = positionOf(e.target);
              if (!pos) return;
              roving.onCellFocus(pos);
              if (personCell(pos)) tooltip.show(pos, e.target as HTMLElement, 'focus');
            }}
            onBlur={() => tooltip.hide()}
            onPointerOver={(e) => {
              const target = (e.target as HTMLElement).closest('td');
              const pos = target && positionOf(target);
              if (pos && target) tooltip.show(pos, target, 'hover');
              else tooltip.leave();
            }}
            onPointerLeave={() => tooltip.leave()}
          >
            <SpacerRow height={win.before} columns={people.length + 1} />
            {tableRows.slice(win.start, win.end).map((row, i) => {
              const r = win.start + i;
              const pathIndex = row.original.row.pathIndex;
              return (
                <MatrixRowView
                  key={row.id}
                  row={row}
                  matrix={matrix}
                  r={r}
                  activeCol={r === tabRow ? roving.colIn(r) : null}
                  cellId={cellId}
                  descId={descId}
                  subpaths={subpaths.get(pathIndex) ?? 0}
                  collapsed={collapsed.has(row.original.row.path)}
                  onToggle={toggle}
                  light={light(r)}
                />
              );
            })}
            <SpacerRow height={win.after} columns={people.length + 1} />
            {tableRows.length === 0 && (
              <tr>
                <td colSpan={people.length + 1} className="empty">
                  No paths: nobody can access anything in this storage.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <SideScrollHint side={side} what="people" />
      <p role="status" className="sr-only">
        {pinned}
      </p>
      <CellDescriptions
        rows={rows}
        matrix={matrix}
        start={win.start}
        end={win.end}
        people={people}
        descId={descId}
        groupNoteId={groupNoteId}
        light={light}
      />
      {tooltip.target && (
        <CellTooltip
          target={tooltip.target}
          onPointerEnter={tooltip.keep}
          onPointerLeave={tooltip.leave}
          onExpect={() => expectCell(tooltip.target!.pos)}
        />
      )}
    </>
  );
}

/** A person's cell (not a row's fold button, column -1): what tooltips and `Expect this` are for. */
const personCell = (pos: CellPos | undefined) => (pos && pos.c >= 0 ? pos : undefined);

/**
 * Where a focused or hovered element sits: a row's fold button says so itself (`data-r`,
 * `data-c` -1); a person's cell by its row's `data-r` and its place after the path cell (two
 * attributes per row instead of twelve: rows mount by the dozen while the matrix scrolls).
 */
function positionOf(el: EventTarget): CellPos | undefined {
  const { r, c } = (el as HTMLElement).dataset ?? {};
  if (r !== undefined && c !== undefined) return { r: Number(r), c: Number(c) };
  if (!(el instanceof HTMLTableCellElement) || el.tagName !== 'TD') return undefined;
  const row = el.parentElement?.dataset.r;
  return row === undefined ? undefined : { r: Number(row), c: el.cellIndex - 1 };
}
