/**
 * Every fix offered on random designs (alternatives included), applied the way the editor applies
 * it (through the store, as one undoable edit): its preview is exactly the access diff of the
 * result; applied after an unrelated edit (the editor validates a design a little older than the
 * live one) it grants nothing its preview did not show; and it repairs what it was offered for.
 * Designs come from the shared arbitraries, plus the mistakes they leave out on purpose
 * (duplicate paths, `read` with `get`, owner rules without `{entity_id}`, deeper nesting).
 */
import fc from 'fast-check';
import { afterAll, expect, test } from 'vitest';
import {
  applyEdit,
  applyEdits,
  designFromAccess,
  diffDesigns,
  fixesOf,
  fixPreview,
  liveFix,
  prefixForm,
  validateDesign,
  type Design,
  type DesignDiff,
  type FindingCode,
  type Rule,
} from '../../src/core';
import { createAppStore } from '../../src/state/create-store';
import { accessArb, ruleArb } from './arbitraries';

const RUNS = Number(process.env.FIX_RUNS ?? 150);

/** A mistake added to a generated access record, next to one of its paths. */
const extraArb = fc.record({
  kind: fc.constantFrom('child', 'grandchild', 'owner', 'pair', 'duplicate', 'read+get', 'entity'),
  at: fc.nat(),
  rules: fc.array(ruleArb, { maxLength: 3 }),
});

function withMistakes(
  access: [string, Rule[]][],
  extras: readonly { kind: string; at: number; rules: Rule[] }[],
): [string, Rule[]][] {
  const out = access.map(([p, r]) => [p, [...r]] as [string, Rule[]]);
  for (const { kind, at, rules } of extras) {
    const [path, own] = out[at % out.length]!;
    const base = prefixForm(path);
    if (kind === 'child') out.push([`${base}x/*`, rules]);
    else if (kind === 'grandchild') out.push([`${base}x/y/*`, rules]);
    else if (kind === 'owner') out.push([`${base}{entity_id}/*`, rules]);
    else if (kind === 'pair') {
      // A folder of its own and its owner folder (the docs' media/* + media/{entity_id}/*).
      const shared = rules.filter((r) => r.principal.kind !== 'entity');
      out.push([`pair${out.length}/*`, shared], [`pair${out.length}/{entity_id}/*`, [...own]]);
    } else if (kind === 'duplicate') out.push([path, rules]);
    else if (kind === 'entity')
      own.push({ principal: { kind: 'entity', entity: 'identity' }, actions: ['read'] });
    else if (own[0]) own[0] = { ...own[0], actions: ['read', 'get', ...own[0].actions] };
  }
  return out;
}

const designArb = fc
  .tuple(accessArb, fc.array(extraArb, { maxLength: 4 }))
  .map(([access, extras]) => designFromAccess(withMistakes(access as [string, Rule[]][], extras)));

/** Every (storage, path, person, action) a diff grants. */
const grants = (diff: DesignDiff) =>
  new Set(
    diff.changes.flatMap((c) => c.gained.map((a) => `${c.storage}|${c.path}|${c.person}|${a}`)),
  );

const seen = new Map<FindingCode, number>();

test('every fix: preview = access diff after applying it through the store; nothing more granted', () => {
  fc.assert(
    fc.property(designArb, (design: Design) => {
      const findings = validateDesign(design);
      for (const f of findings) {
        for (const fix of fixesOf(f)) {
          seen.set(f.code, (seen.get(f.code) ?? 0) + 1);
          const preview = fixPreview(design, fix);
          // As the editor applies it: one undoable edit of the store.
          const store = createAppStore({ design });
          store.getState().applyFix(f, design, fix);
          const after = store.getState().design;
          expect(diffDesigns(design, after), `${f.code}: ${fix.title}`).toEqual(preview);
          expect(after).toEqual(applyEdits(design, fix.edits));
          store.getState().undo();
          expect(store.getState().design).toBe(design);
          // The finding it was offered for is repaired: fewer findings of its kind.
          const kind = (g: { code: string }) => g.code === f.code;
          expect(
            validateDesign(after).filter(kind).length,
            `${f.code}: ${fix.title} repairs it`,
          ).toBeLessThan(findings.filter(kind).length);
          // Made for a design a little older than the live one: recomputed, never more generous.
          const live = applyEdit(design, {
            type: 'addPath',
            storageIndex: 0,
            path: 'unrelated-zz/*',
            at: 0,
          });
          const later = liveFix(f, design, live, validateDesign, fix);
          if (!later) continue;
          const shown = grants(preview);
          // The path added meanwhile is left out: a fix may well concern it (a path renamed to
          // `*` is over every path), and a preview made before it existed cannot speak of it.
          for (const g of grants(diffDesigns(live, applyEdits(live, later.edits))))
            if (!g.includes('|unrelated-zz/*|'))
              expect(shown, `${f.code}: ${fix.title} grants ${g}`).toContain(g);
        }
      }
    }),
    { numRuns: RUNS, endOnFailure: true },
  );
});

afterAll(() => {
  // The designs exercise the new repairs, not only the old ones.
  for (const code of [
    'path-too-deep',
    'path-owner-has-prefix',
    'path-owner-token-not-last',
    'path-duplicate',
    'rule-duplicate-principal',
    'rule-read-with-get-or-list',
    'warn-owner-rule-without-token',
  ] as const)
    expect(seen.get(code) ?? 0, code).toBeGreaterThan(0);
});
