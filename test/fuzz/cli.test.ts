/**
 * The CLI on damaged files: whatever FILE holds (a resource.ts, an amplify_outputs.json or a design
 * file, cut, spliced and salted), every command ends with exit 0, 1 or 2 and a message — never 3,
 * the internal-error exit that means an exception escaped.
 */
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  compileDesign,
  bucketPlacements,
  renderOutputsJson,
  renderResourceTs,
  serializeDesignFile,
} from '../../src/core';
import { main } from '../../src/cli/main';
import { designArb } from '../exports/designs';
import { fuzzSuite, runs, timedAsync } from './harness';
import { mutatedArb } from './mutate';
import { RESOURCE_TS_SEEDS } from './seeds';

fuzzSuite();

const dir = mkdtempSync(join(tmpdir(), 'access-matrix-cli-fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const COMMANDS = [
  ['check', '--json'],
  ['matrix'],
  ['export', '--format', 'iam'],
  ['export', '--format', 'resource'],
  ['export', '--format', 'backend', '--bucket', 'b'],
  ['can', '--as', 'guest', '--action', 'get', '--key', 'media/x'],
];

describe('CLI fuzzing', () => {
  it('damaged files: exit 0, 1 or 2 with a message, never an internal error', async () => {
    const text = fc.oneof(
      mutatedArb(fc.constantFrom(...RESOURCE_TS_SEEDS), 3),
      mutatedArb(
        designArb.map((d) => renderResourceTs(d)),
        3,
      ),
      mutatedArb(
        designArb.map((d) => renderOutputsJson(compileDesign(d), bucketPlacements(d))),
        3,
      ),
      mutatedArb(designArb.map(serializeDesignFile), 3),
      fc.constantFrom('', '\ufeff', '{}', '[]', 'null', '\u0000', '\ud800'),
    );
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        text,
        fc.constantFrom(...COMMANDS),
        async (content, [command, ...options]) => {
          const file = join(dir, `f${n++}${n % 2 ? '.ts' : '.json'}`);
          writeFileSync(file, content);
          let out = '';
          let err = '';
          const io = { out: (t: string) => void (out += t), err: (t: string) => void (err += t) };
          const code = await timedAsync('cli', content, () =>
            main([command!, file, ...options], io),
          );
          expect([0, 1, 2], `${command} → ${code}\n${err}`).toContain(code);
          if (code === 2) expect(err.trim().length).toBeGreaterThan(0);
          else expect(out.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: runs(250) },
    );
  });
});
