import { afterEach, describe, expect, it } from 'vitest';
import {
  allow,
  applyEdit,
  designFromAccess,
  pathAt,
  validateDesign,
  type Design,
} from '../../core';
import { createAppStore } from '../create-store';
import { findingsOf, hasFindings } from '../selectors/access';
import { answer } from './answer';
import type { ValidateRequest } from './protocol';
import { validatedDesigns } from './validated-designs';

/** A worker in this thread: structured clones go in and out, as across a real worker's boundary. */
class FakeWorker {
  static all: FakeWorker[] = [];
  static failing = false;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: (() => void) | null = null;
  readonly asked: ValidateRequest[] = [];
  constructor() {
    FakeWorker.all.push(this);
  }
  postMessage(request: ValidateRequest) {
    this.asked.push(request);
    const copy = structuredClone(request);
    setTimeout(() =>
      FakeWorker.failing
        ? this.onerror?.()
        : this.onmessage?.({ data: structuredClone(answer(copy)) }),
    );
  }
  terminate() {}
}

const until = async (done: () => boolean) => {
  for (let i = 0; i < 200 && !done(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(done()).toBe(true);
};

// A path without "/*" and an owner subpath: findings whose fixes address paths by id.
const start = (): Design =>
  designFromAccess({
    'media/*': [allow.guest.to(['read'])],
    'media/{entity_id}/x/*': [allow.authenticated.to(['get'])],
    docs: [],
  });
const tick = (design: Design, pathIndex: number): Design =>
  applyEdit(design, {
    type: 'setGrant',
    ...pathAt(design, 0, pathIndex),
    grantee: { kind: 'authenticated' },
    action: 'write',
    granted: !design.storages[0]!.paths[pathIndex]!.rules.some(
      (r) => r.principal.kind === 'authenticated' && r.actions.includes('write'),
    ),
  });

function watch() {
  const store = createAppStore({ design: start() });
  const feed = validatedDesigns(store);
  const handed: Design[] = [];
  feed.subscribe((design) => handed.push(design));
  return {
    store,
    feed,
    handed,
    edit: (i: number) => store.setState({ design: tick(store.getState().design, i) }),
  };
}

describe('validatedDesigns', () => {
  const real = globalThis.Worker;
  afterEach(() => {
    globalThis.Worker = real;
    FakeWorker.all = [];
    FakeWorker.failing = false;
  });

  it('hands a design on once the worker validated it, with the findings the main thread would make', async () => {
    globalThis.Worker = FakeWorker as unknown as typeof Worker;
    const { store, handed, edit } = watch();
    edit(1);
    const design = store.getState().design;
    expect(handed).toEqual([]);
    await until(() => handed.length === 1);
    expect(handed[0]).toBe(design);
    expect(hasFindings(design)).toBe(true);
    // Same findings, and the fixes address the main thread's paths by their ids.
    const fixes = findingsOf(design).flatMap((f) => (f.fix ? [f.fix] : []));
    expect(fixes.length).toBeGreaterThan(0);
    expect(findingsOf(design)).toEqual(validateDesign(design));
  });

  it('keeps the finding objects an edit left the same, and every answer is the findings of its design', async () => {
    globalThis.Worker = FakeWorker as unknown as typeof Worker;
    const { store, handed, edit } = watch();
    const seen: Design[] = [];
    for (const i of [1, 0, 1, 2, 1]) {
      edit(i);
      seen.push(store.getState().design);
      await until(() => handed.length === seen.length);
      expect(findingsOf(seen.at(-1)!)).toEqual(validateDesign(seen.at(-1)!));
    }
    // Ticking write on path 1 and back: the findings about other paths are the same objects.
    const [a, , c] = seen.map((d) => findingsOf(d));
    const kept = c!.filter((f) => a!.includes(f));
    expect(kept.length).toBeGreaterThan(0);
    expect(FakeWorker.all[0]!.asked.filter((r) => r.full)).toHaveLength(1);
  });

  it('validates only the latest of the designs made while one is out, and hands them on in order', async () => {
    globalThis.Worker = FakeWorker as unknown as typeof Worker;
    const { store, handed, edit } = watch();
    edit(1);
    const first = store.getState().design;
    edit(2);
    edit(0);
    const last = store.getState().design;
    await until(() => handed.length === 2);
    expect(handed).toEqual([first, last]);
    expect(FakeWorker.all[0]!.asked).toHaveLength(2);
    // Undo brings back a design already validated: handed on without asking again.
    store.setState({ design: first });
    expect(handed.at(-1)).toBe(first);
    expect(FakeWorker.all[0]!.asked).toHaveLength(2);
  });

  it('without workers, or when the worker fails, hands designs on for the views to validate', async () => {
    globalThis.Worker = undefined as unknown as typeof Worker;
    const plain = watch();
    plain.edit(1);
    expect(plain.handed).toEqual([plain.store.getState().design]);

    globalThis.Worker = FakeWorker as unknown as typeof Worker;
    FakeWorker.failing = true;
    const failing = watch();
    failing.edit(1);
    const out = failing.store.getState().design;
    await until(() => failing.handed.length === 1);
    expect(failing.handed[0]).toBe(out);
    failing.edit(2);
    expect(failing.handed.at(-1)).toBe(failing.store.getState().design);
  });
});
