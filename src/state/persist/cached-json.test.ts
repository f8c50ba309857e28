import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cachedJson, objectText } from './cached-json';

/** Strings JSON must escape or keep as they are: quotes, controls, separators, lone surrogates. */
const nasty = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    '"',
    '\\',
    '\u0000',
    '\u001f',
    '\u007f',
    '\u2028',
    '\ud800',
    'a\udfffb',
    '\ud83d\ude00',
  ),
);
const keyArb = fc.oneof(nasty, fc.constantFrom('__proto__', '0', '10', '-1', '1.5', 'toJSON', ''));

/** Values JSON.stringify treats apart: undefined and functions (left out or null), toJSON by key. */
const odd = fc.constantFrom(
  undefined,
  () => 1,
  Symbol('s'),
  Number.NaN,
  -0,
  Infinity,
  new Date(0),
  { toJSON: (key: string) => `key ${key}` },
  { toJSON: () => undefined },
  Object.assign(Object.create(null) as object, { a: 1 }),
  new Map([[1, 2]]),
  // A boxed string is written as the string.
  new String('boxed'),
  [1, , 3], // eslint-disable-line no-sparse-arrays -- a hole is written as null
);

const valueArb = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    nasty,
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    odd,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(keyArb, tie('value'), { maxKeys: 4 }),
  ),
})).value;

describe('cachedJson', () => {
  it('writes what JSON.stringify writes, at any depth, and again from what it kept', () => {
    fc.assert(
      fc.property(valueArb, fc.integer({ min: 0, max: 6 }), (value, depth) => {
        const expected = JSON.stringify(value);
        expect(cachedJson(value, depth)).toBe(expected);
        expect(cachedJson(value, depth)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps a shared object once and writes it the same under every key', () => {
    fc.assert(
      fc.property(
        valueArb,
        keyArb,
        keyArb,
        fc.integer({ min: 0, max: 4 }),
        (shared, a, b, depth) => {
          const whole = { [a]: shared, list: [shared, { [b]: shared }] };
          expect(cachedJson(shared, depth)).toBe(JSON.stringify(shared));
          expect(cachedJson(whole, depth + 2)).toBe(JSON.stringify(whole));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('writes long arrays in kept blocks that stay right when items are replaced, added or removed', () => {
    // A pool of items shared between arrays, so the same runs of items meet at other offsets;
    // some write themselves by their index (toJSON), some are primitives, holes or undefined.
    const pool: unknown[] = [
      ...Array.from({ length: 6 }, (_, i) => ({ path: `p${i}`, rules: [i] })),
      { toJSON: (key: string) => `item ${key}` },
      'text',
      7,
      undefined,
      null,
    ];
    const step = fc.oneof(
      fc.record({ kind: fc.constant('set' as const), at: fc.nat(), item: fc.nat(pool.length - 1) }),
      fc.record({
        kind: fc.constant('insert' as const),
        at: fc.nat(),
        count: fc.integer({ min: 1, max: 70 }),
      }),
      fc.record({
        kind: fc.constant('remove' as const),
        at: fc.nat(),
        count: fc.integer({ min: 1, max: 70 }),
      }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.nat(pool.length - 1), { minLength: 60, maxLength: 300 }),
        fc.array(step, { maxLength: 8 }),
        fc.integer({ min: 1, max: 3 }),
        (picks, steps, depth) => {
          let list = picks.map((k) => pool[k]);
          expect(cachedJson({ list }, depth + 1)).toBe(JSON.stringify({ list }));
          for (const s of steps) {
            const next = [...list];
            const at = s.at % (list.length + 1);
            if (s.kind === 'set') next[at] = pool[s.item];
            else if (s.kind === 'insert')
              next.splice(at, 0, ...Array.from({ length: s.count }, (_, i) => pool[(at + i) % 6]));
            else next.splice(at, s.count);
            list = next;
            expect(cachedJson({ list }, depth + 1)).toBe(JSON.stringify({ list }));
            expect(cachedJson(list, depth)).toBe(JSON.stringify(list));
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('gives toJSON the key it sits under', () => {
    const keyed = { toJSON: (key: string) => `at ${key}` };
    const value = { a: keyed, b: [keyed], '"c"': keyed };
    expect(cachedJson(value, 3)).toBe(JSON.stringify(value));
    expect(cachedJson(value, 3)).toBe('{"a":"at a","b":["at 0"],"\\"c\\"":"at \\"c\\""}');
  });

  it('objectText leaves out members without text, as JSON.stringify leaves out undefined', () => {
    expect(
      objectText([
        ['a', '1'],
        ['b', undefined],
        ['"', '"x"'],
      ]),
    ).toBe(JSON.stringify({ a: 1, b: undefined, '"': 'x' }));
  });
});
