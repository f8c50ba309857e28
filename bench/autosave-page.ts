/**
 * The page side of bench/autosave-bench.ts: the app's own autosave over the page's real
 * localStorage, driven one save at a time (bundled once per source tree, `@src/` resolving to it).
 */
import { createStore } from 'zustand/vanilla';
import { encodeShareFragment, renderResourceTs, type Design } from '../src/core';
import { createAutosave } from '../src/state/persist/autosave';
import { calmStatus, type SessionStatus } from '../src/state/persist/session-status';
import type { AppStore } from '../src/state/create-store';
import type { SessionData } from '../src/state/types';
import { generatedDesign, tickedDesigns } from './designs';

/** Wall ms spent in localStorage's getItem and setItem (the rest of a save is the text). */
const spent = { get: 0, set: 0 };
const timed: Storage = Object.assign(Object.create(null) as Storage, {
  getItem(key: string) {
    const t = performance.now();
    const value = localStorage.getItem(key);
    spent.get += performance.now() - t;
    return value;
  },
  setItem(key: string, value: string) {
    const t = performance.now();
    localStorage.setItem(key, value);
    spent.set += performance.now() - t;
  },
  removeItem: (key: string) => localStorage.removeItem(key),
});

let designs: Design[] = [];
let app: AppStore;
let save: () => void;

/** What bench/autosave-bench.ts calls in the page. */
export interface SaveBenchWindow {
  __prepare(paths: number, count: number, imported: boolean): void;
  __save(i: number): { total: number; get: number; set: number };
  __share(i: number): Promise<number>;
}
const w = window as unknown as SaveBenchWindow;
w.__prepare = (paths: number, count: number, imported: boolean) => {
  localStorage.clear();
  const start = generatedDesign(paths);
  designs = tickedDesigns(start, count);
  const data: SessionData = {
    design: start,
    storageIndex: 0,
    bucket: { region: '', bucketNames: {} },
    theme: 'system',
    simulator: { person: 'guest', action: 'get', key: 'a', identityId: '' },
    ...(imported && { source: { text: renderResourceTs(start), design: start } }),
  };
  app = createStore(() => ({ ...data })) as unknown as AppStore;
  const status = createStore<SessionStatus>()(() => calmStatus);
  const saver = createAutosave(app, timed, status, 0, 1e9);
  save = () => saver.save();
  save();
};
/** Shows design `i` and saves it (what the idle callback after an edit does); breakdown in ms. */
w.__save = (i: number) => {
  app.setState({ design: designs[i]! } as never);
  spent.get = spent.set = 0;
  const t = performance.now();
  save();
  return { total: performance.now() - t, get: spent.get, set: spent.set };
};
/** Makes the share link of design `i` in a task of the page's own; resolves when it is made. */
w.__share = (i: number) =>
  new Promise<number>((done) =>
    setTimeout(() => void encodeShareFragment(designs[i]!).then((f) => done(f.length))),
  );
