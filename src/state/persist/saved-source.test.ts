import { describe, expect, it } from 'vitest';
import { applyEdit, pathIdOf, type Design } from '../../core';
import { importResourceTs } from '../../core/import';
import { writeResourceTs } from '../../core/source-edit';
import { initialData } from '../create-store';
import { SESSION_VERSION } from './envelope';
import { readSaved } from './read-saved';
import { savedText } from './write-saved';
import { COMMENTED } from '../../../test/fixtures/commented-resource';

const defaults = () => {
  const { design, storageIndex, bucket, theme, simulator } = initialData();
  return { design, view: { storageIndex, bucket, theme, simulator } };
};

/** Gives the authenticated user `action` on the path at `pathIndex` (a tick in the matrix). */
const tick = (design: Design, pathIndex: number, action: 'delete' | 'get') =>
  applyEdit(design, {
    type: 'setGrant',
    storageIndex: 0,
    pathId: pathIdOf(design.storages[0]!.paths[pathIndex]!),
    grantee: { kind: 'authenticated' },
    action,
    granted: true,
  });

/** The lines of `after` that differ from `before` line by line (same line count expected). */
const changed = (before: string, after: string) => {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b.length).toBe(a.length);
  return b.filter((line, i) => line !== a[i]);
};

describe('the saved resource.ts', () => {
  it('survives a reload: a tick after it still changes only its own line', () => {
    const imported = importResourceTs(COMMENTED).design!;
    const source = { text: COMMENTED, design: imported };
    const view = defaults().view;
    const first = tick(imported, 0, 'delete');
    const raw = savedText({ design: first, ...view, source }, 1);

    const read = readSaved(raw, defaults());
    if (read.kind !== 'ok') throw new Error(read.kind);
    const { design: loaded, source: back } = read.data;
    expect(back?.text).toBe(COMMENTED);
    expect(back?.design).toEqual(imported);
    // Fresh objects after the reload: the writer must pair their paths without the old ids.
    const second = tick(loaded, 1, 'get');
    const written = writeResourceTs(back!.text, second, back!.design);
    expect(written.regenerated).toEqual([]);
    expect(changed(COMMENTED, written.text)).toEqual([
      '\t\t\tallow.authenticated.to(["read", "write", "delete"])',
      '\t\t"private/{entity_id}/*": [allow.entity("identity").to(["read", "write", "delete"]), allow.authenticated.to(["get"])]',
    ]);
    expect(importResourceTs(written.text).design!.storages).toEqual(second.storages);
  });

  it("keeps the file as imported next to the code editor's text", () => {
    const imported = importResourceTs(COMMENTED).design!;
    const typed = COMMENTED.replace('// public pictures', '// public pictures, typed');
    const edited = importResourceTs(typed).design!;
    const source = { text: typed, design: edited, imported: { text: COMMENTED, design: imported } };
    const read = readSaved(
      savedText({ design: edited, ...defaults().view, source }, 1),
      defaults(),
    );
    if (read.kind !== 'ok') throw new Error(read.kind);
    expect(read.data.source).toEqual(source);
  });

  it('is not written when the design has none, and old saves load without one', () => {
    const view = defaults().view;
    const raw = savedText({ design: defaults().design, ...view }, 1);
    expect(JSON.parse(raw)).not.toHaveProperty('source');
    const read = readSaved(raw, defaults());
    expect(read.kind === 'ok' && read.data.source).toBeUndefined();
    expect(SESSION_VERSION).toBe(2);
  });

  it('a damaged saved source is dropped, the design still loads', () => {
    const raw = JSON.parse(savedText({ design: defaults().design, ...defaults().view }, 1));
    const read = readSaved(JSON.stringify({ ...raw, source: { text: 3 } }), defaults());
    expect(read.kind).toBe('ok');
    expect(read.kind === 'ok' && read.data.source).toBeUndefined();
  });
});
