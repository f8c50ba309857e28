import { describe, expect, it } from 'vitest';
import type { Finding } from '../../core';
import { findingsDelta, findingsFrom } from './findings-delta';

const finding = (code: string, path: string, extra: Partial<Finding> = {}): Finding =>
  ({
    code,
    severity: 'warning',
    stage: 'synth',
    message: `${code} on ${path}`,
    path,
    ...extra,
  }) as Finding;

describe('findingsDelta / findingsFrom', () => {
  it('sends a finding equal to one of the answer before as its index, and the rest whole', () => {
    const a = finding('warn-a', 'x/*');
    const b = finding('warn-b', 'y/*');
    const first = findingsDelta([a, b], undefined);
    expect(first.sent).toEqual([a, b]);
    const received = findingsFrom(structuredClone(first.sent), [])!;
    expect(received).toEqual([a, b]);

    const c = finding('warn-c', 'z/*');
    const second = findingsDelta([structuredClone(b), c, structuredClone(a)], first.next);
    expect(second.sent).toEqual([1, c, 0]);
    const next = findingsFrom(structuredClone(second.sent), received)!;
    // The very objects the main thread had, where the data is the same.
    expect(next[0]).toBe(received[1]);
    expect(next[2]).toBe(received[0]);
    expect(next).toEqual([b, c, a]);
  });

  it('uses each index once, so a repeated finding stays two objects', () => {
    const a = finding('warn-a', 'x/*');
    const first = findingsDelta([a], undefined);
    const second = findingsDelta([a, structuredClone(a)], first.next);
    expect(second.sent).toEqual([0, a]);
    const received = findingsFrom(second.sent, [a])!;
    expect(received[0]).not.toBe(received[1]);
  });

  it('tells an undefined field from an absent one', () => {
    const a = finding('warn-a', 'x/*');
    const first = findingsDelta([a], undefined);
    const withUndefined = { ...a, ruleIndex: undefined };
    expect(findingsDelta([withUndefined], first.next).sent).toEqual([withUndefined]);
  });

  it('cannot tell the findings without the answer before, or with an index beyond it', () => {
    expect(findingsFrom([0], undefined)).toBeUndefined();
    expect(findingsFrom([1], [finding('warn-a', 'x/*')])).toBeUndefined();
  });
});
