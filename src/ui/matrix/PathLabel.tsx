import type { TreeRow } from '../../state';

/**
 * A path as a row header. A subpath is indented under its parent and the parent's part is
 * dimmed, so the part that differs stands out; the text is still the whole path.
 */
export function PathLabel({ tree }: { tree: TreeRow }) {
  const { path } = tree.row;
  const shared =
    tree.parentPath && path.startsWith(tree.parentPath.replace(/\*$/, ''))
      ? tree.parentPath.replace(/\*$/, '')
      : '';
  return (
    <span
      className="path-label"
      style={{ paddingInlineStart: `${tree.depth * 16}px` }}
      data-depth={tree.depth}
    >
      {shared && <span className="path-shared">{shared}</span>}
      {path.slice(shared.length)}
    </span>
  );
}
