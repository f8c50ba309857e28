import { runAccessTests, type TestStatus } from './evaluate';
import type { AccessTest } from '../model/access-test';
import type { Design } from '../model/types';

/** A test in both designs whose actions, name or note differ. */
export interface ChangedTest {
  readonly before: AccessTest;
  readonly after: AccessTest;
}

/** A test in both designs (unchanged) whose outcome differs: it passes in one, not the other. */
export interface TestOutcomeChange {
  readonly test: AccessTest;
  readonly before: TestStatus;
  readonly after: TestStatus;
}

export interface TestsDiff {
  readonly added: readonly AccessTest[];
  readonly removed: readonly AccessTest[];
  readonly changed: readonly ChangedTest[];
  /** Tests held by both designs, each run against its own design, that pass in one only. */
  readonly outcomes: readonly TestOutcomeChange[];
}

/** What a test is about (who, where, which answer): the same in both designs when only actions, name or note moved. */
const subjectOf = (t: AccessTest) =>
  JSON.stringify([
    t.who,
    t.identityId ?? null,
    t.where,
    t.except ?? [],
    t.storage ?? null,
    t.expect,
  ]);
const whole = (t: AccessTest) =>
  JSON.stringify([subjectOf(t), [...t.actions].sort(), t.name ?? null, t.note ?? null]);

/**
 * How two designs' access tests differ: added, removed and changed tests, and the tests both
 * hold that pass in one design and fail (or cannot run) in the other — each design's tests run
 * against that design with `runAccessTests`, exactly as the Tests panel and the CLI run them.
 */
export function diffTests(before: Design, after: Design): TestsDiff {
  const a = before.tests ?? [];
  const b = after.tests ?? [];
  const unmatched = new Map<string, AccessTest[]>();
  for (const t of a) unmatched.set(whole(t), [...(unmatched.get(whole(t)) ?? []), t]);
  const same: [AccessTest, AccessTest][] = [];
  const fresh: AccessTest[] = [];
  for (const t of b) {
    const twin = unmatched.get(whole(t))?.shift();
    if (twin) same.push([twin, t]);
    else fresh.push(t);
  }
  const gone = [...unmatched.values()].flat();
  // Of what is left, the same subject on both sides is a change; the rest is added or removed.
  const goneBySubject = new Map<string, AccessTest[]>();
  for (const t of gone)
    goneBySubject.set(subjectOf(t), [...(goneBySubject.get(subjectOf(t)) ?? []), t]);
  const changed: ChangedTest[] = [];
  const added: AccessTest[] = [];
  for (const t of fresh) {
    const was = goneBySubject.get(subjectOf(t))?.shift();
    if (was) changed.push({ before: was, after: t });
    else added.push(t);
  }
  const removed = [...goneBySubject.values()].flat();
  const runA = runAccessTests(
    before,
    same.map(([x]) => x),
  );
  const runB = runAccessTests(
    after,
    same.map(([, y]) => y),
  );
  const outcomes: TestOutcomeChange[] = [];
  same.forEach(([, t], i) => {
    const s = runA[i]!.status;
    const e = runB[i]!.status;
    if (s !== e && (s === 'pass' || e === 'pass')) outcomes.push({ test: t, before: s, after: e });
  });
  return { added, removed, changed, outcomes };
}
