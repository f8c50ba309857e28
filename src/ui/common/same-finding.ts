import { fixesOf, sameList, type Finding } from '../../core';

/**
 * Whether two findings say the same with the same repairs. Validation makes new finding objects
 * on every edit, and most say exactly what they said before: a view memoized on this keeps its
 * DOM. The design a finding was made for is left out on purpose: a view kept from an earlier
 * render keeps a finding and the design it came from, a pair the store's `applyFix` maps onto the
 * live design like any other.
 */
export const sameFinding = (a: Finding, b: Finding): boolean =>
  a === b ||
  (a.code === b.code &&
    a.message === b.message &&
    a.severity === b.severity &&
    a.storageIndex === b.storageIndex &&
    a.pathIndex === b.pathIndex &&
    a.ruleIndex === b.ruleIndex &&
    a.path === b.path &&
    a.rule === b.rule &&
    a.name === b.name &&
    sameList(a.paths, b.paths) &&
    JSON.stringify(fixesOf(a)) === JSON.stringify(fixesOf(b)));

/** `sameFinding` for every finding of two lists, in order. */
export const sameFindings = (a: readonly Finding[], b: readonly Finding[]): boolean =>
  a === b || (a.length === b.length && a.every((f, i) => sameFinding(f, b[i]!)));
