/**
 * Fuzzing share links: whatever a URL fragment holds — random text, a real link cut or altered,
 * valid base64url of junk, deflated junk, deflated JSON that is not a design or has one field
 * wrong, a deflate bomb, a link over the size cap — decoding gives a design the app can use or one
 * clear error, never an exception, never a hang.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeShareFragment,
  DESIGN_FILE_FORMAT,
  DESIGN_FILE_VERSION,
  encodeShareFragment,
  SHARE_PREFIX,
} from '../../src/core';
import { designArb } from '../exports/designs';
import { expectUsable } from './checks';
import { fuzzSuite, runs, timedAsync } from './harness';
import { mutatedArb } from './mutate';
import { breakOneField } from './near-valid';

fuzzSuite();

async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
const base64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
const linkOf = async (text: string) =>
  SHARE_PREFIX + base64url(await deflate(new TextEncoder().encode(text)));

async function decode(fragment: string, usable = true) {
  let result: Awaited<ReturnType<typeof decodeShareFragment>> | undefined;
  await timedAsync('share link', fragment, async () => {
    try {
      result = await decodeShareFragment(fragment);
    } catch (error) {
      throw new Error(
        `decodeShareFragment threw ${(error as Error).stack}\non ${JSON.stringify(fragment.slice(0, 300))}`,
        { cause: error },
      );
    }
  });
  if (result!.ok) {
    if (usable) expectUsable(result!.design);
  } else {
    expect(result!.error.trim().length).toBeGreaterThan(10);
    expect(result!.error.length).toBeLessThan(2000);
  }
  return result!;
}

const fragmentArb = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc
    .string({ unit: fc.constantFrom(...'ABCXYZabcxyz0189-_'), maxLength: 300 })
    .map((t) => SHARE_PREFIX + t),
  fc.uint8Array({ maxLength: 300 }).map((b) => SHARE_PREFIX + base64url(b)),
);

describe('share link fuzzing', () => {
  it('random fragments, with and without the prefix', async () => {
    await fc.assert(
      fc.asyncProperty(fragmentArb, async (f) => void (await decode(f))),
      { numRuns: runs(600) },
    );
  });

  it('real links cut, spliced or altered as text', async () => {
    const links = await Promise.all(fc.sample(designArb, 20).map(encodeShareFragment));
    await fc.assert(
      fc.asyncProperty(
        mutatedArb(fc.constantFrom(...links), 3),
        async (f) => void (await decode(f)),
      ),
      { numRuns: runs(600) },
    );
  });

  it('well-formed links to junk: deflated random bytes, text, JSON and damaged design files', async () => {
    const payload = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc
        .jsonValue()
        .map((v) =>
          JSON.stringify({ format: DESIGN_FILE_FORMAT, version: DESIGN_FILE_VERSION, design: v }),
        ),
      mutatedArb(
        designArb.map((d) =>
          JSON.stringify({ format: DESIGN_FILE_FORMAT, version: DESIGN_FILE_VERSION, design: d }),
        ),
      ),
    );
    await fc.assert(
      fc.asyncProperty(payload, async (text) => void (await decode(await linkOf(text)))),
      { numRuns: runs(500) },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 300 }),
        async (bytes) => void (await decode(SHARE_PREFIX + base64url(await deflate(bytes)))),
      ),
      { numRuns: runs(200) },
    );
  });

  it('one field wrong: refused with the field named', async () => {
    const numRuns = runs(300);
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(designArb, fc.nat(), fc.nat(), async (design, where, how) => {
        const broken = breakOneField(
          { format: DESIGN_FILE_FORMAT, version: DESIGN_FILE_VERSION, design },
          where,
          how,
        );
        const result = await decode(await linkOf(JSON.stringify(broken.value)), false);
        if (!broken.surelyInvalid) return;
        checked++;
        expect(result.ok, broken.describe).toBe(false);
        if (!result.ok)
          expect(
            broken.acceptablePaths.some((p) => result.error.includes(p === '' ? '' : `at ${p}`)),
            result.error,
          ).toBe(true);
      }),
      { numRuns },
    );
    // Cases that may be valid (an optional field deleted) are skipped; about 93% are checked.
    expect(checked, `${checked} of ${numRuns} cases checked`).toBeGreaterThanOrEqual(0.8 * numRuns);
  });

  it('a deflate bomb is stopped at the inflated-size cap, quickly', async () => {
    const bomb = SHARE_PREFIX + base64url(await deflate(new Uint8Array(64 * 1024 * 1024)));
    expect(bomb.length).toBeLessThan(200_000);
    const result = await decode(bomb);
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/more than 2 MB/) });
  });

  it('a link over the size cap is refused unread', async () => {
    const result = await decode(SHARE_PREFIX + 'A'.repeat(2 * 1024 * 1024));
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/too long/) });
  });

  it('a deeply nested JSON payload is refused without overflowing', async () => {
    const deep = `${'['.repeat(400_000)}${']'.repeat(400_000)}`;
    const result = await decode(
      await linkOf(`{"format":"${DESIGN_FILE_FORMAT}","version":1,"design":${deep}}`),
    );
    expect(result.ok).toBe(false);
  });
});
