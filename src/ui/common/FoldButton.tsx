interface FoldButtonProps {
  path: string;
  /** How many paths sit under this one (all depths). */
  subpaths: number;
  collapsed: boolean;
  tabIndex: number;
  onClick: () => void;
  id?: string;
  /** The cell position, for tables that find their cells by data attributes (the matrix). */
  r?: number;
}

/**
 * Folds a path's subpaths away (rules grid and matrix). The glyph, and the count it hides when
 * folded, are drawn by CSS with empty alternative text, so the row header's text stays the path;
 * the name says how many subpaths, `aria-expanded` whether they show. No title: the row header's
 * first titled element is its path (the bench and the label's own title rely on it).
 */
export function FoldButton({
  path,
  subpaths,
  collapsed,
  tabIndex,
  onClick,
  id,
  r,
}: FoldButtonProps) {
  return (
    <button
      type="button"
      id={id}
      className="fold"
      tabIndex={tabIndex}
      data-r={r}
      data-c={r === undefined ? undefined : -1}
      data-count={subpaths}
      aria-expanded={!collapsed}
      aria-label={`${subpaths} ${subpaths === 1 ? 'subpath' : 'subpaths'} of ${path}`}
      onClick={onClick}
    />
  );
}
