import type { PathEntry, Storage } from '../model/types';
import { prefixForm } from '../paths/prefix';
import { ENTITY_TOKEN } from '../paths/tokens';

/**
 * The prefix forms of a storage's paths, for the fixes that rename or remove a path: which paths
 * a new path would sit under, and which it would sit over. Built only when a fix asks (findings
 * with such fixes are rare; most validations never build one), once per storage object.
 */
export interface PathLayout {
  /** How many paths have this prefix form (a duplicate path counts twice). */
  readonly count: ReadonlyMap<string, number>;
  /** Every path's prefix form, sorted (by UTF-16 units), duplicates kept. */
  readonly sorted: readonly string[];
  /** The entries of each path as written (two or more: a duplicate path). */
  readonly entries: ReadonlyMap<string, readonly PathEntry[]>;
}

const layouts = new WeakMap<Storage, PathLayout>();

/** The layout of a storage's paths (memoized on the storage object, which edits never mutate). */
export function pathLayoutOf(storage: Storage): PathLayout {
  let layout = layouts.get(storage);
  if (!layout) {
    const forms = storage.paths.map((p) => prefixForm(p.path));
    const count = new Map<string, number>();
    for (const f of forms) count.set(f, (count.get(f) ?? 0) + 1);
    const entries = new Map<string, PathEntry[]>();
    for (const p of storage.paths) {
      const same = entries.get(p.path);
      if (same) same.push(p);
      else entries.set(p.path, [p]);
    }
    layout = { count, sorted: forms.sort(), entries };
    layouts.set(storage, layout);
  }
  return layout;
}

/** The prefix forms of the layout that are proper prefixes of `form` (shortest first). */
export function formsAbove(layout: PathLayout, form: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < form.length; i++) {
    const head = form.slice(0, i);
    if (layout.count.has(head)) found.push(head);
  }
  return found;
}

/** How many paths of the layout have a prefix form starting with `form` (itself included). */
export function pathsUnder(layout: PathLayout, form: string): number {
  const { sorted } = layout;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < form) lo = mid + 1;
    else hi = mid;
  }
  let n = 0;
  while (lo + n < sorted.length && sorted[lo + n]!.startsWith(form)) n++;
  return n;
}

/**
 * A plain folder path Amplify accepts on its own: `a/b/*` (ends with `/*`, its only `*`, no
 * leading `/`, no `//`, no `{entity_id}`). Fixes that rename such a path keep it that way.
 */
export function isPlainFolderPath(path: string): boolean {
  return (
    path.length > 2 &&
    path.endsWith('/*') &&
    path.indexOf('*') === path.length - 1 &&
    !path.startsWith('/') &&
    !path.includes('//') &&
    !path.includes(ENTITY_TOKEN)
  );
}
