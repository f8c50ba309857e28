import { useCallback, useId, useMemo, useRef, useState, type CSSProperties } from 'react';
import {
  findingIndexOf,
  gridPeopleOf,
  hiddenByCollapse,
  matrixOf,
  pathIdsOf,
  subpathCountsOf,
  treeRowsOf,
  useAppStore,
  useDerivedDesign,
  type TreeRow,
} from '../../state';
import { FindingLine } from '../common/FindingLine';
import { SideScrollHint } from '../common/SideScrollHint';
import { useSideScroll } from '../common/useSideScroll';
import { offsetsOf } from '../virtual/offsets';
import { SpacerRow } from '../virtual/SpacerRow';
import { useWindow } from '../virtual/useWindow';
import { gridItemsOf, itemHeight, PATH_ROW_HEIGHT } from './grid-items';
import { gridRowsOf, itemKey } from './grid-rows';
import { GridHeader } from './GridHeader';
import { isFiltering, NO_FILTER, pathShownBy, withCollapse, type PathFilter } from './path-filter';
import { PathFilterBar } from './PathFilterBar';
import { PathRow } from './PathRow';
import { useGridFocus } from './useGridFocus';
import { useRevealPaths } from './useRevealPaths';
import { useThemeSprites, type SpriteName } from '../sprites/useThemeSprites';
import { useLightRows } from '../virtual/useScrolling';

/** The sprites this table shows: its badges and its checkbox chips. */
const GRID_SPRITES: readonly SpriteName[] = ['gridBadges', 'chips'];

const HEADER_HEIGHT = 56;
const NO_TREE: readonly TreeRow[] = [];
const NONE_COLLAPSED: ReadonlySet<string> = new Set();

function toggled(set: ReadonlySet<string>, id: string): ReadonlySet<string> {
  const next = new Set(set);
  if (!next.delete(id)) next.add(id);
  return next;
}

/**
 * The editable grid: one row per path with its checkboxes, and each finding right under its path.
 * One tab stop, arrow keys inside (`useGridFocus`); paths with subpaths fold; paths added or
 * changed from outside the grid are scrolled to and marked (`useRevealPaths`).
 */
export function PathGrid() {
  useThemeSprites(GRID_SPRITES);
  const design = useAppStore((s) => s.design);
  const storageIndex = useAppStore((s) => s.storageIndex);
  const storage = design.storages[storageIndex];
  const people = gridPeopleOf(design, storageIndex);
  // The effect of each tick, in its row, in the same frame (the matrix is lazy: only the rows
  // rendered here are computed, and the matrix panel reuses them).
  const matrix = matrixOf(design, storageIndex);
  // Validation is the slow part of an edit: the checkboxes answer first, the findings follow.
  const findings = findingIndexOf(useDerivedDesign());
  const [filter, setFilter] = useState<PathFilter>(NO_FILTER);
  // Folded paths, by stable id (a fold stays with its path when paths move).
  const [collapsed, setCollapsed] = useState(NONE_COLLAPSED);
  const tree = matrix ? treeRowsOf(matrix.heads) : NO_TREE;
  const subpaths = subpathCountsOf(tree);
  // The items are made of the paths' ids and texts (the matrix heads), the findings and the
  // filter, not of the rules: ticking a checkbox keeps the very same list, and the offsets, the
  // keyboard rows and the reveal built on it (at 2,000 paths the list took 1.6 ms per tick).
  const pathIds = pathIdsOf(design, storageIndex);
  const heads = matrix?.heads;
  const hidden = useMemo(
    () =>
      collapsed.size === 0
        ? undefined
        : hiddenByCollapse(tree, (i) => collapsed.has(pathIds[i] ?? '')),
    [collapsed, pathIds, tree],
  );
  // Only a filter by person reads the matrix (who has access).
  const accessFilter = filter.person ? matrix : undefined;
  const items = useMemo(
    () =>
      gridItemsOf(
        storage,
        storageIndex,
        findings,
        withCollapse(pathShownBy(filter, storage, accessFilter), hidden),
      ),
    // `storage` is read for its paths' ids and texts only, which `pathIds` and `heads` stand for.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [pathIds, heads, storageIndex, findings, filter, accessFilter, hidden],
  );
  const offsets = useMemo(() => offsetsOf(items.map(itemHeight)), [items]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const win = useWindow(scrollRef, offsets, HEADER_HEIGHT);
  const side = useSideScroll(scrollRef);
  const count = storage?.paths.length ?? 0;
  const columns = people.length + 2;
  const helpId = useId();

  /** Scrolls the grid's own box (never the page) so item `at` shows below the sticky header. */
  const scrollToItem = useCallback(
    (at: number, align: 'nearest' | 'center') => {
      const box = scrollRef.current;
      const item = items[at];
      if (!box || !item) return;
      const row = box.querySelector(`tr[data-row="${itemKey(item)}"]`);
      const top = row
        ? row.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop
        : HEADER_HEIGHT + offsets[at]!;
      const height = offsets[at + 1]! - offsets[at]!;
      const shownFrom = box.scrollTop + HEADER_HEIGHT;
      if (top >= shownFrom && top + height <= box.scrollTop + box.clientHeight) return;
      const view = box.clientHeight - HEADER_HEIGHT;
      box.scrollTop =
        align === 'center'
          ? top - HEADER_HEIGHT - (view - height) / 2
          : top < shownFrom
            ? top - HEADER_HEIGHT
            : top + height - box.clientHeight;
    },
    [items, offsets],
  );

  const rows = useMemo(
    () => gridRowsOf(items, people.length, (i) => subpaths.has(i)),
    [items, people.length, subpaths],
  );
  const pageRows = useCallback(() => {
    const height = scrollRef.current?.clientHeight ?? 0;
    return Math.max(1, Math.floor((height - HEADER_HEIGHT) / PATH_ROW_HEIGHT) - 1);
  }, []);
  const reveal = useCallback((r: number) => scrollToItem(r, 'nearest'), [scrollToItem]);
  const focus = useGridFocus(bodyRef, rows, reveal, pageRows);
  // Rows mounted while the box scrolls are drawn light (their cells draw the chips and badges
  // themselves, the same pixels) and completed SETTLE_MS after the last scroll event: at 2,000
  // paths a scrolled frame mounts about ten rows of thirty chips (issue 11). Rows rendered at
  // rest stay complete, and so does a row the keyboard is moving to.
  const outsideRest = useLightRows(scrollRef, win.start, win.end);

  const toggleSubpaths = useCallback(
    (pathId: string) => setCollapsed((was) => toggled(was, pathId)),
    [setCollapsed],
  );
  const clearFilter = useCallback(() => setFilter(NO_FILTER), [setFilter]);
  const shown = useRevealPaths({
    design,
    storageIndex,
    items,
    heads: matrix?.heads,
    setCollapsed,
    scrollToItem,
    focusName: (at) => focus.focusCell(at, 1),
    filtering: isFiltering(filter),
    clearFilter,
  });

  const shownPaths = useMemo(() => items.filter((i) => i.kind === 'path').length, [items]);
  return (
    <>
      {count > 1 && (
        <PathFilterBar
          filter={filter}
          onChange={setFilter}
          people={matrix?.people ?? people}
          shown={shownPaths}
          total={count}
        />
      )}
      {/* With no row there is nothing to focus inside: the box itself takes focus so that it can
          be scrolled sideways from the keyboard (axe: scrollable-region-focusable). */}
      <div className="grid-scroll" ref={scrollRef} tabIndex={shownPaths === 0 ? 0 : undefined}>
        <table
          className={`design-grid${win.windowed ? ' windowed' : ''}${shownPaths === 0 ? ' no-rows' : ''}`}
          aria-label="Access rules"
          aria-describedby={helpId}
          style={{ '--people': people.length } as CSSProperties}
        >
          <GridHeader people={people} />
          <tbody
            ref={bodyRef}
            onKeyDown={focus.onKeyDown}
            onFocus={focus.onFocus}
            onBlur={focus.onBlur}
          >
            <SpacerRow height={win.before} columns={columns} />
            {items.slice(win.start, win.end).map((item, k) => {
              if (item.kind === 'finding')
                return (
                  <tr key={itemKey(item)} data-row={itemKey(item)} className="finding-row">
                    <td colSpan={columns}>
                      <FindingLine
                        finding={item.finding}
                        madeFor={findings.design}
                        showRule
                        clamp
                      />
                    </td>
                  </tr>
                );
              const entry = storage!.paths[item.pathIndex]!;
              const pathId = pathIds[item.pathIndex]!;
              return (
                <PathRow
                  key={itemKey(item)}
                  storageIndex={storageIndex}
                  pathIndex={item.pathIndex}
                  entry={entry}
                  people={people}
                  count={count}
                  hasErrors={item.errors}
                  effect={matrix?.row(item.pathIndex)}
                  subpaths={subpaths.get(item.pathIndex) ?? 0}
                  collapsed={collapsed.has(pathId)}
                  onToggleSubpaths={toggleSubpaths}
                  revealed={shown.marks.get(pathId)}
                  light={outsideRest(win.start + k) && itemKey(item) !== focus.waitingFor}
                />
              );
            })}
            <SpacerRow height={win.after} columns={columns} />
            {count > 0 && shownPaths === 0 && (
              <tr>
                <td colSpan={columns} className="empty">
                  No path matches the filter.
                </td>
              </tr>
            )}
            {count === 0 && (
              <tr>
                <td colSpan={columns} className="empty">
                  No paths yet. Add one above, or load a template.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <SideScrollHint side={side} what="people" />
      <p id={helpId} className="sr-only">
        One tab stop: arrow keys move between cells, Space ticks a box, Home and End go to the first
        and last cell of the row, Control+Home and Control+End to the first and last row, Page Up
        and Page Down move a page. On a path name, type, or press Enter or F2, to edit it; Enter
        saves and Escape cancels. A path with subpaths has a fold button before its name.
      </p>
      <p role="status" className="sr-only">
        {shown.announcement}
      </p>
    </>
  );
}
