import { useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import { pathIdOf, type Design, type MatrixRowHead, type PathEntry } from '../../core';
import { ancestorsOf } from '../../state';
import { changedPaths } from './changed-paths';
import { isGridEdit } from './grid-edit';
import type { GridItem } from './grid-items';
import { onRevealPath, pathInputId } from './reveal';

/** How a row is marked for a moment: a path that was not there, or one an outside edit changed. */
export type RevealMark = 'new' | 'changed';

/** Long enough to find the row after the scroll; the mark is a word and a bar, not only colour. */
const MARK_MS = 4000;
const NO_MARKS: ReadonlyMap<string, RevealMark> = new Map();
/** How long after a reveal the page may still be scrolled to keep the row in view. */
const SETTLE_MS = 1000;

interface Request {
  readonly id: string;
  /** Focus the path's name (Problems' "show"), or only scroll to it (an edit from elsewhere). */
  readonly focus: boolean;
}

interface RevealOptions {
  design: Design;
  storageIndex: number;
  items: readonly GridItem[];
  heads: readonly MatrixRowHead[] | undefined;
  setCollapsed: Dispatch<SetStateAction<ReadonlySet<string>>>;
  scrollToItem: (at: number, align: 'nearest' | 'center') => void;
  focusName: (at: number) => void;
  /** Whether the grid's filter hides some paths, and how to show them all again. */
  filtering: boolean;
  clearFilter: () => void;
}

function describe(
  added: readonly string[],
  changed: readonly string[],
  paths: readonly PathEntry[],
) {
  const name = (id: string) => paths.find((e) => pathIdOf(e) === id)?.path ?? '';
  const parts = [];
  if (added.length === 1) parts.push(`New path ${name(added[0]!)}`);
  else if (added.length > 1) parts.push(`${added.length} new paths`);
  if (changed.length === 1) parts.push(`Changed ${name(changed[0]!)}`);
  else if (changed.length > 1) parts.push(`${changed.length} paths changed`);
  return `${parts.join('; ')}.`;
}

/**
 * Shows the user what a change made from outside the grid did: Add path, an import, a template, a
 * fix, undo. The first path it added (else changed) is scrolled into the grid's view, unfolding
 * its parents, and every such path is marked for a few seconds (and announced). A request from
 * Problems (`revealPath`) scrolls to its path and focuses its name. Edits made in the grid itself
 * mark nothing: the user is looking at that row.
 */
export function useRevealPaths({
  design,
  storageIndex,
  items,
  heads,
  setCollapsed,
  scrollToItem,
  focusName,
  filtering,
  clearFilter,
}: RevealOptions) {
  const [marks, setMarks] = useState(NO_MARKS);
  const [announcement, setAnnouncement] = useState('');
  const [request, setRequest] = useState<Request>();
  const seen = useRef({ design, storageIndex });
  const latest = useRef({ design, storageIndex, heads, items, filtering });
  const done = useRef<Request>(undefined);
  const showName = useRef<{ id: string; until: number }>(undefined);

  useEffect(() => {
    latest.current = { design, storageIndex, heads, items, filtering };
  }, [design, storageIndex, heads, items, filtering]);

  useEffect(() => {
    /**
     * Unfolds the paths' parents, then asks to bring the first one into view; if the filter hides
     * it, the filter is cleared (and that is said after `said`, what the change did).
     */
    const show = (ids: readonly string[], focus: boolean, said = '') => {
      const { design, storageIndex, heads, items, filtering } = latest.current;
      const paths = design.storages[storageIndex]?.paths ?? [];
      const first = paths.find((e) => pathIdOf(e) === ids[0]);
      const filteredOut =
        filtering &&
        first !== undefined &&
        !items.some((i) => i.kind === 'path' && paths[i.pathIndex] === first);
      if (filteredOut) clearFilter();
      const message = filteredOut ? `${said} Filter cleared to show ${first.path}.`.trim() : said;
      if (message) setAnnouncement(message);
      setCollapsed((was) => {
        if (was.size === 0 || !heads) return was;
        const ids2index = new Map(paths.map((e, i) => [pathIdOf(e), i]));
        const next = new Set(was);
        for (const id of ids) {
          const at = ids2index.get(id);
          if (at !== undefined)
            for (const parent of ancestorsOf(heads, at)) next.delete(pathIdOf(paths[parent]!));
        }
        return next.size === was.size ? was : next;
      });
      setRequest({ id: ids[0]!, focus });
    };

    // A change from outside the grid: mark and show what it added or changed.
    const before = seen.current;
    seen.current = { design, storageIndex };
    const was = before.design.storages[storageIndex]?.paths;
    const now = design.storages[storageIndex]?.paths;
    if (
      before.storageIndex === storageIndex &&
      was &&
      now &&
      was !== now &&
      !isGridEdit(before.design, design)
    ) {
      const { added, changed } = changedPaths(was, now);
      if (added.length + changed.length > 0) {
        const next = new Map<string, RevealMark>();
        added.forEach((id) => next.set(id, 'new'));
        changed.forEach((id) => next.set(id, 'changed'));
        setMarks(next);
        show(added.length > 0 ? added : changed, false, describe(added, changed, now));
      }
    }
    return onRevealPath((s, pathId) => {
      if (s === latest.current.storageIndex) show([pathId], true);
    });
  }, [design, storageIndex, setCollapsed, clearFilter]);

  // Once the grid's items include the unfolded rows: scroll (and focus) the asked path.
  useEffect(() => {
    if (!request || done.current === request) return;
    done.current = request;
    const paths = design.storages[storageIndex]?.paths;
    const at = items.findIndex(
      (i) => i.kind === 'path' && paths && pathIdOf(paths[i.pathIndex]!) === request.id,
    );
    if (at < 0) return;
    scrollToItem(at, 'center');
    if (request.focus) return focusName(at);
    // The grid's box may itself be partly off screen: once the row is rendered (the window
    // follows the scroll), bring its name into the page's view too, as little as needed.
    showName.current = {
      id: pathInputId(storageIndex, (items[at] as { pathIndex: number }).pathIndex),
      until: performance.now() + SETTLE_MS,
    };
  }, [request, items, design, storageIndex, scrollToItem, focusName]);

  // The grid's box may itself be partly off screen: for a moment after the scroll (the window
  // renders the row a frame or two later, the deferred findings may still move it), bring the
  // row's name into the page's view too, as little as needed, once layout has settled.
  useEffect(() => {
    const want = showName.current;
    if (!want) return;
    if (performance.now() > want.until) return void (showName.current = undefined);
    const el = document.getElementById(want.id);
    if (!el) return;
    const frame = requestAnimationFrame(() => {
      // Not while the user works elsewhere (typing in the code editor): the page stays put.
      const active = document.activeElement;
      const panel = el.closest('section');
      if (active && active !== document.body && !panel?.contains(active)) return;
      const box = el.getBoundingClientRect();
      if (box.top < 0 || box.bottom > window.innerHeight)
        el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    });
    return () => cancelAnimationFrame(frame);
  });

  useEffect(() => {
    if (marks.size === 0) return;
    const timer = setTimeout(() => setMarks(NO_MARKS), MARK_MS);
    return () => clearTimeout(timer);
  }, [marks]);

  return { marks, announcement };
}
