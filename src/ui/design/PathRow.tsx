import { memo } from 'react';
import { pathIdOf, type MatrixRow, type PathEntry, type Person } from '../../core';
import { grantsOf, useAppStore } from '../../state';
import { CommitInput } from '../common/CommitInput';
import { cellInfo } from '../matrix/cell-info';
import { GrantCell } from './GrantCell';
import { PathRowActions } from './PathRowActions';
import { pathInputId } from './reveal';

interface PathRowProps {
  storageIndex: number;
  pathIndex: number;
  entry: PathEntry;
  people: readonly Person[];
  count: number;
  hasErrors: boolean;
  /** The path's effective access (the matrix row), shown under the checkboxes. */
  effect: MatrixRow | undefined;
}

/** A path: its name (renamed in place), a checkbox cell per person, and reorder/remove buttons. */
export const PathRow = memo(function PathRow({
  storageIndex,
  pathIndex,
  entry,
  people,
  count,
  hasErrors,
  effect,
}: PathRowProps) {
  const edit = useAppStore((s) => s.edit);
  const grants = grantsOf(entry);
  const pathId = pathIdOf(entry);
  return (
    <tr className="path-row">
      <th scope="row" className={`path-cell${hasErrors ? ' has-errors' : ''}`}>
        <CommitInput
          id={pathInputId(storageIndex, pathIndex)}
          className="path-input"
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
});
