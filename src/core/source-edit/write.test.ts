import { describe, expect, it } from 'vitest';
import { applyEdit } from '../edit/apply';
import type { DesignEdit } from '../edit/edits';
import { importResourceTs } from '../import';
import { pathIdOf } from '../model/ids';
import type { Design } from '../model/types';
import { writeResourceTs } from './write';
import { COMMENTED } from '../../../test/fixtures/commented-resource';

/** An edit as the tests write it: paths by index, turned into the id the design gives them. */
type IndexedEdit = DesignEdit | (Record<string, unknown> & { type: string; pathIndex: number });

function resolve(design: Design, e: IndexedEdit): DesignEdit {
  if (!('pathIndex' in e)) return e;
  const { pathIndex, ...rest } = e;
  const entry = design.storages[(rest.storageIndex as number) ?? 0]!.paths[pathIndex]!;
  return { ...rest, pathId: pathIdOf(entry) } as unknown as DesignEdit;
}

function edit(source: string, ...edits: IndexedEdit[]) {
  const design = importResourceTs(source).design!;
  const next = edits.reduce((d: Design, e) => applyEdit(d, resolve(d, e)), design);
  const result = writeResourceTs(source, next);
  return { ...result, next, back: importResourceTs(result.text).design! };
}

/** Lines of `after` that are not lines of `before` at the same place (a rough count for tests). */
function changedLines(before: string, after: string): string[] {
  const a = before.split(/\r?\n/);
  const b = after.split(/\r?\n/);
  let start = 0;
  while (start < a.length && a[start] === b[start]) start++;
  let end = 0;
  while (
    end < a.length - start &&
    end < b.length - start &&
    a[a.length - 1 - end] === b[b.length - 1 - end]
  )
    end++;
  return b.slice(start, b.length - end);
}

const tick = (
  pathIndex: number,
  granted: boolean,
  action: 'get' | 'list' | 'write' | 'delete' = 'delete',
): IndexedEdit => ({
  type: 'setGrant',
  storageIndex: 0,
  pathIndex,
  grantee: { kind: 'authenticated' },
  action,
  granted,
});

describe('writeResourceTs', () => {
  it('leaves an unedited file byte for byte', () => {
    expect(writeResourceTs(COMMENTED, importResourceTs(COMMENTED).design!)).toEqual({
      text: COMMENTED,
      regenerated: [],
    });
  });

  it("a tick changes one line, in the file's quotes", () => {
    const r = edit(COMMENTED, tick(0, true));
    expect(r.regenerated).toEqual([]);
    expect(changedLines(COMMENTED, r.text)).toEqual([
      '\t\t\tallow.authenticated.to(["read", "write", "delete"])',
    ]);
    expect(r.back.storages).toEqual(r.next.storages);
  });

  it("a new rule goes on its own line with the siblings' indentation, comments stay", () => {
    const r = edit(COMMENTED, tick(1, true, 'get'));
    expect(r.text).toContain(
      '\t\t"private/{entity_id}/*": [allow.entity("identity").to(["read", "write", "delete"]), allow.authenticated.to(["get"])]',
    );
    expect(r.text).toContain('/* owners only */');
    expect(r.back.storages).toEqual(r.next.storages);
  });

  it('removing a rule removes its line; the others and their comments stay', () => {
    const r = edit(COMMENTED, { type: 'removeRule', storageIndex: 0, pathIndex: 0, ruleIndex: 1 });
    expect(changedLines(COMMENTED, r.text)).toEqual([
      '\t\t\tallow.guest.to(["read"]) // anyone may look',
    ]);
    expect(r.back.storages).toEqual(r.next.storages);
  });

  it('adds, renames, moves and removes paths in place', () => {
    const steps: IndexedEdit[][] = [
      [{ type: 'addPath', storageIndex: 0, path: 'docs/*' }],
      [{ type: 'renamePath', storageIndex: 0, pathIndex: 0, path: 'pictures/*' }],
      [{ type: 'movePath', storageIndex: 0, pathIndex: 1, to: 0 }],
      [{ type: 'removePath', storageIndex: 0, pathIndex: 1 }],
    ];
    for (const edits of steps) {
      const r = edit(COMMENTED, ...edits);
      expect(r.regenerated).toEqual([]);
      expect(r.back.storages).toEqual(r.next.storages);
      expect(r.text).toContain('// Our files. Reviewed by the security team.');
    }
    const renamed = edit(COMMENTED, ...steps[1]!);
    expect(changedLines(COMMENTED, renamed.text)).toEqual(['\t\t"pictures/*": [']);
  });

  it('storage options: name, isDefault, versioned, triggers', () => {
    const r = edit(COMMENTED, {
      type: 'updateStorage',
      storageIndex: 0,
      patch: { name: 'files', isDefault: true, versioned: true },
    });
    expect(r.regenerated).toEqual([]);
    expect(changedLines(COMMENTED, r.text)).toEqual([
      '\tname: "files",',
      '\tisDefault: true,',
      '\tversioned: true,',
    ]);
    expect(r.back.storages).toEqual(r.next.storages);
    const t = edit(COMMENTED, {
      type: 'updateStorage',
      storageIndex: 0,
      patch: { triggers: { onUpload: 'thumbnails' } },
    });
    expect(t.text).toContain('import { thumbnails } from "../functions/thumbnails/resource"');
    expect(t.back.storages).toEqual(t.next.storages);
  });

  it('CRLF files stay CRLF', () => {
    const crlf = COMMENTED.replace(/\n/g, '\r\n');
    const r = edit(crlf, tick(1, true, 'get'), { type: 'addPath', storageIndex: 0, path: 'x/*' });
    expect(r.text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(r.back.storages).toEqual(r.next.storages);
  });

  it('keeps inline defineFunction triggers and import paths when a rule is added', () => {
    const source = `import { defineStorage, defineFunction } from '@aws-amplify/backend';
import { generateMonthlyReports } from '../functions/generate-monthly-reports/resource';

export const storage = defineStorage({
  name: 'myReports',
  triggers: {
    onUpload: defineFunction({
      entry: './on-upload-handler.ts'
    }),
  },
  access: (allow) => ({
    'reports/*': [allow.resource(generateMonthlyReports).to(['read'])],
  }),
});
`;
    const r = edit(source, {
      type: 'setGrant',
      storageIndex: 0,
      pathIndex: 0,
      grantee: { kind: 'function', name: 'generateMonthlyReports' },
      action: 'write',
      granted: true,
    });
    expect(changedLines(source, r.text)).toEqual([
      "    'reports/*': [allow.resource(generateMonthlyReports).to(['read', 'write'])],",
    ]);
  });

  it('says why when a part is written afresh', () => {
    const source = `import { defineStorage } from '@aws-amplify/backend';
export const storage = defineStorage({
  name: 'a',
  access: (allow) => ({
    'a/*': [
      allow.guest.to(['read'])]
  }),
});
`;
    const r = edit(source, {
      type: 'setGrant',
      storageIndex: 0,
      pathIndex: 0,
      grantee: { kind: 'authenticated' },
      action: 'write',
      granted: true,
    });
    expect(r.regenerated).toEqual([
      { scope: 'storage', storageIndex: 0, reason: 'irregular-layout' },
    ]);
    expect(r.back.storages).toEqual(r.next.storages);
  });

  it('adds and removes storages as statements', () => {
    const design: Design = importResourceTs(COMMENTED).design!;
    const added = applyEdit(design, {
      type: 'addStorage',
      storage: { name: 'second', hasAccess: false, paths: [] },
    });
    const r = writeResourceTs(COMMENTED, added);
    expect(r.regenerated).toEqual([]);
    expect(r.text.startsWith(COMMENTED.trimEnd())).toBe(true);
    const back = writeResourceTs(r.text, design);
    expect(back.text).toBe(COMMENTED);
  });
});
