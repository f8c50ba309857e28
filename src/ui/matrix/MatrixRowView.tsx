import type { Row } from '@tanstack/react-table';
import { FlexRender } from '@tanstack/react-table';
import { memo } from 'react';
import type { LazyAccessMatrix } from '../../core';
import type { TreeRow } from '../../state';
import { cellInfo } from './cell-info';
import type { matrixFeatures } from './columns';
import { PATH_COLUMN, personOfColumn } from './columns';

interface MatrixRowViewProps {
  row: Row<typeof matrixFeatures, TreeRow>;
  matrix: LazyAccessMatrix;
  /** Display index (0-based) among all rows, for aria-rowindex and cell ids. */
  r: number;
  /** Column (0-based, persons only) that holds the tab stop in this row, or -1. */
  activeCol: number;
  cellId: (p: { r: number; c: number }) => string;
  descId: (p: { r: number; c: number }) => string;
}

/**
 * One path's effective access. Cell text is exactly the allowed actions (or `none`); actions a
 * subpath takes away are drawn struck through from `data-overridden` by CSS, with empty alt text,
 * so they change neither the text nor the accessible name; the description says it in words.
 * Memoized: scrolling re-renders only the rows that come into view.
 */
export const MatrixRowView = memo(function MatrixRowView({
  row,
  matrix,
  r,
  activeCol,
  cellId,
  descId,
}: MatrixRowViewProps) {
  const cells = row.getAllCells();
  const computed = matrix.row(row.original.row.pathIndex);
  return (
    <tr aria-rowindex={r + 2} data-depth={row.original.depth}>
      {cells.map((cell, index) => {
        if (cell.column.id === PATH_COLUMN) {
          return (
            <th key={cell.id} scope="row" className="matrix-path">
              <FlexRender cell={cell} />
            </th>
          );
        }
        const c = index - 1;
        const info = cellInfo(computed, personOfColumn(cell.column.id));
        const overridden = info.cell?.overridden ?? [];
        const level = info.cell?.allowed.length ?? 0;
        return (
          <td
            key={cell.id}
            id={cellId({ r, c })}
            className={`matrix-cell level-${level}${info.noFolder ? ' no-folder' : ''}${overridden.length ? ' overridden' : ''}`}
            tabIndex={c === activeCol ? 0 : -1}
            data-r={r}
            data-c={c}
            data-overridden={overridden.length ? overridden.join(' ') : undefined}
            aria-describedby={descId({ r, c })}
          >
            {info.text}
          </td>
        );
      })}
    </tr>
  );
});
