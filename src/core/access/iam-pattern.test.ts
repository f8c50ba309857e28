/**
 * IAM string matching as it applies to Resource ARNs and StringLike values (spec §5): `*` is any
 * run of characters including "/", `?` exactly one character, `${...}` a policy variable resolved
 * from the request (`${*}`, `${?}`, `${$}` are the escapes for the literal characters); a variable
 * the request does not provide, or one IAM does not know here, makes the pattern match nothing.
 */
import { describe, expect, it } from 'vitest';
import { iamPatternMatches, OWNER_VARIABLE } from '..';

const SUB = '${cognito-identity.amazonaws.com:sub}';
const m = (pattern: string, text: string, identityId?: string) =>
  iamPatternMatches(pattern, text, identityId === undefined ? {} : { identityId });

describe('wildcards', () => {
  it('* matches any run of characters, "/" included, and the empty run', () => {
    expect(m('foo/*', 'foo/a')).toBe(true);
    expect(m('foo/*', 'foo/a/b/c.txt')).toBe(true);
    expect(m('foo/*', 'foo/')).toBe(true);
    expect(m('*', '')).toBe(true);
    expect(m('a*b*c', 'aXXbYY/bZc')).toBe(true);
    expect(m('a*/x', 'a/b/c/x')).toBe(true);
  });
  it('* does not make the literal parts optional', () => {
    expect(m('foo/*', 'foo')).toBe(false);
    expect(m('foo/*', 'fo')).toBe(false);
    expect(m('foo/*', 'bar/foo/x')).toBe(false);
    expect(m('a*b', 'aXbY')).toBe(false);
    expect(m('a*b*c', 'abXcY')).toBe(false);
  });
  it('? matches exactly one character (also "/")', () => {
    expect(m('fo?/*', 'foo/x')).toBe(true);
    expect(m('fo?/*', 'fo//x')).toBe(true);
    expect(m('fo?/*', 'fo/x')).toBe(false);
    expect(m('fo??', 'foo')).toBe(false);
    expect(m('fo??', 'fooo')).toBe(true);
    expect(m('a?', 'a')).toBe(false);
  });
  it('without wildcards the whole text must be equal (case-sensitive)', () => {
    expect(m('foo/bar', 'foo/bar')).toBe(true);
    expect(m('foo/bar', 'foo/bar/x')).toBe(false);
    expect(m('foo/bar', 'foo/ba')).toBe(false);
    expect(m('Foo/*', 'foo/x')).toBe(false);
  });
});

describe('the owner variable', () => {
  it('is the constant Amplify writes', () => {
    expect(OWNER_VARIABLE).toBe(SUB);
  });
  it('resolves to the caller identity id', () => {
    expect(m(`private/${SUB}/*`, 'private/us-east-1:abc/photo.jpg', 'us-east-1:abc')).toBe(true);
    expect(m(`private/${SUB}/*`, 'private/us-east-1:abd/photo.jpg', 'us-east-1:abc')).toBe(false);
    expect(m(`private/${SUB}/`, 'private/abc/', 'abc')).toBe(true);
    // the variable is the whole folder name, not a prefix of it
    expect(m(`private/${SUB}/*`, 'private/abcdef/x', 'abc')).toBe(false);
  });
  it('without an identity id the pattern matches nothing, not even the variable text itself', () => {
    expect(m(`private/${SUB}/*`, 'private/abc/x')).toBe(false);
    expect(m(`private/${SUB}/*`, `private/${SUB}/x`)).toBe(false);
  });
});

describe('escapes and unknown variables', () => {
  it('${*} is a literal "*"', () => {
    expect(m('a${*}b', 'a*b')).toBe(true);
    expect(m('a${*}b', 'axb')).toBe(false);
    expect(m('a${*}b', 'ab')).toBe(false);
  });
  it('${?} is a literal "?"', () => {
    expect(m('a${?}', 'a?')).toBe(true);
    expect(m('a${?}', 'ab')).toBe(false);
  });
  it('${$} is a literal "$"', () => {
    expect(m('price${$}/*', 'price$/x')).toBe(true);
    expect(m('${$}{x}', '${x}')).toBe(true);
    expect(m('price${$}/*', 'price/x')).toBe(false);
  });
  it('escapes and wildcards combine', () => {
    expect(m('a${*}*', 'a*anything/else')).toBe(true);
    expect(m('a${*}*', 'ab')).toBe(false);
  });
  it('a variable IAM cannot resolve here never matches, whatever the request', () => {
    expect(m('${aws:username}/*', 'bob/x', 'bob')).toBe(false);
    expect(m('${aws:username}/*', '${aws:username}/x', 'bob')).toBe(false);
    expect(m('home/${aws:userid}/*', 'home/x/y')).toBe(false);
    expect(m('a/${cognito-identity.amazonaws.com:aud}/*', 'a/x/y', 'x')).toBe(false);
  });
});
