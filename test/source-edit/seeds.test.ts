/**
 * The writer on every resource.ts the importer's tests hold (accepted forms, error cases, the
 * docs): unedited, and with each path's first person given one more action, the result always
 * reads back as the design, in place where the file has no errors.
 */
import { describe, expect, it } from 'vitest';
import { applyEdit, type Design, type Grantee } from '../../src/core';
import { importResourceTs } from '../../src/core/import';
import { pathIdOf } from '../../src/core/model/ids';
import { writeResourceTs } from '../../src/core/source-edit';
import { RESOURCE_TS_SEEDS } from '../fuzz/seeds';

const granteeOf = (design: Design): Grantee => {
  const p = design.storages[0]?.paths[0]?.rules[0]?.principal;
  if (!p) return { kind: 'guest' };
  if (p.kind === 'groups') return { kind: 'group', name: p.groups[0] ?? 'admin' };
  if (p.kind === 'entity') return { kind: 'owner' };
  if (p.kind === 'resource') return { kind: 'function', name: p.fn };
  return { kind: p.kind };
};

describe('the writer on the importer test corpus', () => {
  it(`${RESOURCE_TS_SEEDS.length} files: unedited and ticked, read back exactly`, () => {
    let inPlace = 0;
    for (const source of RESOURCE_TS_SEEDS) {
      const imported = importResourceTs(source);
      const design = imported.design;
      if (!design) continue;
      const clean = imported.problems.every((p) => p.severity === 'warning');
      if (clean) expect(writeResourceTs(source, design).text, source).toBe(source);
      const entry = design.storages[0]?.paths[0];
      if (!entry) continue;
      const next = applyEdit(design, {
        type: 'setGrant',
        storageIndex: 0,
        pathId: pathIdOf(entry),
        grantee: granteeOf(design),
        action: 'delete',
        granted: true,
      });
      const result = writeResourceTs(source, next, design);
      expect(result.regenerated.map((r) => r.reason)).not.toContain('internal-error');
      expect(result.regenerated.map((r) => r.reason)).not.toContain('verify-failed');
      expect(importResourceTs(result.text).design?.storages, source).toEqual(
        next.storages.map((s, i) =>
          s.exportName === undefined
            ? { ...s, exportName: importResourceTs(result.text).design?.storages[i]?.exportName }
            : s,
        ),
      );
      if (clean && result.regenerated.length === 0) inPlace++;
    }
    expect(inPlace).toBeGreaterThan(10);
  });
});
