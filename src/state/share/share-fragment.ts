import type { Design } from '../../core';
import { designFileText } from '../persist/write-saved';
import { fragmentOfText } from './fragment-of-text';
import type { ShareReply, ShareRequest } from './share-protocol';

/**
 * The share fragment of a design, made in a worker: the page only assembles the design file's
 * compact text (from the autosave's kept texts, so little more than a join after an edit) and
 * posts it; the pretty JSON, its bytes and the deflate happen there. Without workers (tests, a
 * page that refuses them) or when the worker fails, the page makes it itself: same fragment.
 * One promise per design (designs are immutable), so the embed bar and a second click reuse it.
 */
export function shareFragmentFor(design: Design): Promise<string> {
  let made = fragments.get(design);
  if (!made) {
    const text = designFileText(design);
    made = viaWorker(text) ?? fragmentOfText(text);
    fragments.set(design, made);
    made.catch(() => fragments.delete(design));
  }
  return made;
}

const fragments = new WeakMap<Design, Promise<string>>();

/** Undefined: not started yet; null: no worker here (or it failed), the page makes fragments. */
let worker: Worker | null | undefined;
let lastId = 0;
const waiting = new Map<number, { text: string; done: (fragment: Promise<string>) => void }>();

function viaWorker(text: string): Promise<string> | undefined {
  const w = start();
  if (!w) return undefined;
  const id = ++lastId;
  return new Promise<Promise<string>>((done) => {
    waiting.set(id, { text, done });
    w.postMessage({ id, designFile: text } satisfies ShareRequest);
  }).then((fragment) => fragment);
}

function start(): Worker | null {
  if (worker !== undefined) return worker;
  if (typeof Worker === 'undefined') return (worker = null);
  try {
    worker = new Worker(new URL('./share.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return (worker = null);
  }
  worker.onmessage = ({ data }: MessageEvent<ShareReply>) => {
    const request = waiting.get(data.id);
    if (!request) return;
    waiting.delete(data.id);
    request.done(
      'fragment' in data ? Promise.resolve(data.fragment) : fragmentOfText(request.text),
    );
  };
  // A worker that cannot load or run, or whose answer cannot be read: every request left, and
  // every later one, made here (a link must never wait forever).
  worker.onerror = worker.onmessageerror = () => {
    worker?.terminate();
    worker = null;
    for (const { text, done } of waiting.values()) done(fragmentOfText(text));
    waiting.clear();
  };
  return worker;
}
