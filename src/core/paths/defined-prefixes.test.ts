import { describe, expect, it } from 'vitest';
import { definedPrefixes } from './defined-prefixes';

describe('definedPrefixes', () => {
  it('lists the other paths that are prefixes, in record order', () => {
    const prefixes = definedPrefixes(['foo/bar/baz/*', 'foo/*', 'foo/bar/*', 'other/*']);
    expect(prefixes.get('foo/bar/baz/*')).toEqual(['foo/*', 'foo/bar/*']);
    expect(prefixes.get('foo/bar/*')).toEqual(['foo/*']);
    expect(prefixes.get('foo/*')).toEqual([]);
    expect(prefixes.get('other/*')).toEqual([]);
  });
});
