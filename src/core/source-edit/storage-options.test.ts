/**
 * Storage options written into the user's resource.ts in place (issue 10, item 10): triggers set
 * inline (`defineFunction({ entry })`), to an imported function, or removed; versioned and
 * isDefault toggled; storages added and removed. Untouched lines stay byte for byte.
 */
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../edit/apply';
import type { DesignEdit } from '../edit/edits';
import { importResourceTs } from '../import';
import type { Design } from '../model/types';
import { diffLines, splitLines } from './index';
import { writeResourceTs } from './write';

const PLAIN = `import { defineStorage } from '@aws-amplify/backend';

// Pictures: reviewed by the security team.
export const storage = defineStorage({
  name: 'myProjectFiles',
  access: (allow) => ({
    'media/*': [allow.guest.to(['read'])], // anyone may look
  }),
});
`;

/** The docs' trigger example, with one imported function given access. */
const DOCS = `import { defineStorage, defineFunction } from '@aws-amplify/backend';
import { resizer } from '../functions/resizer/resource';

export const storage = defineStorage({
  name: 'myProjectFiles',
  versioned: true,
  triggers: {
    onUpload: defineFunction({
      entry: './on-upload-handler.ts'
    }),
    onDelete: defineFunction({
      entry: './on-delete-handler.ts'
    })
  },
  access: (allow) => ({
    'media/*': [allow.resource(resizer).to(['read'])],
  }),
});
`;

function write(source: string, ...edits: DesignEdit[]) {
  const design = importResourceTs(source).design!;
  const next: Design = applyEdits(design, edits);
  const result = writeResourceTs(source, next, design);
  const back = importResourceTs(result.text).design!;
  // A storage new to the file is exported under the name the writer chose for it.
  const named = next.storages.map((s, i) =>
    s.exportName === undefined ? { ...s, exportName: back.storages[i]?.exportName } : s,
  );
  expect(back.storages).toEqual(named);
  return { ...result, next, back };
}

/** Lines removed from `before` and added in `after`, in order. */
function changes(before: string, after: string) {
  const lines = diffLines(splitLines(before), splitLines(after));
  return {
    removed: lines.filter((l) => l.kind === 'remove').map((l) => l.text),
    added: lines.filter((l) => l.kind === 'add').map((l) => l.text),
  };
}

const trigger = (
  event: 'onUpload' | 'onDelete',
  target: Extract<DesignEdit, { type: 'setTrigger' }>['target'],
): DesignEdit => ({ type: 'setTrigger', storageIndex: 0, event, target });

describe('triggers in place', () => {
  it('an inline trigger adds triggers and defineFunction to the import; nothing else changes', () => {
    const r = write(
      PLAIN,
      trigger('onUpload', { kind: 'inline', entry: './on-upload-handler.ts' }),
    );
    expect(r.regenerated).toEqual([]);
    expect(changes(PLAIN, r.text)).toEqual({
      removed: ["import { defineStorage } from '@aws-amplify/backend';"],
      added: [
        "import { defineStorage, defineFunction } from '@aws-amplify/backend';",
        '  triggers: {',
        "    onUpload: defineFunction({ entry: './on-upload-handler.ts' }),",
        '  },',
      ],
    });
    expect(r.back.functionOrigins).toEqual({
      onUploadHandler: { kind: 'inline', entry: './on-upload-handler.ts' },
    });
  });

  it('a trigger set to an imported function replaces only its value', () => {
    const r = write(DOCS, trigger('onUpload', { kind: 'function', name: 'resizer' }));
    expect(r.regenerated).toEqual([]);
    expect(changes(DOCS, r.text)).toEqual({
      removed: [
        '    onUpload: defineFunction({',
        "      entry: './on-upload-handler.ts'",
        '    }),',
      ],
      added: ['    onUpload: resizer,'],
    });
  });

  it('a new entry for an inline trigger rewrites that call only', () => {
    const r = write(DOCS, trigger('onDelete', { kind: 'inline', entry: './cleanup.ts' }));
    expect(r.regenerated).toEqual([]);
    expect(changes(DOCS, r.text).added).toEqual([
      "    onDelete: defineFunction({ entry: './cleanup.ts' })",
    ]);
    expect(r.next.functions).not.toContain('onDeleteHandler');
  });

  it('renaming an inline trigger function names it in its call, in place', () => {
    const r = write(DOCS, { type: 'renameFunction', from: 'onUploadHandler', to: 'thumbnails' });
    expect(r.regenerated).toEqual([]);
    expect(changes(DOCS, r.text).added).toEqual([
      "    onUpload: defineFunction({ name: 'thumbnails', entry: './on-upload-handler.ts' }),",
    ]);
  });

  it('removing the last trigger removes the triggers option', () => {
    const r = write(
      DOCS,
      trigger('onUpload', { kind: 'none' }),
      trigger('onDelete', { kind: 'none' }),
    );
    expect(r.regenerated).toEqual([]);
    expect(changes(DOCS, r.text).added).toEqual([]);
    expect(r.text).not.toContain('triggers');
    expect(r.text).toContain("'media/*': [allow.resource(resizer).to(['read'])],");
  });

  it('a file with no import from @aws-amplify/backend to extend is written afresh, and says why', () => {
    const source = PLAIN.replace("import { defineStorage } from '@aws-amplify/backend';", '');
    const design = importResourceTs(source).design!;
    const next = applyEdits(design, [
      trigger('onUpload', { kind: 'inline', entry: './on-upload-handler.ts' }),
    ]);
    const r = writeResourceTs(source, next, design);
    expect(r.regenerated).toEqual([{ scope: 'file', reason: 'define-function-not-imported' }]);
    expect(importResourceTs(r.text).design!.storages).toEqual(next.storages);
  });
});

describe('options and storages in place', () => {
  it('versioned toggled off removes its line, on writes it back', () => {
    const off = write(DOCS, {
      type: 'updateStorage',
      storageIndex: 0,
      patch: { versioned: undefined },
    });
    expect(changes(DOCS, off.text)).toEqual({ removed: ['  versioned: true,'], added: [] });
    const on = write(off.text, {
      type: 'updateStorage',
      storageIndex: 0,
      patch: { versioned: true },
    });
    expect(on.text).toBe(DOCS);
  });

  it("a second storage made the default is appended; the first one's text stays", () => {
    const r = write(
      PLAIN,
      { type: 'addStorage', storage: { name: 'logs', hasAccess: true, paths: [] } },
      { type: 'setDefaultStorage', storageIndex: 1 },
    );
    expect(r.regenerated).toEqual([]);
    expect(r.text.startsWith(PLAIN)).toBe(true);
    expect(changes(PLAIN, r.text).added).toEqual([
      '',
      'export const logs = defineStorage({',
      "  name: 'logs',",
      '  isDefault: true,',
      '  access: (allow) => ({',
      '  }),',
      '});',
    ]);
    // Moving the default back writes isDefault on the first storage and drops it on the second.
    const back = write(r.text, { type: 'setDefaultStorage', storageIndex: 0 });
    expect(back.regenerated).toEqual([]);
    expect(changes(r.text, back.text)).toEqual({
      removed: ['  isDefault: true,'],
      added: ['  isDefault: true,'],
    });
  });

  it('removing a storage removes its statement only', () => {
    const two = write(PLAIN, {
      type: 'addStorage',
      storage: { name: 'logs', hasAccess: true, paths: [] },
    });
    const r = write(two.text, { type: 'removeStorage', storageIndex: 1 });
    expect(r.text).toBe(PLAIN);
  });
});
