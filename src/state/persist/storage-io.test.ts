import { describe, expect, it } from 'vitest';
import { readDesignFileValue } from '../../core';
import { TEMPLATES } from '../templates';
import { peekSaved } from './storage-io';
import { savedText } from './write-saved';

const data = {
  design: TEMPLATES.groups.design(),
  storageIndex: 0,
  bucket: { region: '', bucketNames: {} },
  theme: 'system' as const,
  simulator: { person: 'guest' as const, action: 'get' as const, key: 'a', identityId: '' },
};

describe('the saved envelope', () => {
  it('reads version and revision from the head of what savedText writes, as a full parse does', () => {
    const text = savedText(data, 42);
    const parsed = JSON.parse(text) as { version: number; revision: number };
    expect(peekSaved(text)).toEqual({ version: parsed.version, revision: parsed.revision });
    expect(peekSaved(text)).toEqual({ version: 2, revision: 42 });
  });

  it('reads an envelope written in another order by parsing it', () => {
    expect(peekSaved('{"revision":7,"version":2,"designFile":{}}')).toEqual({
      version: 2,
      revision: 7,
    });
    expect(peekSaved('not json')).toEqual({ version: 0, revision: 0 });
  });

  it('holds the design file value serializeDesignFile writes', () => {
    const saved = JSON.parse(savedText(data, 1)) as { designFile: unknown };
    const read = readDesignFileValue(saved.designFile);
    expect(read.ok && read.design).toEqual(data.design);
  });
});
