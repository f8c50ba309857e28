/**
 * Fuzzing saved designs: design files as text (parseDesignFile) and as values (readDesignFileValue,
 * which share links and autosaved sessions go through). Arbitrary JSON, arbitrary text, real files
 * damaged as text, and real designs with exactly one field wrong. Each must give a design the app
 * can use, or one clear error that says where: line and column for text, the field's path always.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DESIGN_FILE_FORMAT,
  DESIGN_FILE_VERSION,
  parseDesignFile,
  readDesignFileValue,
  serializeDesignFile,
  type Design,
} from '../../src/core';
import { designArb } from '../exports/designs';
import { expectUsable } from './checks';
import { fuzzSuite, LARGE_CASE_BUDGET_MS, noThrow, runs, timed } from './harness';
import { mutatedArb } from './mutate';
import { breakOneField, type Broken } from './near-valid';

fuzzSuite();

type Result = ReturnType<typeof parseDesignFile>;

function expectResult(result: Result, input: unknown, usable: boolean): void {
  expect(Object.prototype, 'no prototype pollution').not.toHaveProperty('polluted');
  if (result.ok) {
    if (usable) noThrow(input, () => expectUsable(result.design));
  } else {
    expect(typeof result.error).toBe('string');
    expect(result.error.trim().length).toBeGreaterThan(10);
    expect(result.error.length, 'an error is one readable message').toBeLessThan(2000);
  }
}

/** `usable`: also push an accepted design through the whole app (skipped where it is a known-good one). */
const fromText = (text: string, usable = true): Result => {
  const result = timed('design file (text)', text, () =>
    noThrow(text, () => parseDesignFile(text)),
  );
  expectResult(result, text, usable);
  return result;
};
const fromValue = (value: unknown, usable = true): Result => {
  const result = timed('design file (value)', value, () =>
    noThrow(value, () => readDesignFileValue(value)),
  );
  expectResult(result, value, usable);
  return result;
};

const file = (design: unknown, version: unknown = DESIGN_FILE_VERSION) => ({
  format: DESIGN_FILE_FORMAT,
  version,
  design,
});

describe('design files', () => {
  it('round trip: any design, valid or not, reopens exactly', () => {
    fc.assert(
      fc.property(designArb, (design) => {
        const text = serializeDesignFile(design);
        const reopened = timed('design file (text)', text, () => parseDesignFile(text));
        expect(reopened).toEqual({ ok: true, design: JSON.parse(JSON.stringify(design)) });
      }),
      { numRuns: runs(300) },
    );
  });

  it('arbitrary JSON values, alone or as the design of a file', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue(),
          fc.jsonValue().map((v) => file(v)),
          fc.anything(),
        ),
        (value) => void fromValue(value),
      ),
      { numRuns: runs(600) },
    );
  });

  it('arbitrary text, and real files damaged as text', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      mutatedArb(designArb.map(serializeDesignFile)),
    );
    fc.assert(
      fc.property(text, (t) => void fromText(t)),
      { numRuns: runs(600) },
    );
  });

  it('one field wrong: refused, and the error names the field (and its line for text)', () => {
    const numRuns = runs(200);
    let checked = 0;
    fc.assert(
      fc.property(designArb, fc.nat(), fc.nat(), (design, where, how) => {
        const broken = breakOneField(file(design), where, how);
        const byValue = fromValue(broken.value, false);
        const byText = fromText(JSON.stringify(broken.value, null, 2), false);
        if (!broken.surelyInvalid) return;
        checked++;
        expect(byValue.ok, broken.describe).toBe(false);
        expect(byText.ok, broken.describe).toBe(false);
        if (byValue.ok || byText.ok) return;
        expectNamesField(byValue.error, broken);
        expectNamesField(byText.error, broken);
        expect(byText.error, broken.describe).toMatch(/line \d+, column \d+/);
      }),
      { numRuns },
    );
    // Cases that may be valid (an optional field deleted) are skipped; about 93% are checked.
    expect(checked, `${checked} of ${numRuns} cases checked`).toBeGreaterThanOrEqual(0.8 * numRuns);
  });

  it('versions: newer ones ask for an update, nonsense ones are refused', () => {
    const design: Design = { storages: [], groups: [], functions: [] };
    expect(fromValue(file(design, DESIGN_FILE_VERSION + 1))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/Update Access Matrix/),
    });
    for (const version of [0, -1, 0.5, 1.5, 1e308, '1', null])
      expect(fromValue(file(design, version)), String(version)).toMatchObject({
        ok: false,
        error: expect.stringMatching(/version/),
      });
  });

  it('__proto__ and constructor keys are data, never prototypes', () => {
    const texts = [
      '{"format":"access-matrix-design","version":1,"design":{"__proto__":{"polluted":1},"storages":[],"groups":[],"functions":[]}}',
      '{"__proto__":{"polluted":1},"format":"access-matrix-design","version":1,"design":{"storages":[],"groups":[],"functions":[]}}',
      '{"format":"access-matrix-design","version":1,"design":{"storages":[{"name":"a","hasAccess":true,"paths":[],"constructor":{"prototype":{"polluted":1}}}],"groups":[],"functions":[]}}',
    ];
    // Unknown keys inside the design are refused; at the top level they are allowed (newer writers).
    expect(texts.map((text) => fromText(text).ok)).toEqual([false, true, false]);
  });

  it('a large file (many paths) stays within the budget', () => {
    const paths = Array.from({ length: 20_000 }, (_, i) => ({
      path: `p${i}/*`,
      rules: [{ principal: { kind: 'guest' }, actions: ['read'] }],
    }));
    const big = file({
      storages: [{ name: 'a', hasAccess: true, paths }],
      groups: [],
      functions: [],
    });
    const text = JSON.stringify(big);
    expect(
      timed('design file (text)', 'large', () => parseDesignFile(text), LARGE_CASE_BUDGET_MS).ok,
    ).toBe(true);
    const deep = `${'['.repeat(500_000)}${']'.repeat(500_000)}`;
    expect(fromText(deep).ok).toBe(false);
    expect(fromText(`{"format":"access-matrix-design","version":1,"design":${deep}}`).ok).toBe(
      false,
    );
  });
});

/** The error points at the broken field: its dot path (or, for a whole-object problem, its parent's). */
function expectNamesField(error: string, broken: Broken): void {
  const candidates = broken.acceptablePaths.map((p) => (p === '' ? '' : `at ${p}`));
  expect(
    candidates.some((c) => error.includes(c)),
    `${broken.describe}\n→ ${error}`,
  ).toBe(true);
}
