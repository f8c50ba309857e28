/**
 * The source-keeping writer on random resource.ts files in many styles (styles.ts) and random
 * sequences of edits: the result (a) reads back as exactly the edited design, (b) differs from
 * the original only in lines the edits concern (a bound per edit), (c) keeps every comment of a
 * part that is still there, and (d) compiles against the real @aws-amplify/backend types.
 * SOURCE_EDIT_RUNS sets the number of cases (default 150), SOURCE_EDIT_TSC how many of them are
 * type-checked (default 6).
 */
import fc from 'fast-check';
import { rmSync } from 'node:fs';
import { posix } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import {
  applyEdit,
  type Design,
  type DesignEdit,
  type Grantee,
  type TriggerTarget,
} from '../../src/core';
import { importResourceTs } from '../../src/core/import';
import { pathIdOf } from '../../src/core/model/ids';
import { diffLines, splitLines, writeResourceTs } from '../../src/core/source-edit';
import { createProjectRoot, typecheck, writeCaseFiles } from '../exports/amplify-project';
import { commentsOf, storagesArb, styleArb, writeAsPerson } from './styles';

const RUNS = Number(process.env.SOURCE_EDIT_RUNS ?? 150);
const TSC = Number(process.env.SOURCE_EDIT_TSC ?? 6);

/** An edit chosen against the design it applies to, with how many lines it may change. */
type Step = (design: Design) => { edit: DesignEdit; bound: number } | undefined;

const GRANTEES: Grantee[] = [
  { kind: 'guest' },
  { kind: 'authenticated' },
  { kind: 'owner' },
  { kind: 'group', name: 'admin' },
  { kind: 'function', name: 'reportFn' },
];

const pick = <T>(items: readonly T[], n: number): T | undefined =>
  items[n % Math.max(1, items.length)];

const stepArb: fc.Arbitrary<Step> = fc
  .tuple(fc.nat(), fc.nat(), fc.nat(), fc.boolean())
  .chain(([a, b, c, flag]) =>
    fc.constantFrom<Step>(
      (d) => {
        const s = d.storages[a % d.storages.length]!;
        const entry = pick(s.paths, b);
        if (!entry) return undefined;
        const action = (['get', 'list', 'write', 'delete'] as const)[c % 4]!;
        const edit: DesignEdit = {
          type: 'setGrant',
          storageIndex: a % d.storages.length,
          pathId: pathIdOf(entry),
          grantee: GRANTEES[c % GRANTEES.length]!,
          action,
          granted: flag,
        };
        // A rule's line, or a new line plus the comma above it, or `[]` opened up.
        return { edit, bound: 4 };
      },
      (d) => ({
        edit: {
          type: 'addPath',
          storageIndex: a % d.storages.length,
          path: `new${b % 50}/*`,
          ...(flag ? { rules: [{ principal: { kind: 'guest' }, actions: ['read'] }] } : {}),
        },
        bound: 6,
      }),
      (d) => {
        const i = a % d.storages.length;
        const entry = pick(d.storages[i]!.paths, b);
        return (
          entry && {
            edit: { type: 'removePath', storageIndex: i, pathId: pathIdOf(entry) },
            bound: 2 * (entry.rules.length + 3) + 2,
          }
        );
      },
      (d) => {
        const i = a % d.storages.length;
        const entry = pick(d.storages[i]!.paths, b);
        return (
          entry && {
            edit: {
              type: 'renamePath',
              storageIndex: i,
              pathId: pathIdOf(entry),
              path: `renamed${c % 50}/*`,
            },
            bound: 2,
          }
        );
      },
      (d) => {
        const i = a % d.storages.length;
        const entry = pick(d.storages[i]!.paths, b);
        return (
          entry && {
            edit: {
              type: 'movePath',
              storageIndex: i,
              pathId: pathIdOf(entry),
              to: c % d.storages[i]!.paths.length,
            },
            bound: 4 * (entry.rules.length + 3) + 2,
          }
        );
      },
      (d) => ({
        edit: {
          type: 'updateStorage',
          storageIndex: a % d.storages.length,
          patch: flag ? { versioned: b % 2 === 0 } : { name: `renamed${c % 9}` },
        },
        bound: 3,
      }),
      (d) => {
        // A trigger set to nothing, a new inline defineFunction({ entry }) or a declared function:
        // the triggers option's lines, the import that gains defineFunction, a comma above.
        const targets: TriggerTarget[] = [
          { kind: 'none' },
          { kind: 'inline', entry: `./handler-${b % 3}.ts` },
          ...d.functions.map((name): TriggerTarget => ({ kind: 'function', name })),
        ];
        return {
          edit: {
            type: 'setTrigger',
            storageIndex: a % d.storages.length,
            event: flag ? 'onUpload' : 'onDelete',
            target: pick(targets, c)!,
          },
          bound: 12,
        };
      },
      (d) => ({
        edit: { type: 'setDefaultStorage', storageIndex: a % d.storages.length },
        bound: 2 * d.storages.length + 2,
      }),
      () => ({
        edit: {
          type: 'addStorage',
          storage: { name: `added${b % 9}`, hasAccess: flag, paths: [] },
        },
        bound: 8,
      }),
      (d) =>
        d.groups.includes('admin')
          ? {
              edit: { type: 'renameGroup', from: 'admin', to: 'admins' },
              bound: 2 * occurrences(d, 'admin') + 2,
            }
          : undefined,
      (d) =>
        d.functions.includes('reportFn')
          ? {
              edit: { type: 'renameFunction', from: 'reportFn', to: 'reports' },
              bound: 2 * occurrences(d, 'reportFn') + 4,
            }
          : undefined,
    ),
  );

/** How many rules or triggers name a group or function. */
function occurrences(design: Design, name: string): number {
  return design.storages.reduce(
    (n, s) =>
      n +
      Object.values(s.triggers ?? {}).filter((f) => f === name).length +
      s.paths.reduce(
        (m, p) =>
          m +
          p.rules.filter(
            (r) =>
              (r.principal.kind === 'groups' && r.principal.groups.includes(name)) ||
              (r.principal.kind === 'resource' && r.principal.fn === name),
          ).length,
        0,
      ),
    0,
  );
}

const root = createProjectRoot();
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Stub modules for every relative import of the file, so tsc sees the project it would be in. */
function projectFiles(text: string): Record<string, string> {
  const files: Record<string, string> = { 'amplify/storage/resource.ts': text };
  for (const declaration of importResourceTs(text).spans.imports) {
    if (!declaration.from.startsWith('.')) continue;
    const file = posix.normalize(`amplify/storage/${declaration.from}.ts`);
    const exports = declaration.specifiers.map(
      (s) => `export const ${s.imported} = defineFunction({});`,
    );
    files[file] = `import { defineFunction } from '@aws-amplify/backend';\n${exports.join('\n')}\n`;
  }
  return files;
}

it(`random files and edits: exact, local, comments kept, compiles (${RUNS} cases, ${TSC} type-checked)`, async () => {
  const compiled: string[] = [];
  let inPlace = 0;
  fc.assert(
    fc.property(
      storagesArb,
      styleArb,
      fc.array(stepArb, { minLength: 1, maxLength: 4 }),
      (storages, style, steps) => {
        const source = writeAsPerson(storages, style);
        const imported = importResourceTs(source);
        expect(imported.problems.filter((p) => p.severity === 'error')).toEqual([]);
        const original = imported.design!;
        let design = original;
        let bound = 0;
        const edits: DesignEdit[] = [];
        for (const step of steps) {
          const chosen = step(design);
          if (!chosen) continue;
          edits.push(chosen.edit);
          design = applyEdit(design, chosen.edit);
          bound += chosen.bound;
        }
        const result = writeResourceTs(source, design, original);
        // (a) exactly the edited design (a storage new to the file is exported under the name
        // the writer chose for it)
        const back = importResourceTs(result.text).design!.storages;
        expect(back).toEqual(
          design.storages.map((s, i) =>
            s.exportName === undefined ? { ...s, exportName: back[i]?.exportName } : s,
          ),
        );
        // Styles here are regular: only an inline function given a new name must move to a const.
        const why = `${JSON.stringify(source)}\n${JSON.stringify(edits)}`;
        for (const r of result.regenerated) expect(r.reason, why).toBe('inline-function-shared');
        if (result.regenerated.length > 0) return;
        inPlace++;
        // (b) only the lines the edits concern
        const changes = diffLines(splitLines(source), splitLines(result.text));
        expect(changes.filter((l) => l.kind !== 'keep').length).toBeLessThanOrEqual(bound);
        // CRLF stays CRLF, and no line loses its ending
        if (style.eol === '\r\n') expect(result.text.replace(/\r\n/g, '')).not.toMatch(/\n/);
        // (c) every comment outside the removed lines is still there (a comment goes only with the
        // lines of a path or rule that went or changed)
        const removed = new Set(
          changes.filter((l) => l.kind === 'remove').flatMap((l) => commentsOf(l.text)),
        );
        const kept = new Set(commentsOf(result.text));
        for (const note of commentsOf(source)) if (!removed.has(note)) expect(kept).toContain(note);
        if (compiled.length < TSC) compiled.push(result.text);
      },
    ),
    { numRuns: RUNS, seed: 20261130 },
  );
  expect(inPlace).toBeGreaterThan(RUNS / 2);
  // (d) compiles against the real types, as the generated file does
  if (compiled.length === 0) return;
  compiled.forEach((text, i) => writeCaseFiles(root, i, projectFiles(text)));
  const { byCase, output } = await typecheck(root);
  expect([...byCase.values()].flat(), output).toEqual([]);
}, 300_000);
