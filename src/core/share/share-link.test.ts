import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { allow, designFromAccess } from '../model/build';
import type { Design } from '../model/types';
import {
  decodeShareFragment,
  encodeShareFragment,
  SHARE_LINK_SOFT_LIMIT,
  SHARE_PREFIX,
} from './share-link';

const gen1 = designFromAccess({
  'public/*': [allow.guest.to(['read']), allow.authenticated.to(['read', 'write', 'delete'])],
  'protected/{entity_id}/*': [
    allow.authenticated.to(['read']),
    allow.entity('identity').to(['read', 'write', 'delete']),
  ],
  'private/{entity_id}/*': [allow.entity('identity').to(['read', 'write', 'delete'])],
});

describe('share links', () => {
  test('a design survives the round trip exactly', async () => {
    const fragment = await encodeShareFragment(gen1);
    expect(fragment.startsWith(SHARE_PREFIX)).toBe(true);
    expect(fragment).toMatch(/^[A-Za-z0-9._-]+$/);
    await expect(decodeShareFragment(`#${fragment}`)).resolves.toEqual({ ok: true, design: gen1 });
  });

  test('a typical design stays well under the chat-tool limit', async () => {
    expect((await encodeShareFragment(gen1)).length).toBeLessThan(SHARE_LINK_SOFT_LIMIT / 2);
  });

  test('awkward text (quotes, backslashes, ${, non-ASCII, U+2028) round-trips', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ unit: 'grapheme', maxLength: 12 }), { minLength: 1, maxLength: 5 }),
        async (paths) => {
          const design: Design = designFromAccess(
            paths.map((p) => [`${p}/*`, [allow.guest.to(['read'])]] as const),
          );
          await expect(decodeShareFragment(await encodeShareFragment(design))).resolves.toEqual({
            ok: true,
            design,
          });
        },
      ),
      { numRuns: 100 },
    );
  });

  test('truncated, tampered and foreign links give a clear error, never a design or a throw', async () => {
    const fragment = await encodeShareFragment(gen1);
    const cases = [
      fragment.slice(0, fragment.length - 7),
      fragment.slice(0, SHARE_PREFIX.length + 3),
      `${fragment.slice(0, 20)}!!${fragment.slice(22)}`,
      `${SHARE_PREFIX}${'A'.repeat(40)}`,
      'd2.abc',
      '',
      '<script>alert(1)</script>',
    ];
    for (const bad of cases) {
      const result = await decodeShareFragment(bad);
      expect(result.ok, bad).toBe(false);
      if (!result.ok) expect(result.error.length).toBeGreaterThan(10);
    }
  });

  test('random byte flips never throw', async () => {
    const fragment = await encodeShareFragment(gen1);
    await fc.assert(
      fc.asyncProperty(
        fc.nat(fragment.length - 1),
        fc.constantFrom(...'AZaz09-_'.split('')),
        async (at, ch) => {
          const result = await decodeShareFragment(
            fragment.slice(0, at) + ch + fragment.slice(at + 1),
          );
          if (result.ok) expect(result.design.storages.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 200 },
    );
  });
});
