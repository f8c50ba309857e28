/**
 * What the page does with the whole design besides showing it: the autosave text (written to
 * localStorage a moment after each edit) and the share link (compressed into the URL fragment
 * when the user asks for one; in the page, in the share worker). Measured in Node on the same
 * functions the page runs, as CPU time. The autosave text keeps each path's text by reference
 * (cached-json), so it is measured as the page pays it: once after each edit of one path.
 */
import { encodeShareFragment } from '../src/core';
import { savedText } from '../src/state/persist/write-saved';
import { generatedDesign, tickedDesigns } from './designs';
import { cpuMs, measure, percentiles, type Timing } from './measure';

export interface SessionCost {
  readonly paths: number;
  readonly autosave: Timing;
  readonly autosaveChars: number;
  readonly shareLink: Timing;
  readonly shareLinkChars: number;
}

export async function benchSession(paths: number, runs = 20): Promise<SessionCost> {
  const design = generatedDesign(paths);
  const data = {
    design,
    storageIndex: 0,
    bucket: { region: '', bucketNames: {} },
    theme: 'system' as const,
    simulator: { person: 'guest' as const, action: 'get' as const, key: 'a', identityId: '' },
  };
  // A tick on a different path before each save (the first save, which writes every path, is
  // measure's warm-up).
  const edited = tickedDesigns(design, 202);
  let text = '';
  let next = 0;
  const autosave = measure(() => void (text = savedText({ ...data, design: edited[next++]! }, 1)), {
    minRuns: 5,
    budgetMs: 1000,
    maxRuns: edited.length - 1,
  });
  // Async (CompressionStream): timed one call at a time.
  const wall: number[] = [];
  const cpu: number[] = [];
  let fragment = await encodeShareFragment(design);
  for (let i = 0; i < runs; i++) {
    const c = cpuMs();
    const t = performance.now();
    fragment = await encodeShareFragment(design);
    wall.push(performance.now() - t);
    cpu.push(cpuMs() - c);
  }
  return {
    paths,
    autosave,
    autosaveChars: text.length,
    shareLink: { wall: percentiles(wall), cpu: percentiles(cpu) },
    shareLinkChars: fragment.length,
  };
}
