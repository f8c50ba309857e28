import type { Row } from '@tanstack/react-table';
import { memo, type CSSProperties } from 'react';
import type { AccessAction, LazyAccessMatrix } from '../../core';
import type { TreeRow } from '../../state';
import { FoldButton } from '../common/FoldButton';
import { AccessBadges } from './AccessBadges';
import { badgeAt } from '../sprites/badge-sprite';
import { cellInfo } from './cell-info';
import type { matrixFeatures } from './columns';
import { PATH_COLUMN, personOfColumn } from './columns';
import { PathLabel } from './PathLabel';

interface MatrixRowViewProps {
  row: Row<typeof matrixFeatures, TreeRow>;
  matrix: LazyAccessMatrix;
  /** Display index (0-based) among all rows, for aria-rowindex and cell ids. */
  r: number;
  /** Column (0-based persons, -1 the fold button) that holds the tab stop in this row, or null. */
  activeCol: number | null;
  cellId: (p: { r: number; c: number }) => string;
  descId: (p: { r: number; c: number }) => string;
  /** How many paths sit under this one (0: no fold button). */
  subpaths: number;
  collapsed: boolean;
  onToggle: (path: string) => void;
  /**
   * Mounted while the matrix scrolls: drawn with only what shows (no cell words, descriptions,
   * path text, names, row index, cell ids or path title), completed when scrolling settles. Looks
   * the same; the row holding the tab stop is never light, so focus always finds its cell.
   */
  light: boolean;
}

/**
 * One path's effective access, drawn as G L W D badges. The cell's text is exactly the allowed
 * actions (or `none`, visually hidden: the badges show it); when a subpath takes actions away
 * from its parent, the accessible name says so too, and the description gives the reasons.
 * Memoized: scrolling re-renders only the rows that come into view, and an edit only the rows
 * whose cells show something else (see `showsTheSame`).
 */
export const MatrixRowView = memo(function MatrixRowView({
  row,
  matrix,
  r,
  activeCol,
  cellId,
  descId,
  subpaths,
  collapsed,
  onToggle,
  light,
}: MatrixRowViewProps) {
  const cells = row.getAllCells();
  const computed = matrix.row(row.original.row.pathIndex);
  return (
    <tr aria-rowindex={light ? undefined : r + 2} data-r={r}>
      {cells.map((cell, index) => {
        if (cell.column.id === PATH_COLUMN) {
          return (
            <th
              key={cell.id}
              scope="row"
              className="matrix-path"
              aria-label={subpaths > 0 && !light ? row.original.row.path : undefined}
            >
              {subpaths > 0 && (
                <FoldButton
                  id={light ? undefined : cellId({ r, c: -1 })}
                  r={r}
                  path={row.original.row.path}
                  subpaths={subpaths}
                  collapsed={collapsed}
                  tabIndex={activeCol === -1 ? 0 : -1}
                  onClick={() => onToggle(row.original.row.path)}
                />
              )}
              <PathLabel tree={row.original} light={light} />
            </th>
          );
        }
        const c = index - 1;
        const info = cellInfo(computed, personOfColumn(cell.column.id));
        if (light)
          // The badge drawn by the cell itself (::before, the box AccessBadges makes): no
          // element inside a light cell until its row is completed.
          return (
            <td
              key={cell.id}
              className={info.noFolder ? 'matrix-cell light no-folder' : 'matrix-cell light'}
              tabIndex={c === activeCol ? 0 : -1}
              style={
                info.noFolder
                  ? undefined
                  : ({
                      '--at': badgeAt(info.cell?.allowed ?? [], info.cell?.overridden ?? []),
                    } as CSSProperties)
              }
            />
          );
        const taken = (info.cell?.overridden ?? []).join(' ');
        return (
          <td
            key={cell.id}
            id={cellId({ r, c })}
            className="matrix-cell"
            tabIndex={c === activeCol ? 0 : -1}
            aria-label={taken ? `${info.text}; taken away by this subpath: ${taken}` : undefined}
            aria-describedby={descId({ r, c })}
          >
            <AccessBadges
              allowed={info.cell?.allowed.join(' ') ?? ''}
              taken={taken}
              noFolder={info.noFolder}
              words={info.text}
            />
          </td>
        );
      })}
    </tr>
  );
}, showsTheSame);

const sameActions = (a: readonly AccessAction[], b: readonly AccessAction[]) =>
  a.length === b.length && a.every((action, i) => action === b[i]);

/**
 * Every edit makes a new lazy matrix, but most rows then show the very same cells: the row draws
 * only each cell's allowed and taken-away actions (and the owner's dash, which depends on the
 * path), so when those are equal for every person the row keeps its DOM and skips rendering (an
 * edit at 500 paths re-rendered all ~22 rows of the window, about 1.8 ms). Both rows are
 * computed anyway: the old one when it was shown, the new one for the cells' descriptions.
 */
function showsTheSame(prev: MatrixRowViewProps, next: MatrixRowViewProps): boolean {
  for (const key of Object.keys(next) as (keyof MatrixRowViewProps)[])
    if (key !== 'matrix' && prev[key] !== next[key]) return false;
  if (prev.matrix === next.matrix) return true;
  if (prev.matrix.people !== next.matrix.people) return false;
  const pathIndex = next.row.original.row.pathIndex;
  const before = prev.matrix.row(pathIndex);
  const after = next.matrix.row(pathIndex);
  if (before.path !== after.path) return false;
  return next.matrix.people.every((person) => {
    const a = before.cells[person];
    const b = after.cells[person];
    if (!a || !b) return a === b;
    return sameActions(a.allowed, b.allowed) && sameActions(a.overridden, b.overridden);
  });
}
