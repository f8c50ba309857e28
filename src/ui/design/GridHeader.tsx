import { memo } from 'react';
import { personLabel, type Person } from '../../core';
import { ACTION_LETTER, GRID_ACTIONS } from './actions';
import { PATH_COLUMN_WIDTH, PERSON_COLUMN_WIDTH } from './grid-items';

const ACTION_TITLE = {
  read: 'read = get + list',
  get: 'get',
  list: 'list',
  write: 'write',
  delete: 'delete',
} as const;

/** People as column headers, each with the letters of its checkboxes underneath (visual only). */
export const GridHeader = memo(function GridHeader({ people }: { people: readonly Person[] }) {
  return (
    <>
      <colgroup>
        <col style={{ width: PATH_COLUMN_WIDTH }} />
        {people.map((p) => (
          <col
            key={p}
            className={p.startsWith('group:') ? 'banded' : undefined}
            style={{ width: PERSON_COLUMN_WIDTH }}
          />
        ))}
        <col />
      </colgroup>
      <thead>
        <tr>
          <th scope="col" className="path-head">
            Path
          </th>
          {people.map((p) => (
            <th
              key={p}
              scope="col"
              className={`person-head${p.startsWith('group:') ? ' banded' : ''}`}
            >
              <span className="person-name">{personLabel(p)}</span>
              <span className="chips letters" aria-hidden="true">
                {GRID_ACTIONS.map((a) => (
                  <span key={a} className="letter" title={ACTION_TITLE[a]}>
                    {ACTION_LETTER[a]}
                  </span>
                ))}
              </span>
            </th>
          ))}
          <th scope="col" className="actions-head">
            <span className="sr-only">Order and remove</span>
          </th>
        </tr>
      </thead>
    </>
  );
});
