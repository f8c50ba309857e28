import { memo } from 'react';
import { pathIdOf, type MatrixRow, type PathEntry, type Person } from '../../core';
import { grantsOf, sameCells } from '../../state';
import { CommitInput } from '../common/CommitInput';
import { FoldButton } from '../common/FoldButton';
import { cellInfo } from '../matrix/cell-info';
import { GrantCell } from './GrantCell';
import { useGridEdit } from './grid-edit';
import { PathRowActions } from './PathRowActions';
import { pathInputId } from './reveal';
import type { RevealMark } from './useRevealPaths';

interface PathRowProps {
  storageIndex: number;
  pathIndex: number;
  entry: PathEntry;
  people: readonly Person[];
  count: number;
  hasErrors: boolean;
  /** The path's effective access (the matrix row), shown under the checkboxes. */
  effect: MatrixRow | undefined;
  /** How many paths sit under this one (0: no fold button). */
  subpaths: number;
  collapsed: boolean;
  onToggleSubpaths: (pathId: string) => void;
  /** Marked for a moment after an edit from outside the grid added or changed it. */
  revealed: RevealMark | undefined;
  /** Mounted while the grid scrolls: its cells draw their chips themselves (`GrantCell`). */
  light: boolean;
}

/**
 * A path: its name (renamed in place), a checkbox cell per person, and reorder/remove buttons;
 * before the name, a fold button when other paths sit under it. Every control has tabindex -1:
 * the grid moves its one tab stop itself (`useGridFocus`).
 */
export const PathRow = memo(function PathRow({
  storageIndex,
  pathIndex,
  entry,
  people,
  count,
  hasErrors,
  effect,
  subpaths,
  collapsed,
  onToggleSubpaths,
  revealed,
  light,
}: PathRowProps) {
  const edit = useGridEdit();
  const grants = grantsOf(entry);
  const pathId = pathIdOf(entry);
  return (
    <tr
      className="path-row"
      data-row={`p${pathIndex}`}
      data-revealed={revealed}
      data-light={light || undefined}
    >
      <th
        scope="row"
        className={`path-cell${hasErrors ? ' has-errors' : ''}`}
        aria-label={subpaths > 0 ? entry.path : undefined}
      >
        {subpaths > 0 && (
          <FoldButton
            path={entry.path}
            subpaths={subpaths}
            collapsed={collapsed}
            tabIndex={-1}
            onClick={() => onToggleSubpaths(pathId)}
          />
        )}
        <CommitInput
          id={pathInputId(storageIndex, pathIndex)}
          className="path-input"
          tabIndex={-1}
          aria-label={`Rename path ${entry.path}`}
          spellCheck={false}
          autoComplete="off"
          value={entry.path}
          onCommit={(path) => edit({ type: 'renamePath', storageIndex, pathId, path })}
        />
      </th>
      {people.map((person) => {
        const info = effect && cellInfo(effect, person);
        return (
          <GrantCell
            key={person}
            storageIndex={storageIndex}
            pathId={pathId}
            path={entry.path}
            person={person}
            granted={grants(person)}
            allowed={info?.cell?.allowed.join(' ') ?? ''}
            taken={info?.cell?.overridden.join(' ') ?? ''}
            noFolder={info?.noFolder ?? false}
            light={light}
          />
        );
      })}
      <PathRowActions
        storageIndex={storageIndex}
        pathIndex={pathIndex}
        pathId={pathId}
        path={entry.path}
        count={count}
      />
    </tr>
  );
}, showsTheSame);

/**
 * Every edit computes a new matrix, so `effect` is a new object on every row of the window; the
 * row draws only what its cells allow and take away, so it re-renders when those changed (the
 * ticked path, or one whose effect it changes), not on each tick (with React 19, re-rendering
 * the row's inputs rewrites their attributes too).
 */
function showsTheSame(prev: PathRowProps, next: PathRowProps): boolean {
  for (const key of Object.keys(next) as (keyof PathRowProps)[])
    if (key !== 'effect' && prev[key] !== next[key]) return false;
  return sameCells(prev.effect, next.effect, next.people);
}
