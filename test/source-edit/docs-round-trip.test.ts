/**
 * The docs' resource.ts examples (test/fixtures/docs-examples.ts; the third seed page,
 * custom-bucket-ja.txt, has no resource.ts) written back by the source-keeping writer: byte for
 * byte with no edit, and exactly one line changed by one tick.
 */
import { describe, expect, it } from 'vitest';
import { applyEdit, type Grantee } from '../../src/core';
import { importResourceTs } from '../../src/core/import';
import { pathIdOf } from '../../src/core/model/ids';
import { diffLines, splitLines, writeResourceTs } from '../../src/core/source-edit';
import { DOCS_EXAMPLES } from '../fixtures/docs-examples';

describe.each(DOCS_EXAMPLES.map((e) => [`${e.doc}: ${e.title}`, e.source] as const))(
  '%s',
  (_title, source) => {
    const design = importResourceTs(source).design!;

    it('round-trips byte for byte with no edit', () => {
      expect(writeResourceTs(source, design)).toEqual({ text: source, regenerated: [] });
    });

    // A tick on a person who already has a rule there (adding a rule to a list written without a
    // trailing comma must also add the comma on the line above: two lines).
    const paths = design.storages[0]!.paths;
    const target = paths.flatMap((entry) =>
      entry.rules
        .filter((r) => r.principal.kind !== 'groups' || r.principal.groups.length === 1)
        .map((rule) => ({ entry, rule })),
    )[0];
    it.runIf(target !== undefined)('one tick changes exactly one line', () => {
      const { entry, rule } = target!;
      const p = rule.principal;
      const grantee: Grantee =
        p.kind === 'groups'
          ? { kind: 'group', name: p.groups[0]! }
          : p.kind === 'entity'
            ? { kind: 'owner' }
            : p.kind === 'resource'
              ? { kind: 'function', name: p.fn }
              : { kind: p.kind };
      const has = (a: string) => rule.actions.includes(a);
      const [action, granted] = !has('delete')
        ? (['delete', true] as const)
        : has('write')
          ? (['write', false] as const)
          : (['write', true] as const);
      const next = applyEdit(design, {
        type: 'setGrant',
        storageIndex: 0,
        pathId: pathIdOf(entry),
        grantee,
        action,
        granted,
      });
      const result = writeResourceTs(source, next, design);
      expect(result.regenerated).toEqual([]);
      expect(importResourceTs(result.text).design!.storages).toEqual(next.storages);
      const changes = diffLines(splitLines(source), splitLines(result.text));
      expect(changes.filter((l) => l.kind === 'remove')).toHaveLength(1);
      expect(changes.filter((l) => l.kind === 'add')).toHaveLength(1);
    });
  },
);
