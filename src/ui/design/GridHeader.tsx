import { memo } from 'react';
import type { Person } from '../../core';
import { PersonName } from '../matrix/PersonName';
import { functionNoteId } from '../storage/function-note-id';
import { ACTION_LETTER, GRID_ACTIONS } from './actions';

const ACTION_TITLE = {
  read: 'read = get + list',
  get: 'get',
  list: 'list',
  write: 'write',
  delete: 'delete',
} as const;

/**
 * People as column headers, each with the letters of its checkboxes underneath (visual only).
 * Column widths come from CSS (`--path-col`, `--person-col`), so a phone can narrow them.
 */
export const GridHeader = memo(function GridHeader({ people }: { people: readonly Person[] }) {
  return (
    <>
      <colgroup>
        <col className="path-col" />
        {people.map((p) => (
          <col key={p} className={`person-col${p.startsWith('group:') ? ' banded' : ''}`} />
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
              aria-describedby={
                p.startsWith('function:') ? functionNoteId(p.slice('function:'.length)) : undefined
              }
            >
              <PersonName person={p} />
              <span className="letters" aria-hidden="true">
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
