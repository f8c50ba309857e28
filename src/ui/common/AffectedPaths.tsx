/** The paths a design-level finding concerns, collapsed under their count. */
export function AffectedPaths({ paths }: { paths: readonly string[] }) {
  return (
    <details className="affected-paths">
      <summary>
        {paths.length} {paths.length === 1 ? 'path' : 'paths'}
      </summary>
      <ul>
        {paths.map((p, i) => (
          <li key={i}>
            <code>{p}</code>
          </li>
        ))}
      </ul>
    </details>
  );
}
