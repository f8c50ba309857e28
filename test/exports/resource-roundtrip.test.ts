/**
 * resource.ts round trip: for every valid design, reading back what renderResourceTs wrote gives
 * the same design (see `meaning` in ./designs.ts for what "the same" covers), with no problem
 * reported, and the storages exported under the names renderResourceTs chose.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allow, designFromAccess, renderResourceTs, type Design } from '../../src/core';
import { importResourceTs } from '../../src/core/import';
import {
  designArb,
  designWithOriginsArb,
  expectedExportNames,
  isValid,
  meaning,
  usedOrigins,
  validTemplates,
} from './designs';

function roundTrip(design: Design): void {
  const source = renderResourceTs(design);
  const imported = importResourceTs(source);
  expect(imported.problems, source).toEqual([]);
  expect(imported.design, source).not.toBeNull();
  expect(meaning(imported.design!), source).toEqual(meaning(design));
  expect(
    imported.design!.storages.map((s) => s.exportName),
    source,
  ).toEqual(expectedExportNames(design));
}

describe('resource.ts round trip', () => {
  it('every valid template', () => {
    for (const { design } of validTemplates()) roundTrip(design);
  });

  it('thousands of random valid designs, several storages among them', () => {
    let checked = 0;
    let multi = 0;
    fc.assert(
      fc.property(designArb, (design) => {
        fc.pre(isValid(design));
        checked++;
        if (design.storages.length > 1) multi++;
        roundTrip(design);
      }),
      { numRuns: 3000 },
    );
    expect(checked).toBe(3000);
    expect(multi).toBeGreaterThan(500);
  });

  it('functions keep where they came from: inline defineFunction({ entry }) triggers, imports', () => {
    let inline = 0;
    fc.assert(
      fc.property(designWithOriginsArb, (design) => {
        fc.pre(isValid(design));
        roundTrip(design);
        const back = importResourceTs(renderResourceTs(design)).design!;
        const origins = usedOrigins(design);
        expect(usedOrigins(back)).toMatchObject(origins);
        if (Object.values(origins).some((o) => o?.kind === 'inline')) inline++;
      }),
      { numRuns: 1500 },
    );
    expect(inline).toBeGreaterThan(100);
  });

  it('invalid designs too, as long as their names can stand in TypeScript', () => {
    fc.assert(
      fc.property(designArb, (design) => {
        const used = [...design.functions];
        fc.pre(used.every((f) => /^[A-Za-z_$][\w$]*$/.test(f)));
        roundTrip(design);
      }),
      { numRuns: 1000 },
    );
  });

  it('paths and names with quotes, backticks, backslashes, ${, spaces, non-ASCII and line separators', () => {
    const awkward = [
      "it's/*",
      'q"t/*',
      'tick`/*',
      'back\\slash/*',
      '${x}/*',
      'a b/*',
      '日本/é/*',
      'line\u2028sep/*',
      'para\u2029sep/*',
      'nl\nx/*',
      'cr\rx/*',
      'tab\tx/*',
      'nul\u0000/*',
      'bom\ufeff/*',
      'lone\ud800/*',
      'emoji😀/*',
      '*/',
    ];
    const design = designFromAccess(
      awkward.map(
        (path) =>
          [
            path,
            [allow.guest.to(['read']), allow.groups(["it's", 'q"t\\`${']).to(['write'])],
          ] as const,
      ),
      { name: 'my files', groups: ["it's", 'q"t\\`${'] },
    );
    roundTrip(design);
  });

  it('functions named like what resource.ts binds (defineStorage, allow, the storage export) still compile-safe', () => {
    const design: Design = {
      storages: [
        {
          name: 'storage',
          exportName: 'storage',
          isDefault: true,
          triggers: { onUpload: 'defineStorage' },
          hasAccess: true,
          paths: [
            {
              path: 'a/*',
              rules: [
                allow.resource('allow').to(['read']),
                allow.resource('storage').to(['write']),
              ],
            },
          ],
        },
        { name: 'other', exportName: 'allow', hasAccess: false, paths: [] },
      ],
      groups: [],
      functions: ['defineStorage', 'allow', 'storage'],
    };
    const source = renderResourceTs(design);
    expect(source).toContain(
      "import { defineStorage as defineStorage2 } from '@aws-amplify/backend';",
    );
    expect(source).toContain('access: (allow2) => ({');
    expect(source).toContain('export const storage2 = defineStorage2({');
    expect(source).toContain('export const allow2 = defineStorage2({');
    roundTrip(design);
  });
});
