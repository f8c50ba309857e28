/**
 * Fuzzing the amplify_outputs.json importer: real files (rendered from random designs) damaged as
 * text or with one field wrong, arbitrary JSON, arbitrary text, deep nesting and large files. Each
 * must give a design the app can use or located errors — never an exception, never a hang.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compileDesign,
  bucketPlacements,
  importOutputsJson,
  renderOutputsJson,
  type OutputsJsonImport,
} from '../../src/core';
import { designArb } from '../exports/designs';
import { expectLocatedProblems, expectUsable, OUTPUTS_CODES } from './checks';
import { fuzzSuite, LARGE_CASE_BUDGET_MS, noThrow, runs, timed } from './harness';
import { mutatedArb } from './mutate';
import { breakOneField } from './near-valid';

fuzzSuite();

function check(text: string, usable = true, budgetMs?: number): OutputsJsonImport {
  const result = timed(
    'amplify_outputs.json',
    text,
    () => noThrow(text, () => importOutputsJson(text)),
    budgetMs,
  );
  expectLocatedProblems(result.problems, text, OUTPUTS_CODES);
  if (result.design === null)
    expect(result.problems.some((p) => p.severity === 'error')).toBe(true);
  else {
    expect(result.placements).toHaveLength(result.design.storages.length);
    if (usable) noThrow(result.design, () => expectUsable(result.design!));
  }
  return result;
}

const outputsArb = designArb.map((design) =>
  renderOutputsJson(compileDesign(design), bucketPlacements(design)),
);

describe('amplify_outputs.json fuzzing', () => {
  it('real files damaged as text', () => {
    fc.assert(
      fc.property(mutatedArb(outputsArb), (text) => void check(text)),
      { numRuns: runs(400) },
    );
  });

  it('arbitrary JSON and text', () => {
    const text = fc.oneof(
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.jsonValue().map((v) => JSON.stringify({ version: '1.4', storage: v })),
      fc.jsonValue().map((v) =>
        JSON.stringify({
          version: '1.4',
          storage: {
            aws_region: 'r',
            bucket_name: 'b',
            buckets: [{ name: 'n', bucket_name: 'b', aws_region: 'r', paths: v }],
          },
        }),
      ),
      fc.string({ unit: 'binary', maxLength: 300 }),
    );
    fc.assert(
      fc.property(text, (t) => void check(t)),
      { numRuns: runs(500) },
    );
  });

  it('one field wrong: a design or located errors', () => {
    fc.assert(
      fc.property(outputsArb, fc.nat(), fc.nat(), (text, where, how) => {
        const broken = breakOneField(JSON.parse(text), where, how);
        check(JSON.stringify(broken.value, null, 2), false);
      }),
      { numRuns: runs(200) },
    );
  });

  it('deep nesting and large files stay within the budget', () => {
    for (const deep of [
      `${'['.repeat(1_000_000)}`,
      `${'{"a":'.repeat(200_000)}1${'}'.repeat(200_000)}`,
      `{"version":"1.4","storage":${'['.repeat(100_000)}}`,
    ]) {
      const result = check(deep);
      expect(result.design).toBeNull();
      expect(result.problems[0]!.loc.line).toBe(1);
    }
    const buckets = Array.from({ length: 5_000 }, (_, i) => ({
      name: `b${i}`,
      bucket_name: `bucket-${i}`,
      aws_region: 'us-east-1',
      paths: Object.fromEntries(
        Array.from({ length: 4 }, (_, j) => [
          `p${j}/*`,
          { guest: ['get', 'list'], authenticated: ['get', 'list', 'write'] },
        ]),
      ),
    }));
    const big = JSON.stringify(
      { version: '1.4', storage: { aws_region: 'us-east-1', bucket_name: 'bucket-0', buckets } },
      null,
      2,
    );
    expect(check(big, false, LARGE_CASE_BUDGET_MS).design?.storages).toHaveLength(5_000);
  });

  it('a file over the 16 MB cap is refused unread, at 1:1', () => {
    const huge = `{"version":"1.4","storage":{"aws_region":"${'x'.repeat(16 * 1024 * 1024)}"}}`;
    expect(check(huge).problems.map((p) => [p.code, p.loc.line, p.loc.column])).toEqual([
      ['source-too-large', 1, 1],
    ]);
  });
});
