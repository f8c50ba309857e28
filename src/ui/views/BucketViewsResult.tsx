import { useMemo } from 'react';
import { ACCESS_ACTIONS, personLabel, type Person } from '../../core';
import { backendTsViews, type BackendBucketViews } from '../../core/client-view';
import { applyTextFixes, importBackendTs } from '../../core/import/backend-ts';
import './views.css';

interface Props {
  source: string;
  onSourceChange(source: string): void;
}

const actionsText = (actions: readonly string[]) =>
  actions.length === 0 ? 'none' : ACCESS_ACTIONS.filter((a) => actions.includes(a)).join(' ');

function ViewTable({
  caption,
  people,
  rows,
}: {
  caption: string;
  people: readonly Person[];
  rows: { path: string; cells: Partial<Record<Person, readonly string[]>> }[];
}) {
  return (
    <table className="bucket-view-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">path</th>
          {people.map((p) => (
            <th scope="col" key={p}>
              {personLabel(p)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.path}>
            <th scope="row">{row.path}</th>
            {people.map((p) => (
              <td key={p}>{row.cells[p] ? actionsText(row.cells[p]!) : '–'}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function BucketSection({ views }: { views: BackendBucketViews }) {
  const name = views.bucket.name;
  const clientPeople = views.people.filter((p) => !p.startsWith('function:'));
  const server = views.server.rows.map((r) => ({
    path: r.path,
    cells: Object.fromEntries(Object.entries(r.cells).map(([p, c]) => [p, c!.allowed])) as Partial<
      Record<Person, readonly string[]>
    >,
  }));
  const client = views.client.map((r) => ({
    path: r.prefix,
    cells: Object.fromEntries(Object.entries(r.cells).map(([p, c]) => [p, c!.offered])) as Partial<
      Record<Person, readonly string[]>
    >,
  }));
  return (
    <section aria-label={`Bucket ${name}`} className="bucket-views-bucket">
      <h3>Bucket {name}</h3>
      <div className="bucket-views-side-by-side">
        <ViewTable caption={`Server view (IAM) of ${name}`} people={views.people} rows={server} />
        <ViewTable caption={`Client view (paths) of ${name}`} people={clientPeople} rows={client} />
      </div>
      <h4>Storage Browser lists</h4>
      <ul aria-label={`Storage Browser locations of ${name}`}>
        {Object.entries(views.locations).map(([person, found]) => (
          <li key={person}>
            {personLabel(person as Person)}:{' '}
            {found!.ok
              ? found!.locations
                  .map((l) => `${l.prefix || '(bucket)'} [${l.permissions.join(' ')}]`)
                  .join(', ') || 'nothing'
              : `an error (${found!.error})`}
          </li>
        ))}
      </ul>
      <h4>Differences</h4>
      {views.differences.length === 0 ? (
        <p className="muted">IAM and the client agree.</p>
      ) : (
        <ul aria-label={`Differences in ${name}`}>
          {views.differences.map((d, i) => (
            <li key={i} className={`severity-${d.severity}`}>
              {d.loc ? `line ${d.loc.line}: ` : ''}
              <code>{d.code}</code> {d.message}. <em>Fix:</em> {d.fix.title}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** What the pasted backend.ts says, read in the browser with the same core as the CLI. */
export default function BucketViewsResult({ source, onSourceChange }: Props) {
  const read = useMemo(() => importBackendTs(source), [source]);
  const views = useMemo(() => backendTsViews(read), [read]);
  const fixable = read.problems.filter((p) => p.fix);
  const download = () => {
    const url = URL.createObjectURL(new Blob([source], { type: 'text/typescript' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'backend.ts';
    a.click();
    URL.revokeObjectURL(url);
  };
  return (
    <div className="bucket-views-result">
      {read.problems.length > 0 && (
        <>
          <ul aria-label="Problems in backend.ts">
            {read.problems.map((p, i) => (
              <li key={i} className={`severity-${p.severity}`}>
                {p.loc.line}:{p.loc.column} <code>{p.code}</code> {p.message}{' '}
                {p.fix && (
                  <button
                    type="button"
                    className="btn"
                    onClick={() => onSourceChange(applyTextFixes(source, [p]))}
                  >
                    Apply fix at {p.loc.line}:{p.loc.column}: {p.fix.title}
                  </button>
                )}
              </li>
            ))}
          </ul>
          {fixable.length > 1 && (
            <button
              type="button"
              className="btn"
              onClick={() => onSourceChange(applyTextFixes(source, fixable))}
            >
              Apply all {fixable.length} fixes
            </button>
          )}
        </>
      )}
      {views.map((v) => (
        <BucketSection key={v.bucket.name} views={v} />
      ))}
      <button type="button" className="btn" onClick={download}>
        Download backend.ts
      </button>
    </div>
  );
}
