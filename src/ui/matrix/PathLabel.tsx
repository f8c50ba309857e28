import type { TreeRow } from '../../state';

/**
 * A path as a row header. A subpath is indented under its parent and the parent's part is
 * dimmed, so the part that differs stands out; the text is still the whole path. In a narrow
 * column the dimmed part gives way first (`…profile-pictures/*`), then the rest ends in "…";
 * the title holds the whole path, and so do the cell tooltip and the row's accessible name.
 * `light` (a row mounted while the matrix scrolls, completed once it settles): without the text
 * for screen readers and the title.
 */
export function PathLabel({ tree, light = false }: { tree: TreeRow; light?: boolean }) {
  const { path } = tree.row;
  const shared =
    tree.parentPath && path.startsWith(tree.parentPath.replace(/\*$/, ''))
      ? tree.parentPath.replace(/\*$/, '')
      : '';
  // A top-level path has one part: one box whose text is the path (issue 11: two elements fewer
  // per row a scroll brings in).
  if (!shared && tree.depth === 0)
    return (
      <span className="path-label whole" data-depth={0} title={light ? undefined : path}>
        {path}
      </span>
    );
  // The parts are flex items, which an accessible name would join with a space: screen readers
  // get the path as one text instead.
  return (
    <>
      <span
        className="path-label"
        style={{ paddingInlineStart: `${tree.depth * 16}px` }}
        data-depth={tree.depth}
        title={light ? undefined : path}
        aria-hidden="true"
      >
        {shared && <span className="path-shared">{shared}</span>}
        <span className="path-own">{path.slice(shared.length)}</span>
      </span>
      {!light && <span className="sr-only">{path}</span>}
    </>
  );
}
