import { useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { pathIndexOf } from '../../core';
import { findingIndexOf, gridPeopleOf, matrixOf, useAppStore, useDerivedDesign } from '../../state';
import { FindingLine } from '../common/FindingLine';
import { SideScrollHint } from '../common/SideScrollHint';
import { useSideScroll } from '../common/useSideScroll';
import { offsetsOf } from '../virtual/offsets';
import { SpacerRow } from '../virtual/SpacerRow';
import { useWindow } from '../virtual/useWindow';
import { gridItemsOf, itemHeight } from './grid-items';
import { GridHeader } from './GridHeader';
import { NO_FILTER, pathShownBy, type PathFilter } from './path-filter';
import { PathFilterBar } from './PathFilterBar';
import { PathRow } from './PathRow';
import { onRevealPath, pathInputId } from './reveal';

const HEADER_HEIGHT = 56;

/** The editable grid: one row per path with its checkboxes, and each finding right under its path. */
export function PathGrid() {
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
  const items = useMemo(
    () => gridItemsOf(storage, storageIndex, findings, pathShownBy(filter, storage, matrix)),
    [storage, storageIndex, findings, filter, matrix],
  );
  const offsets = useMemo(() => offsetsOf(items.map(itemHeight)), [items]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const win = useWindow(scrollRef, offsets, HEADER_HEIGHT);
  const side = useSideScroll(scrollRef);
  const count = storage?.paths.length ?? 0;
  const columns = people.length + 2;

  useEffect(
    () =>
      onRevealPath((s, pathId) => {
        if (s !== storageIndex || !storage) return;
        const p = pathIndexOf(storage.paths, pathId);
        const at = items.findIndex((i) => i.kind === 'path' && i.pathIndex === p);
        if (at < 0) return;
        const el = scrollRef.current;
        if (el && win.windowed) el.scrollTop = offsets[at]!;
        requestAnimationFrame(() =>
          requestAnimationFrame(() => document.getElementById(pathInputId(s, p))?.focus()),
        );
      }),
    [items, offsets, storage, storageIndex, win.windowed],
  );

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
          style={{ '--people': people.length } as CSSProperties}
        >
          <GridHeader people={people} />
          <tbody>
            <SpacerRow height={win.before} columns={columns} />
            {items.slice(win.start, win.end).map((item) =>
              item.kind === 'path' ? (
                <PathRow
                  key={`p${item.pathIndex}`}
                  storageIndex={storageIndex}
                  pathIndex={item.pathIndex}
                  entry={storage!.paths[item.pathIndex]!}
                  people={people}
                  count={count}
                  hasErrors={item.errors}
                  effect={matrix?.row(item.pathIndex)}
                />
              ) : (
                <tr key={`f${item.pathIndex}-${item.n}`} className="finding-row">
                  <td colSpan={columns}>
                    <FindingLine finding={item.finding} madeFor={findings.design} showRule clamp />
                  </td>
                </tr>
              ),
            )}
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
    </>
  );
}
