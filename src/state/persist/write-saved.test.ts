import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  allow,
  applyEdit,
  designFromAccess,
  pathIdOf,
  type Design,
  type DesignEdit,
  type Rule,
} from '../../core';
import { accessArb, ruleArb } from '../../../test/property/arbitraries';
import type { ResourceSource, SessionData } from '../types';
import { savedText, sessionEnvelope } from './write-saved';

/** Names and texts JSON must escape or keep: quotes, controls, separators, lone surrogates. */
const nasty = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom('"', '\\', '\u0000\n\t', '\u2028', '\ud800', 'a\udfffb', '\ud83d\ude00'),
);

/** One step of a session: an edit of the design, a change of the view, or of the resource.ts. */
type Step =
  | { kind: 'edit'; make: (design: Design) => DesignEdit | undefined }
  | { kind: 'view'; patch: Partial<SessionData> }
  | { kind: 'source'; text: string | undefined; imported: string | undefined };

const pathAt = (design: Design, storageIndex: number, n: number) => {
  const paths = design.storages[storageIndex]?.paths ?? [];
  return paths.length ? { storageIndex, pathId: pathIdOf(paths[n % paths.length]!) } : undefined;
};
const storageOf = (design: Design, n: number) => n % design.storages.length;

const editArb: fc.Arbitrary<Step> = fc
  .oneof(
    fc.tuple(fc.nat(), fc.nat(), fc.boolean()).map(([s, p, granted]) => (d: Design) => {
      const at = pathAt(d, storageOf(d, s), p);
      return (
        at &&
        ({ type: 'setGrant', ...at, grantee: { kind: 'guest' }, action: 'write', granted } as const)
      );
    }),
    fc.tuple(fc.nat(), fc.nat(), nasty).map(([s, p, path]) => (d: Design) => {
      const at = pathAt(d, storageOf(d, s), p);
      return at && ({ type: 'renamePath', ...at, path } as const);
    }),
    fc.tuple(fc.nat(), nasty, fc.array(ruleArb, { maxLength: 2 })).map(
      ([s, path, rules]) =>
        (d: Design) =>
          ({ type: 'addPath', storageIndex: storageOf(d, s), path, rules }) as const,
    ),
    fc.tuple(fc.nat(), fc.nat()).map(([s, p]) => (d: Design) => {
      const at = pathAt(d, storageOf(d, s), p);
      return at && ({ type: 'removePath', ...at } as const);
    }),
    fc
      .tuple(
        fc.nat(),
        fc.option(nasty, { nil: undefined }),
        fc.option(fc.boolean(), { nil: undefined }),
      )
      .map(
        ([s, exportName, versioned]) =>
          (d: Design) =>
            ({
              type: 'updateStorage',
              storageIndex: storageOf(d, s),
              patch: { exportName, versioned },
            }) as const,
      ),
    nasty.map((name) => () => ({ type: 'addGroup', name }) as const),
    nasty.map((name) => () => ({ type: 'addFunction', name }) as const),
  )
  .map((make) => ({ kind: 'edit', make }));

const viewArb: fc.Arbitrary<Step> = fc
  .record(
    {
      theme: fc.constantFrom('system', 'light', 'dark'),
      bucket: fc.record({
        region: nasty,
        bucketNames: fc.dictionary(nasty, nasty, { maxKeys: 2 }),
      }),
      simulator: fc.record({
        person: fc.constantFrom('guest', 'authenticated'),
        action: fc.constantFrom('get', 'write'),
        key: nasty,
        identityId: nasty,
      }),
      storageIndex: fc.nat(3),
    },
    { requiredKeys: [] },
  )
  .map((patch) => ({ kind: 'view', patch: patch as Partial<SessionData> }));

const sourceArb: fc.Arbitrary<Step> = fc
  .record({
    text: fc.option(fc.string({ unit: 'binary', maxLength: 40 }), { nil: undefined }),
    imported: fc.option(fc.string({ unit: 'binary', maxLength: 40 }), { nil: undefined }),
  })
  .map(({ text, imported }) => ({ kind: 'source', text, imported }));

const sessionArb = fc.record({
  access: accessArb,
  steps: fc.array(fc.oneof({ weight: 4, arbitrary: editArb }, viewArb, sourceArb), {
    maxLength: 12,
  }),
  revision: fc.nat(),
  time: fc.integer({ min: 0, max: 4102444800000 }),
});

describe('savedText', () => {
  it('writes JSON.stringify of the envelope, byte for byte, after every step of a session', () => {
    fc.assert(
      fc.property(sessionArb, ({ access, steps, revision, time }) => {
        const now = new Date(time);
        let data: SessionData = {
          design: designFromAccess(access, { groups: ['admin'] }),
          storageIndex: 0,
          bucket: { region: '', bucketNames: {} },
          theme: 'system',
          simulator: { person: 'guest', action: 'get', key: 'a', identityId: '' },
        };
        const check = (at: number) =>
          expect(savedText(data, revision + at, now)).toBe(
            JSON.stringify(sessionEnvelope(data, revision + at, now)),
          );
        check(0);
        steps.forEach((step, i) => {
          if (step.kind === 'edit') {
            const edit = step.make(data.design);
            if (edit) data = { ...data, design: applyEdit(data.design, edit) };
          } else if (step.kind === 'view') data = { ...data, ...step.patch };
          else {
            const source: ResourceSource | undefined =
              step.text === undefined
                ? undefined
                : {
                    text: step.text,
                    design: data.design,
                    ...(step.imported !== undefined && {
                      imported: { text: step.imported, design: data.source?.design ?? data.design },
                    }),
                  };
            data = { ...data, source };
          }
          check(i + 1);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('is compact JSON that parses back to the envelope', () => {
    const design = designFromAccess([['a/"b"/*', []]]);
    const data: SessionData = {
      design,
      storageIndex: 0,
      bucket: { region: 'eu-west-1', bucketNames: {} },
      theme: 'dark',
      simulator: { person: 'guest', action: 'get', key: 'k', identityId: '' },
      source: { text: 'defineStorage("\u2028")', design },
    };
    const now = new Date(0);
    const text = savedText(data, 3, now);
    expect(text.startsWith('{"version":2,"revision":3,"savedAt":"1970-01-01T00:00:00.000Z",')).toBe(
      true,
    );
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(sessionEnvelope(data, 3, now))));
  });

  it('after a tick on a 2,000-path design, stringifies only the edited path and the small parts', () => {
    const design = designFromAccess(
      Array.from({ length: 2000 }, (_, i): [string, Rule[]] => [
        `folder${i}/sub/*`,
        [allow.authenticated.to(['read', 'write'])],
      ]),
    );
    const data: SessionData = {
      design,
      storageIndex: 0,
      bucket: { region: '', bucketNames: {} },
      theme: 'system',
      simulator: { person: 'guest', action: 'get', key: 'a', identityId: '' },
      source: { text: 'x'.repeat(100_000), design },
    };
    const first = savedText(data, 1);
    const path = design.storages[0]!.paths[1234]!;
    const ticked = applyEdit(design, {
      type: 'setGrant',
      storageIndex: 0,
      pathId: pathIdOf(path),
      grantee: { kind: 'guest' },
      action: 'delete',
      granted: true,
    });
    const stringify = vi.spyOn(JSON, 'stringify');
    try {
      const text = savedText({ ...data, design: ticked }, 2);
      const written = stringify.mock.results.reduce(
        (sum, r) => sum + (typeof r.value === 'string' ? r.value.length : 0),
        0,
      );
      // The edited path's text and the envelope's small members; the whole is 30 times that.
      expect(written).toBeLessThan(1500);
      expect(text.length).toBeGreaterThan(first.length - 100);
      stringify.mockRestore();
      expect(text).toBe(
        JSON.stringify(
          sessionEnvelope({ ...data, design: ticked }, 2, new Date(JSON.parse(text).savedAt)),
        ),
      );
    } finally {
      stringify.mockRestore();
    }
  });
});
