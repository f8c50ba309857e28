/**
 * setTrigger: none, a declared function, a new inline defineFunction({ entry }); inline functions
 * are declared with their origin and dropped when nothing uses them; entry problems as codes.
 */
import { describe, expect, it } from 'vitest';
import { allow, applyEdit, type Design, type DesignEdit } from '..';
import { inlineEntryProblem, type TriggerTarget } from './trigger';
import type { TriggerEvent } from '../model/types';

const base = (): Design => ({
  storages: [
    {
      name: 'files',
      isDefault: true,
      hasAccess: true,
      paths: [{ path: 'media/*', rules: [allow.resource('resizer').to(['read'])] }],
    },
    { name: 'logs', hasAccess: false, paths: [] },
  ],
  groups: [],
  functions: ['resizer'],
});

const set = (
  design: Design,
  target: TriggerTarget,
  event: TriggerEvent = 'onUpload',
  storageIndex = 0,
): Design => applyEdit(design, { type: 'setTrigger', storageIndex, event, target } as DesignEdit);

describe('setTrigger', () => {
  it('points a trigger at a declared function, touching only that storage', () => {
    const d = base();
    const after = set(d, { kind: 'function', name: 'resizer' });
    expect(after.storages[0]!.triggers).toEqual({ onUpload: 'resizer' });
    expect(after.storages[1]).toBe(d.storages[1]);
    expect(after.storages[0]!.paths).toBe(d.storages[0]!.paths);
    expect(after.functions).toBe(d.functions);
  });

  it('an inline entry declares the function as the importer names it, with its origin', () => {
    const after = set(base(), { kind: 'inline', entry: ' ./on-upload-handler.ts ' });
    expect(after.storages[0]!.triggers).toEqual({ onUpload: 'onUploadHandler' });
    expect(after.functions).toEqual(['resizer', 'onUploadHandler']);
    expect(after.functionOrigins).toEqual({
      onUploadHandler: { kind: 'inline', entry: './on-upload-handler.ts' },
    });
  });

  it('none removes the trigger, and `triggers` once it is empty', () => {
    const one = set(base(), { kind: 'function', name: 'resizer' });
    const none = set(one, { kind: 'none' });
    expect(none.storages[0]).not.toHaveProperty('triggers');
    const two = set(one, { kind: 'function', name: 'resizer' }, 'onDelete');
    expect(set(two, { kind: 'none' }).storages[0]!.triggers).toEqual({ onDelete: 'resizer' });
  });

  it('an inline function nothing uses any more is no longer declared; a used or imported one stays', () => {
    const inline = set(base(), { kind: 'inline', entry: './on-upload-handler.ts' });
    const cleared = set(inline, { kind: 'none' });
    expect(cleared.functions).toEqual(['resizer']);
    expect(cleared).not.toHaveProperty('functionOrigins');
    // A new entry replaces the old inline function.
    const moved = set(inline, { kind: 'inline', entry: './thumbnails.ts' });
    expect(moved.functions).toEqual(['resizer', 'thumbnails']);
    expect(Object.keys(moved.functionOrigins!)).toEqual(['thumbnails']);
    // Still used by the other trigger: kept.
    const both = set(inline, { kind: 'function', name: 'onUploadHandler' }, 'onDelete');
    expect(set(both, { kind: 'none' }).functions).toContain('onUploadHandler');
    // Not inline: kept even when unused.
    const declared = set(set(base(), { kind: 'function', name: 'resizer' }), { kind: 'none' });
    expect(declared.functions).toEqual(['resizer']);
  });

  it('changes nothing for an undeclared function, a bad entry, an unknown storage, or the same target', () => {
    const d = set(base(), { kind: 'function', name: 'resizer' });
    expect(set(d, { kind: 'function', name: 'ghost' })).toBe(d);
    expect(set(d, { kind: 'inline', entry: '' })).toBe(d);
    expect(set(d, { kind: 'inline', entry: './2x.ts' })).toBe(d);
    expect(set(d, { kind: 'function', name: 'resizer' }, 'onUpload', 5)).toBe(d);
    expect(set(d, { kind: 'function', name: 'resizer' })).toBe(d);
    const inline = set(d, { kind: 'inline', entry: './a.ts' });
    expect(set(inline, { kind: 'inline', entry: './a.ts' })).toBe(inline);
  });
});

describe('renaming an inline trigger function', () => {
  it('gives it that name as its `name` option, keeping its entry', () => {
    const inline = set(base(), { kind: 'inline', entry: './on-upload-handler.ts' });
    const renamed = applyEdit(inline, {
      type: 'renameFunction',
      from: 'onUploadHandler',
      to: 'thumbnails',
    });
    expect(renamed.storages[0]!.triggers).toEqual({ onUpload: 'thumbnails' });
    expect(renamed.functionOrigins).toEqual({
      thumbnails: { kind: 'inline', entry: './on-upload-handler.ts', name: 'thumbnails' },
    });
  });
});

describe('inlineEntryProblem', () => {
  it('gives a code for each reason, none for a fresh or the same inline entry', () => {
    const d = set(base(), { kind: 'inline', entry: './on-upload-handler.ts' });
    expect(inlineEntryProblem(d, '  ')).toBe('entry-empty');
    expect(inlineEntryProblem(d, './.ts')).toBe('entry-name-invalid');
    expect(inlineEntryProblem(d, './9lives.ts')).toBe('entry-name-invalid');
    expect(inlineEntryProblem(d, './resizer.ts')).toBe('entry-name-taken');
    expect(inlineEntryProblem(d, './handlers/on-upload-handler.js')).toBe('entry-name-taken');
    expect(inlineEntryProblem(d, './on-upload-handler.ts')).toBeUndefined();
    expect(inlineEntryProblem(d, './on-delete-handler.ts')).toBeUndefined();
  });
});
