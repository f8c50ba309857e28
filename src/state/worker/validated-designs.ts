import type { Design, Finding } from '../../core';
import type { AppStore } from '../create-store';
import { hasFindings, knownFindings } from '../selectors/access';
import { designDelta } from './design-delta';
import { findingsFrom } from './findings-delta';
import type { ValidateReply, ValidateRequest } from './protocol';

/** The designs whose findings are known, in the order they become so (see `validatedDesigns`). */
export interface ValidatedDesigns {
  /** The latest design whose findings `findingsOf` has without validating. */
  current(): Design;
  subscribe(listener: (design: Design) => void): () => void;
}

const feeds = new WeakMap<AppStore, ValidatedDesigns>();

/**
 * The store's designs as the derived views follow them: each new design goes to the validation
 * worker, and is handed on once its findings are back, so the main thread never validates an edit
 * (at 2,000 paths that was 11 ms of every tick). One request at a time: a design edited again
 * while one is out waits as the only pending one (the designs between are skipped). Without
 * workers (tests, an old browser) or if the worker fails, a design is handed on at once, and the
 * views validate it when they render, as before.
 */
export function validatedDesigns(store: AppStore): ValidatedDesigns {
  let feed = feeds.get(store);
  if (!feed) feeds.set(store, (feed = createFeed(store)));
  return feed;
}

function createFeed(store: AppStore): ValidatedDesigns {
  let current = store.getState().design;
  const listeners = new Set<(design: Design) => void>();
  const handOn = (design: Design) => {
    current = design;
    listeners.forEach((listener) => listener(design));
  };

  let worker: Worker | null | undefined;
  let seq = 0;
  let out: Design | undefined;
  let pending: Design | undefined;
  // The design of the last request posted, which the worker holds: the next one is sent as what
  // changed since (`designDelta`). None after an error, so the next request stands alone.
  let sentBefore: Design | undefined;
  // The findings of the last reply, which the next one is sent as changes to (`findingsDelta`).
  let replied: { seq: number; findings: readonly Finding[] } | undefined;

  // Posted after the next paint: copying the changes out is not part of the frame that shows
  // the tick.
  const send = (design: Design) => {
    out = design;
    const request = ++seq;
    afterPaint(() => {
      if (out !== design || !worker) return;
      const full = sentBefore === undefined;
      const sent = designDelta(design, sentBefore);
      sentBefore = design;
      worker.postMessage({ seq: request, design: sent, full } satisfies ValidateRequest);
    });
  };
  const stop = () => {
    worker?.terminate();
    worker = null;
    const left = [out, pending];
    out = pending = undefined;
    for (const design of left) if (design) handOn(design);
  };
  const start = (): Worker | null => {
    if (worker !== undefined) return worker;
    if (typeof Worker === 'undefined') return (worker = null);
    try {
      worker = new Worker(new URL('./validate.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      return (worker = null);
    }
    worker.onmessage = ({ data }: MessageEvent<ValidateReply>) => {
      const design = out;
      if (!design || data.seq !== seq) return;
      out = undefined;
      // An error reply (or one this thread cannot read): the views validate this design
      // themselves when they render, and the next request stands alone.
      const findings =
        'findings' in data
          ? findingsFrom(
              data.findings,
              data.base === -1 ? [] : data.base === replied?.seq ? replied.findings : undefined,
            )
          : undefined;
      if (findings) {
        knownFindings(design, findings);
        replied = { seq: data.seq, findings };
      } else sentBefore = replied = undefined;
      const waiting = pending;
      pending = undefined;
      // The worker starts on the next design before this one is rendered.
      if (waiting && !hasFindings(waiting)) send(waiting);
      handOn(design);
      if (waiting && out !== waiting) handOn(waiting);
    };
    worker.onerror = stop;
    return worker;
  };
  const validate = (design: Design) => {
    // Behind the one out, whatever it is: designs are handed on in the order they were made.
    if (out) pending = design;
    else if (hasFindings(design) || !start()) handOn(design);
    else send(design);
  };

  store.subscribe((state, previous) => {
    if (state.design !== previous.design) validate(state.design);
  });
  // Started while the page is idle, so the first edit does not wait for it to load.
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => start());
  return {
    current: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

/** Runs `run` once, after the next frame is painted (or after 100 ms, if no frame comes). */
function afterPaint(run: () => void) {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    run();
  };
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, 100);
}
