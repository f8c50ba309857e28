import { describe, expect, it } from 'vitest';
import { allow } from './build';
import { amplifyFunctionName } from '../text/identifiers';
import { bucketNameVariable, functionStorageUses } from './functions';
import type { Design } from './types';

describe('functionStorageUses', () => {
  const design: Design = {
    storages: [
      {
        name: 'myProjectFiles',
        isDefault: true,
        hasAccess: true,
        triggers: { onUpload: 'resizer', onDelete: 'audit' },
        paths: [{ path: 'media/*', rules: [allow.resource('resizer').to(['read'])] }],
      },
      {
        name: 'logs',
        hasAccess: false,
        triggers: { onDelete: 'resizer' },
        paths: [],
      },
    ],
    groups: [],
    functions: ['resizer', 'audit', 'spare'],
  };

  it('a function with access rules receives <storageName>_BUCKET_NAME; a trigger alone does not', () => {
    expect(functionStorageUses(design, 'resizer')).toEqual([
      {
        storageIndex: 0,
        storageName: 'myProjectFiles',
        variable: 'MY_PROJECT_FILES_BUCKET_NAME',
        triggers: ['onUpload'],
      },
      { storageIndex: 1, storageName: 'logs', triggers: ['onDelete'] },
    ]);
    expect(functionStorageUses(design, 'audit')).toEqual([
      { storageIndex: 0, storageName: 'myProjectFiles', triggers: ['onDelete'] },
    ]);
    expect(functionStorageUses(design, 'spare')).toEqual([]);
  });

  it('names the variable as Amplify does: <name>_BUCKET_NAME in SCREAMING_SNAKE_CASE', () => {
    expect(bucketNameVariable('myProjectFiles')).toBe('MY_PROJECT_FILES_BUCKET_NAME');
    expect(bucketNameVariable('my files-2')).toBe('MY_FILES_2_BUCKET_NAME');
    expect(bucketNameVariable('files2nd')).toBe('FILES_2_ND_BUCKET_NAME');
    expect(bucketNameVariable('HTMLPages')).toBe('HTML_PAGES_BUCKET_NAME');
  });

  it("an inline function's Amplify name: its name, else its entry's file name without extension", () => {
    expect(amplifyFunctionName({ entry: './on-upload-handler.ts' })).toBe('on-upload-handler');
    expect(amplifyFunctionName({ entry: './h/x.test.ts' })).toBe('x.test');
    expect(amplifyFunctionName({ entry: './a.ts', name: 'b' })).toBe('b');
    expect(amplifyFunctionName({})).toBeUndefined();
  });
});
