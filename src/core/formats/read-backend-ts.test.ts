import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readInput } from './read-input';

const guide = (n: number) =>
  readFileSync(`${__dirname}/../import/backend-ts/fixtures/guide-${n}.backend.ts.txt`, 'utf8');

describe('readInput: amplify/backend.ts', () => {
  it('the guide example 1 gives the design its paths stand for, and the reading for both views', () => {
    const read = readInput(guide(1), 'amplify/backend.ts');
    expect(read.kind).toBe('backend-ts');
    expect(read.problems).toEqual([]);
    expect(read.design?.storages).toEqual([
      {
        name: '<bucket-name>',
        hasAccess: true,
        paths: [{ path: 'public/*', rules: [{ principal: { kind: 'guest' }, actions: ['read'] }] }],
      },
    ]);
    expect(read.backend?.policies.map((p) => p.role)).toEqual(['guest']);
  });

  it('is told apart by content without a file name', () => {
    expect(readInput(guide(2)).kind).toBe('backend-ts');
  });

  it('a guide example that does not compile gives located errors and no design (the current one stays)', () => {
    const read = readInput(guide(4), 'backend.ts');
    expect(read.design).toBeNull();
    expect(read.problems.map((p) => `${p.loc?.line}:${p.loc?.column} ${p.code}`)).toContain(
      '119:38 iam-variable-in-template',
    );
    expect(read.backend?.buckets).toHaveLength(1);
  });
});
