import fc from 'fast-check';
import { expect, it } from 'vitest';
import { ACCESS_ACTIONS, type AccessAction, type Person } from '../../core';
import { matrixJson } from './matrix';
import { matrixJsonText } from './matrix-json';

const personArb = fc.oneof(
  fc.constantFrom<Person>('guest', 'authenticated', 'owner'),
  fc.string().map((g) => `group:${g}` as Person),
  fc.string().map((f) => `function:${f}` as Person),
);
const allowedArb = fc.subarray([...ACCESS_ACTIONS] as AccessAction[]);

const matrixArb: fc.Arbitrary<Parameters<typeof matrixJson>[0]> = fc
  .uniqueArray(personArb, { maxLength: 5 })
  .chain((people) =>
    fc.record({
      people: fc.constant(people),
      rows: fc.array(
        fc.record({
          // Quotes, backslashes, control and line-separator characters, lone surrogates.
          path: fc.oneof(fc.string(), fc.string({ unit: 'binary' })),
          cells: fc
            .array(fc.option(allowedArb, { nil: undefined }), {
              minLength: people.length,
              maxLength: people.length,
            })
            .map((allowed) =>
              Object.fromEntries(
                people.flatMap((p, i) =>
                  allowed[i] ? [[p, { allowed: allowed[i], overridden: [] }]] : [],
                ),
              ),
            ),
        }),
        { maxLength: 6 },
      ),
    }),
  );

it('writes the same text as JSON.stringify of the matrix JSON object', () => {
  fc.assert(
    fc.property(matrixArb, (matrix) => {
      expect(matrixJsonText(matrix)).toBe(JSON.stringify(matrixJson(matrix), null, 2));
    }),
  );
});

it('writes one shared list of actions the same wherever it appears', () => {
  const shared: readonly AccessAction[] = ['get', 'list'];
  const matrix = {
    people: ['guest', 'authenticated'] as Person[],
    rows: [
      { path: 'a/*', cells: { guest: { allowed: shared, overridden: [] } } },
      { path: 'b/*', cells: {} },
      { path: 'c/*', cells: { authenticated: { allowed: shared, overridden: [] } } },
    ],
  };
  expect(matrixJsonText(matrix)).toBe(JSON.stringify(matrixJson(matrix), null, 2));
  expect(matrixJsonText({ people: [], rows: [] })).toBe(
    JSON.stringify(matrixJson({ people: [], rows: [] }), null, 2),
  );
});
