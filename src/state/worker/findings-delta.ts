import type { Finding } from '../../core';

/** A finding as sent back: the index of an equal finding in the answer before, or the finding. */
export type FindingSent = number | Finding;

/** What the worker keeps of its last answer: each finding's text, with its indices. */
export type SentFindings = ReadonlyMap<string, readonly number[]>;

/**
 * `findings` as changes to the worker's answer before (`before`, from the `next` of that call):
 * a finding equal to one of that answer (the same data, `undefined` fields included) goes as its
 * index, each index at most once, the others whole. An edit changes a few findings, and a
 * 2,000-path design has about a thousand: the structured clone of all of them was most of what
 * the main thread spent receiving an answer, and the main thread keeps the very objects it has
 * (so what it built on them may be kept too).
 */
export function findingsDelta(
  findings: readonly Finding[],
  before: SentFindings | undefined,
): { sent: FindingSent[]; next: SentFindings } {
  const unused = new Map<string, number[]>();
  before?.forEach((indices, text) => unused.set(text, [...indices]));
  const next = new Map<string, number[]>();
  const sent = findings.map((finding, i): FindingSent => {
    const text = findingText(finding);
    const list = next.get(text);
    if (list) list.push(i);
    else next.set(text, [i]);
    const at = unused.get(text)?.shift();
    return at ?? finding;
  });
  return { sent, next };
}

/**
 * The findings an answer stands for, given the findings of the answer before (`before`); undefined
 * when they cannot be told (no such answer here, or an index beyond it).
 */
export function findingsFrom(
  sent: readonly FindingSent[],
  before: readonly Finding[] | undefined,
): Finding[] | undefined {
  if (!before) return undefined;
  const findings: Finding[] = new Array(sent.length);
  for (let i = 0; i < sent.length; i++) {
    const item = sent[i]!;
    if (typeof item !== 'number') findings[i] = item;
    else if (item < before.length) findings[i] = before[item]!;
    else return undefined;
  }
  return findings;
}

const UNDEFINED = '\u0000undefined';

/** A finding's data as text: JSON, with `undefined` fields kept apart from absent ones. */
const findingText = (finding: Finding): string =>
  JSON.stringify(finding, (_, value: unknown) => (value === undefined ? UNDEFINED : value));
