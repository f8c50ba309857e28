/**
 * Export → import round trips for every design that validates without errors, with names salted
 * with odd Unicode (lone surrogates, U+2028/9, bidi marks, NUL, combining marks, emoji): through
 * resource.ts (same meaning, no problem reported), the design file and a share link (exactly equal).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeShareFragment,
  encodeShareFragment,
  parseDesignFile,
  renderResourceTs,
  serializeDesignFile,
  type Design,
} from '../../src/core';
import { importResourceTs } from '../../src/core/import';
import { designArb, isValid, meaning } from '../exports/designs';
import { fuzzSuite, runs, timed, timedAsync } from './harness';
import { ODD_UNICODE } from './mutate';

fuzzSuite();

/** Odd Unicode spliced into path segments and group names (where Cognito's rule still allows it). */
const saltedArb: fc.Arbitrary<Design> = fc
  .tuple(
    designArb,
    fc.array(fc.constantFrom(...ODD_UNICODE), { minLength: 1, maxLength: 4 }),
    fc.nat(),
  )
  .map(([design, salt, seed]) => {
    const spice = (text: string, i: number) => {
      const at = (seed + i) % (text.length + 1);
      return text.slice(0, at) + salt[i % salt.length] + text.slice(at);
    };
    const renameGroup = (g: string) => (/^[\p{L}\p{N}]/u.test(g) ? `${g}\u0301` : g); // a combining mark stays a valid group name
    return {
      ...design,
      groups: design.groups.map(renameGroup),
      storages: design.storages.map((s) => ({
        ...s,
        paths: s.paths.map((p, i) => ({
          path: p.path.replace(/^([^/{*]+)\//, (_m, first: string) => `${spice(first, i)}/`),
          rules: p.rules.map((r) =>
            r.principal.kind === 'groups'
              ? { ...r, principal: { ...r.principal, groups: r.principal.groups.map(renameGroup) } }
              : r,
          ),
        })),
      })),
    };
  });

const validArb = fc.oneof(designArb, saltedArb).filter(isValid);

describe('round trips of valid designs', () => {
  it('resource.ts: the same meaning, no problem', () => {
    fc.assert(
      fc.property(validArb, (design) => {
        const source = renderResourceTs(design);
        const imported = timed('round trip', source, () => importResourceTs(source));
        expect(imported.problems, source).toEqual([]);
        expect(meaning(imported.design!), source).toEqual(meaning(design));
      }),
      { numRuns: runs(150) },
    );
  });

  it('design file: exactly the same design', () => {
    fc.assert(
      fc.property(validArb, (design) => {
        const text = serializeDesignFile(design);
        expect(timed('round trip', text, () => parseDesignFile(text))).toEqual({
          ok: true,
          design,
        });
      }),
      { numRuns: runs(200) },
    );
  });

  it('share link: exactly the same design', async () => {
    await fc.assert(
      fc.asyncProperty(validArb, async (design) => {
        const link = await encodeShareFragment(design);
        expect(await timedAsync('round trip', link, () => decodeShareFragment(link))).toEqual({
          ok: true,
          design,
        });
      }),
      { numRuns: runs(100) },
    );
  });

  it('salting really adds odd Unicode to valid designs', () => {
    const salted = fc.sample(saltedArb.filter(isValid), 50);
    expect(
      salted.some((d) =>
        d.storages.some((s) => s.paths.some((p) => /[\ud800-\udfff\u2028\u200f]/.test(p.path))),
      ),
    ).toBe(true);
  });
});
