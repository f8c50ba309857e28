/**
 * `Expect this` pins a cell as it is: over every template, every storage, every cell, the tests a
 * cell gives pass at once on the design they came from (core `testsFromCell`).
 */
import { describe, expect, it } from 'vitest';
import { accessMatrix, cachedAccessModel, runAccessTests, testsFromCell } from '../../core';
import { TEMPLATES } from '../../state';

describe('Expect this over every template', () => {
  for (const [id, template] of Object.entries(TEMPLATES)) {
    it(`${id}: every cell's tests pass on its design`, () => {
      const design = template.design();
      const tests = design.storages.flatMap((storage, s) => {
        const m = accessMatrix(design, cachedAccessModel(storage), {
          includeDeclaredFunctions: true,
        });
        return m.rows.flatMap((row) =>
          m.people.flatMap((p) => {
            const pinned = testsFromCell(design, s, row, p);
            // Every cell is pinned, except on a path Amplify rejects for its missing `*`.
            if (row.cells[p] && row.path.endsWith('*')) expect(pinned.length).toBeGreaterThan(0);
            return pinned;
          }),
        );
      });
      if (design.storages.some((s) => s.paths.length > 0)) expect(tests.length).toBeGreaterThan(0);
      const failing = runAccessTests(design, tests).filter((r) => r.status !== 'pass');
      expect(failing.map((r) => [r.test, r.failures, r.problems])).toEqual([]);
    });
  }
});
