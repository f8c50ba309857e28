/** The exact search on hand-made patterns: IAM `?`, `*` mid-pattern, escapes, variables, except. */
import { describe, expect, it } from 'vitest';
import { globOf, type Glob } from './glob';
import { searchKeys, type KeySearch } from './key-search';

const globs = (patterns: string[], id?: string) =>
  patterns.map((p) => globOf(p, id)).filter((g): g is Glob => g !== null);
const search = (
  over: Partial<Omit<KeySearch, 'allow' | 'deny'>> & {
    allow: string[];
    deny?: string[];
    id?: string;
  },
) =>
  searchKeys({
    prefix: '',
    except: [],
    minLength: 1,
    goal: 'allowed',
    ...over,
    allow: globs(over.allow, over.id),
    deny: globs(over.deny ?? [], over.id),
  });

describe('searchKeys', () => {
  it('finds the shortest allowed key, or says there is none', () => {
    expect(search({ allow: ['media/*'], prefix: 'm' })).toEqual({ kind: 'found', key: 'media/' });
    expect(search({ allow: ['media/*'], prefix: 'n' })).toEqual({ kind: 'none' });
    expect(search({ allow: ['media/*'], deny: ['media/*'] })).toEqual({ kind: 'none' });
  });

  it('a deny that covers all but one character class leaves exactly that class', () => {
    // `a/?` denies every key of length 3 under a/; only longer keys (or a/ itself) are allowed.
    expect(search({ allow: ['a/*'], deny: ['a/?', 'a/'], prefix: 'a/' })).toEqual({
      kind: 'found',
      key: 'a/xx',
    });
    expect(search({ allow: ['a/*'], deny: ['a/?*', 'a/'], prefix: 'a/' })).toEqual({
      kind: 'none',
    });
  });

  it('denied keys: every key under the prefix must be allowed for "can"', () => {
    expect(search({ allow: ['a/*'], deny: ['a/b?/*'], prefix: 'a/', goal: 'denied' })).toEqual({
      kind: 'found',
      key: 'a/bx/',
    });
    expect(search({ allow: ['a/x*', 'a/*'], prefix: 'a/', goal: 'denied' })).toEqual({
      kind: 'none',
    });
  });

  it('escapes are literal, an unknown variable matches nothing, the owner variable is the caller', () => {
    expect(search({ allow: ['a/${*}/*'] })).toEqual({ kind: 'found', key: 'a/*/' });
    expect(search({ allow: ['a/${aws:username}/*'] })).toEqual({ kind: 'none' });
    const owner = 'p/${cognito-identity.amazonaws.com:sub}/*';
    expect(search({ allow: [owner], id: 'us-1:abc' })).toEqual({
      kind: 'found',
      key: 'p/us-1:abc/',
    });
    expect(search({ allow: [owner] })).toEqual({ kind: 'none' });
  });

  it('except leaves prefixes out; an empty key is never an object', () => {
    expect(search({ allow: ['a/*', 'b/*'], except: ['a/'] })).toEqual({ kind: 'found', key: 'b/' });
    expect(search({ allow: ['*'], except: [''] })).toEqual({ kind: 'none' });
    expect(search({ allow: ['*'], goal: 'allowed' })).toEqual({ kind: 'found', key: 'x' });
    expect(search({ allow: ['*'], minLength: 0 })).toEqual({ kind: 'found', key: '' });
  });

  it('gives up, and says so, past its state budget', () => {
    expect(search({ allow: ['abc*'], maxStates: 2 })).toEqual({ kind: 'gave-up', states: 3 });
    expect(search({ allow: ['abc*'], maxStates: 10 })).toEqual({ kind: 'found', key: 'abc' });
  });
});
