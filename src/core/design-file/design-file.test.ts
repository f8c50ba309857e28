/**
 * Design file version 2 (issue 12: tests are part of the design): version 1 files and links still
 * open, a v1 file that already has tests is refused as v1 always refused it, and tests round-trip
 * through files and share links.
 */
import { describe, expect, it } from 'vitest';
import {
  allow,
  decodeShareFragment,
  designFromAccess,
  encodeShareFragment,
  parseDesignFile,
  serializeDesignFile,
  SHARE_PREFIX,
  type Design,
} from '..';

const base = designFromAccess({ 'media/*': [allow.guest.to(['read'])] });
const withTests: Design = {
  ...base,
  tests: [
    {
      who: 'guest',
      actions: ['write', 'delete'],
      where: '*',
      expect: 'deny',
      name: 'no guest writes',
    },
    // Held as written: an unknown action is a problem when run, not a file that no longer opens.
    { who: 'group:ghost', actions: ['fetch'], where: 'media/a', expect: 'allow' },
  ],
};

const v1Text = (design: unknown) =>
  JSON.stringify({ format: 'access-matrix-design', version: 1, design }, null, 2);

describe('design file version 2', () => {
  it('writes version 2 and reads its tests back', () => {
    const text = serializeDesignFile(withTests);
    expect(JSON.parse(text).version).toBe(2);
    expect(parseDesignFile(text)).toEqual({ ok: true, design: withTests });
  });

  it('opens version 1 files (no tests) unchanged', () => {
    const result = parseDesignFile(v1Text(base));
    expect(result).toEqual({ ok: true, design: base });
  });

  it('refuses tests in a version 1 file, at their line', () => {
    const result = parseDesignFile(v1Text(withTests));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(/^Invalid design: .*tests/);
      expect(result.loc?.line).toBeGreaterThan(1);
    }
  });

  it('locates a wrong test field', () => {
    const text = serializeDesignFile(withTests).replace('"expect": "deny"', '"expect": "never"');
    const result = parseDesignFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const line = text.split('\n').findIndex((l) => l.includes('"never"')) + 1;
      expect(result.loc).toEqual({ line, column: 9 });
    }
  });

  it('refuses a newer version with a message to update', () => {
    const text = serializeDesignFile(base).replace('"version": 2', '"version": 3');
    expect(parseDesignFile(text)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/version 3/),
    });
  });
});

describe('share links carry tests', () => {
  it('round trip', async () => {
    const fragment = await encodeShareFragment(withTests);
    expect(await decodeShareFragment(fragment)).toEqual({ ok: true, design: withTests });
  });

  it('a link made before tests (version 1) still opens', async () => {
    const bytes = new TextEncoder().encode(v1Text(base));
    const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    const deflated = new Uint8Array(await new Response(stream).arrayBuffer());
    const b64 = btoa(String.fromCharCode(...deflated))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
    expect(await decodeShareFragment(`#${SHARE_PREFIX}${b64}`)).toEqual({ ok: true, design: base });
  });
});
