import type { RoleKey } from '../compile/roles';
import type { AccessTest } from '../model/access-test';
import { ENTITY_TOKEN } from '../paths/tokens';
import { longestAnyRun } from './glob';

/** Display names for the stand-in identity ids in counterexamples. */
export const CALLER_PLACEHOLDER = '{caller_id}';

/**
 * Who a test asks about, as IAM sees the request: the role, the caller's identity id, and the id
 * `{entity_id}` in `where` stands for.
 *
 * When a test names no identity id it speaks of every signed-in user. Those ids are then generic
 * stand-ins: strings of characters that no pattern of the storage contains, longer than any run of
 * IAM `?` in them. No pattern can tell two such ids apart (only `*`, a long enough `?` run or the
 * owner variable reach into one), so the answer for the stand-in is the answer for every real id
 * that no path names literally — i.e. every user, unless a path is written for one user's id (test
 * that user with `identityId`).
 */
export interface Subject {
  readonly role: RoleKey;
  readonly callerId: string | undefined;
  /** What `{entity_id}` in where becomes: the caller's id for an owner, another user's otherwise. */
  readonly folderId: string;
  /** Stand-in ids back to what a person reads (`{entity_id}`, `{caller_id}`). */
  readonly display: (text: string) => string;
}

/** What the stand-in ids must avoid in one storage's patterns: computed once per compiled model. */
export interface PatternFacts {
  /** Every UTF-16 unit some pattern contains. */
  readonly used: ReadonlySet<number>;
  /** The longest run of IAM `?` in a pattern. */
  readonly longestAnyRun: number;
}

export function patternFacts(patterns: readonly string[]): PatternFacts {
  return { used: usedUnits(patterns), longestAnyRun: longestAnyRun(patterns) };
}

/**
 * The subject of a valid test, given the facts of every IAM pattern of the storage, so the
 * stand-in ids can avoid their characters (and the test's own where and except).
 */
export function subjectOf(test: AccessTest, facts: PatternFacts): Subject {
  const { who } = test;
  const role: RoleKey = who === 'owner' ? 'authenticated' : (who as RoleKey);
  const own = usedUnits([test.where, ...(test.except ?? [])]);
  const used = { has: (unit: number) => facts.used.has(unit) || own.has(unit) };
  const length = facts.longestAnyRun + 2;
  const fresh = freshUnits(used);
  const genericCaller = fresh(length);
  const genericFolder = fresh(length);
  const hasIdentity = !who.startsWith('function:');
  const callerId = !hasIdentity ? undefined : (test.identityId ?? genericCaller);
  const ownFolder = who === 'owner';
  const folderId = ownFolder ? (callerId ?? genericCaller) : genericFolder;
  const names: [string, string][] = [];
  if (ownFolder && test.identityId === undefined) names.push([genericCaller, ENTITY_TOKEN]);
  else {
    names.push([genericFolder, ENTITY_TOKEN]);
    if (callerId === genericCaller) names.push([genericCaller, CALLER_PLACEHOLDER]);
  }
  return {
    role,
    callerId,
    folderId,
    display: (text) => names.reduce((t, [id, name]) => t.replaceAll(id, name), text),
  };
}

function usedUnits(texts: readonly string[]): Set<number> {
  const used = new Set<number>();
  for (const text of texts) for (let i = 0; i < text.length; i++) used.add(text.charCodeAt(i));
  return used;
}

/** Successive runs of private-use characters that none of `used` contains, each unit once. */
function freshUnits(used: { has(unit: number): boolean }): (length: number) => string {
  let unit = 0xe000;
  return (length) => {
    let text = '';
    while (text.length < length) {
      if (!used.has(unit)) text += String.fromCharCode(unit);
      unit++;
    }
    return text;
  };
}
