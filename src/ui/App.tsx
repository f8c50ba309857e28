import { useMemo } from 'react';
import { accessMatrix, accessModel, allow, designFromAccess, personLabel } from '../core';

// The docs' prefix-behaviour example, shown read-only until the editor lands.
const example = designFromAccess({
  'media/*': [allow.authenticated.to(['read', 'write', 'delete'])],
  'media/profile-pictures/*': [allow.guest.to(['read'])],
  'media/albums/*': [allow.authenticated.to(['read'])],
  'other/*': [allow.guest.to(['read']), allow.authenticated.to(['read', 'write'])],
});

export function App() {
  const matrix = useMemo(() => accessMatrix(example, accessModel(example.storages[0]!)), []);
  return (
    <main>
      <h1>Access Matrix</h1>
      <table aria-label="Effective access">
        <thead>
          <tr>
            <th scope="col">Path</th>
            {matrix.people.map((p) => (
              <th scope="col" key={p}>
                {personLabel(p)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => (
            <tr key={row.pathIndex}>
              <th scope="row">{row.path}</th>
              {matrix.people.map((p) => (
                <td key={p}>{row.cells[p]?.allowed.join(' ') || 'none'}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
