import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { allow, designFromAccess, pathAt, renderResourceTs, type Design } from '../core';
import { keepUnchanged } from './code-keep';
import { readCode } from './code-read';
import { startCodeSession, type CodeStatus } from './code-session';
import { textEdit, type TextEdit } from './code-text';
import { createAppStore } from './create-store';
import { pathIdOf } from '../core/model/ids';

function fakeBuffer() {
  let text = '';
  const edits: TextEdit[] = [];
  return {
    edits,
    getValue: () => text,
    apply: (e: TextEdit) => {
      edits.push(e);
      text = text.slice(0, e.start) + e.text + text.slice(e.end);
    },
    /** What a user does: the text changes, and the editor tells the session. */
    type: (next: string) => {
      text = next;
    },
  };
}

const start = (design: Design) => {
  const store = createAppStore({ design });
  const buffer = fakeBuffer();
  const statuses: CodeStatus[] = [];
  const session = startCodeSession(store, buffer, (s) => statuses.push(s));
  const type = (next: string) => {
    buffer.type(next);
    session.textChanged();
    vi.advanceTimersByTime(200);
  };
  return { store, buffer, session, type, status: () => statuses.at(-1)! };
};

const media = () =>
  designFromAccess({
    'media/*': [allow.guest.to(['read']), allow.authenticated.to(['read', 'write'])],
  });

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('code session', () => {
  it('starts with the rendered design and no problems', () => {
    const { buffer, status } = start(media());
    expect(buffer.getValue()).toBe(renderResourceTs(media()));
    expect(status()).toEqual({ state: 'ok', errors: [], markers: [] });
  });

  it('a pause after typing makes the text the design, as one undo step', () => {
    const { store, buffer, type } = start(media());
    const typed = buffer
      .getValue()
      .replace("allow.guest.to(['read'])", "allow.guest.to(['read', 'write'])");
    type(typed);
    expect(store.getState().design.storages[0]!.paths[0]!.rules[0]!.actions).toEqual([
      'read',
      'write',
    ]);
    expect(store.getState().history.past).toHaveLength(1);
    expect(buffer.getValue()).toBe(typed); // the user's text is never rewritten after a read
    store.getState().undo();
    expect(buffer.getValue()).toBe(renderResourceTs(media()));
  });

  it('waits for the pause: keystrokes in quick succession are read once', () => {
    const { store, buffer, session } = start(media());
    const base = buffer.getValue();
    for (const action of ['write', 'delete']) {
      buffer.type(base.replace("['read'])", `['read', '${action}'])`));
      session.textChanged();
      vi.advanceTimersByTime(50);
    }
    expect(store.getState().history.past).toHaveLength(0);
    vi.advanceTimersByTime(150);
    expect(store.getState().history.past).toHaveLength(1);
    expect(store.getState().design.storages[0]!.paths[0]!.rules[0]!.actions).toEqual([
      'read',
      'delete',
    ]);
  });

  it('text that means the same design changes nothing (no undo step, same object)', () => {
    const { store, buffer, type } = start(media());
    const before = store.getState().design;
    type(`// reviewed\n${buffer.getValue().replace(/\n {2}access/, '\n\n  access')}`);
    expect(store.getState().design).toBe(before);
    expect(store.getState().history.past).toHaveLength(0);
  });

  it('text that cannot be read keeps the last good design and reports where', () => {
    const { store, buffer, type, status } = start(media());
    const before = store.getState().design;
    type(buffer.getValue().replace("'media/*': [", "'media/*': [[,"));
    expect(store.getState().design).toBe(before);
    expect(status().state).toBe('error');
    expect(status().errors.length).toBeGreaterThan(0);
    expect(status().markers[0]).toMatchObject({
      severity: 'error',
      code: 'syntax-error',
      loc: { line: 10 },
    });
  });

  it('a change made elsewhere rewrites only what changed, and is not read back', () => {
    const { store, buffer, session } = start(media());
    store.getState().edit({
      type: 'setGrant',
      ...pathAt(store.getState().design, 0, 0),
      grantee: { kind: 'guest' },
      action: 'delete',
      granted: true,
    });
    expect(buffer.getValue()).toBe(renderResourceTs(store.getState().design));
    const edit = buffer.edits.at(-1)!;
    expect(edit.start).toBeGreaterThan(100);
    session.flush();
    expect(store.getState().history.past).toHaveLength(1);
  });

  it('marks a finding on the text it is about', () => {
    const { buffer, type, status } = start(media());
    type(buffer.getValue().replace("'media/*'", "'/media/*'"));
    expect(status().state).toBe('ok');
    const marker = status().markers.find((m) => m.code === 'path-leading-slash')!;
    expect(marker.loc).toEqual({ line: 6, column: 5, endLine: 6, endColumn: 15 });
    const unknown = status().markers.find((m) => m.code === 'rule-unknown-action');
    expect(unknown).toBeUndefined();
    type(buffer.getValue().replace("['read', 'write']", "['read', 'fly']"));
    expect(status().markers.find((m) => m.code === 'rule-unknown-action')!.loc).toEqual({
      line: 8,
      column: 30,
      endLine: 8,
      endColumn: 45,
    });
  });

  it('keeps groups and functions the code cannot mention', () => {
    const design = { ...media(), groups: ['admin'], functions: ['resize'] };
    const { store, buffer, type } = start(design);
    type(
      buffer
        .getValue()
        .replace("allow.guest.to(['read'])", "allow.groups(['editors']).to(['read'])"),
    );
    expect(store.getState().design.groups).toEqual(['admin', 'editors']);
    expect(store.getState().design.functions).toEqual(['resize']);
  });

  it('stops following the store once disposed, reading what was still pending', () => {
    const { store, buffer, session } = start(media());
    buffer.type(buffer.getValue().replace("['read'])", "['get'])"));
    session.textChanged();
    session.dispose();
    expect(store.getState().history.past).toHaveLength(1);
    const text = buffer.getValue();
    store.getState().undo();
    expect(buffer.getValue()).toBe(text);
  });
});

describe('readCode', () => {
  it('keeps the objects of storages the text did not change', () => {
    const two: Design = {
      ...media(),
      storages: [
        { ...media().storages[0]!, isDefault: true },
        {
          name: 'other',
          hasAccess: true,
          paths: [{ path: 'a/*', rules: [allow.guest.to(['read'])] }],
        },
      ],
    };
    const text = renderResourceTs(two).replace("'a/*'", "'b/*'");
    const read = readCode(text, two);
    expect(read.ok && read.design.storages[0]).toBe(two.storages[0]);
    expect(read.ok && read.design.storages[1]!.paths[0]!.path).toBe('b/*');
    expect(read.ok && read.design.storages[1]!.paths[0]!.rules).toBe(
      two.storages[1]!.paths[0]!.rules,
    );
  });

  it('records an export name the user wrote, not the one rendering made up', () => {
    const text = renderResourceTs(media());
    expect(readCode(text, media())).toMatchObject({ ok: true, design: media() });
    const renamed = readCode(text.replace('export const storage', 'export const files'), media());
    expect(renamed.ok && renamed.design.storages[0]!.exportName).toBe('files');
  });
});

describe('keepUnchanged', () => {
  it('returns the previous value when equal, and shares equal parts otherwise', () => {
    const prev = { a: [1, { b: 2 }], c: { d: 'x' } };
    expect(keepUnchanged(prev, structuredClone(prev))).toBe(prev);
    const next = keepUnchanged(prev, { a: [1, { b: 3 }], c: { d: 'x' } });
    expect(next).not.toBe(prev);
    expect(next.c).toBe(prev.c);
    expect(keepUnchanged<object>(prev, { a: prev.a })).not.toBe(prev);
  });
});

describe('textEdit', () => {
  it('replaces only the differing middle', () => {
    expect(textEdit('abcXYZdef', 'abc12def')).toEqual({ start: 3, end: 6, text: '12' });
    expect(textEdit('aaa', 'aaaa')).toEqual({ start: 3, end: 3, text: 'a' });
    expect(textEdit('same', 'same')).toEqual({ start: 4, end: 4, text: '' });
    expect(textEdit('', 'new')).toEqual({ start: 0, end: 0, text: 'new' });
  });

  it('a tick keeps comments typed in the editor and changes only its line', () => {
    const { store, buffer, type } = start(media());
    const typed = buffer
      .getValue()
      .replace('  access:', '  // who sees what: ask security\n  access:');
    type(typed);
    expect(store.getState().source?.text).toBe(typed);
    buffer.edits.length = 0;
    store.getState().edit({
      type: 'setGrant',
      storageIndex: 0,
      pathId: pathIdOf(store.getState().design.storages[0]!.paths[0]!),
      grantee: { kind: 'authenticated' },
      action: 'delete',
      granted: true,
    });
    expect(buffer.getValue()).toBe(
      typed.replace(
        "allow.authenticated.to(['read', 'write'])",
        "allow.authenticated.to(['read', 'write', 'delete'])",
      ),
    );
    // One edit, inside the one line that changed.
    expect(buffer.edits).toHaveLength(1);
    expect(buffer.edits[0]!.text).not.toContain('\n');
  });

  it("opens on the design's source when it has one", () => {
    const source =
      "import { defineStorage } from '@aws-amplify/backend';\n\n// ours\nexport const storage = defineStorage({ name: 'myProjectFiles', access: (allow) => ({ 'media/*': [allow.guest.to(['read'])] }) });\n";
    const read = readCode(source, media());
    if (!read.ok) throw new Error('the source reads');
    const design = read.design;
    const store = createAppStore({ design, source: { text: source, design } });
    const buffer = fakeBuffer();
    startCodeSession(store, buffer, () => {});
    expect(buffer.getValue()).toBe(source);
  });

  it('a read of the editor text keeps the imported file as the baseline of the changes', () => {
    const source =
      "import { defineStorage } from '@aws-amplify/backend';\n\n// ours\nexport const storage = defineStorage({ name: 'myProjectFiles', access: (allow) => ({ 'media/*': [allow.guest.to(['read'])] }) });\n";
    const read = readCode(source, media());
    if (!read.ok) throw new Error('the source reads');
    const design = read.design;
    const store = createAppStore({ design, source: { text: source, design } });
    const buffer = fakeBuffer();
    const session = startCodeSession(store, buffer, () => {});
    const typed = source.replace("['read']", "['read', 'write']");
    for (const next of [typed, typed.replace('// ours', '// ours, twice')]) {
      buffer.type(next);
      session.textChanged();
      vi.advanceTimersByTime(200);
      expect(store.getState().source?.text).toBe(next);
      expect(store.getState().source?.imported).toEqual({ text: source, design });
    }
  });
});
