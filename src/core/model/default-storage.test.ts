import { describe, expect, it } from 'vitest';
import { defaultStorageIndex } from './default-storage';
import type { Design, Storage } from './types';

const storage = (name: string, extra: Partial<Storage> = {}): Storage => ({
  name,
  hasAccess: true,
  paths: [],
  ...extra,
});
const design = (storages: Storage[]): Design => ({ storages, groups: [], functions: [] });

describe('defaultStorageIndex', () => {
  it('is the isDefault one, the only one, or undefined when ambiguous', () => {
    expect(defaultStorageIndex(design([storage('a')]))).toBe(0);
    expect(defaultStorageIndex(design([storage('a'), storage('b', { isDefault: true })]))).toBe(1);
    expect(defaultStorageIndex(design([storage('a'), storage('b')]))).toBeUndefined();
    expect(
      defaultStorageIndex(
        design([storage('a', { isDefault: true }), storage('b', { isDefault: true })]),
      ),
    ).toBeUndefined();
    expect(defaultStorageIndex(design([storage('a', { isDefault: false })]))).toBe(0);
  });
});
