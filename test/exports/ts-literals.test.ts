/**
 * The literal writers generated code relies on: whatever the text, the literal reads back as
 * exactly that text, stays on one line, and survives a UTF-8 file (no lone surrogate left raw).
 */
import { parseExpression } from '@babel/parser';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { freshName, tsPropertyKey, tsString, tsTemplateText } from '../../src/core';

const awkward = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({
    unit: fc.constantFrom(
      '$',
      '{',
      '}',
      '`',
      '\\',
      "'",
      '"',
      '\n',
      '\r',
      '\u2028',
      '\u2029',
      '\ud800',
      '\udfff',
      'é',
      '😀',
      '*',
      '/',
    ),
  }),
);
const oneLine = (code: string) => !/[\n\r\u2028\u2029]/.test(code);
const utf8Safe = (code: string) =>
  !/[\ud800-\udfff]/u.test(code.replace(/[\ud800-\udbff][\udc00-\udfff]/g, ''));

describe('generated literals', () => {
  it('tsString reads back as the text', () => {
    fc.assert(
      fc.property(awkward, (text) => {
        const code = tsString(text);
        expect(oneLine(code) && utf8Safe(code)).toBe(true);
        expect(parseExpression(code)).toMatchObject({ type: 'StringLiteral', value: text });
      }),
      { numRuns: 3000 },
    );
  });

  it('tsTemplateText inside backticks reads back as the text: no substitution, IAM variables stay text', () => {
    fc.assert(
      fc.property(awkward, (text) => {
        const code = `\`${tsTemplateText(text)}\``;
        expect(oneLine(code) && utf8Safe(code)).toBe(true);
        const node = parseExpression(code);
        expect(node.type).toBe('TemplateLiteral');
        if (node.type !== 'TemplateLiteral') return;
        expect(node.expressions).toHaveLength(0);
        expect(node.quasis[0]!.value.cooked).toBe(text);
      }),
      { numRuns: 3000 },
    );
    expect(tsTemplateText('a/${cognito-identity.amazonaws.com:sub}/*')).toBe(
      'a/\\${cognito-identity.amazonaws.com:sub}/*',
    );
  });

  it('tsPropertyKey: bare identifiers, quoted otherwise, __proto__ computed so it stays a property', () => {
    expect(tsPropertyKey('guest')).toBe('guest');
    expect(tsPropertyKey("groupsit's")).toBe("'groupsit\\'s'");
    expect(tsPropertyKey('guest', false)).toBe("'guest'");
    const proto = parseExpression(`({ ${tsPropertyKey('__proto__')}: 1 })`);
    expect(proto).toMatchObject({ type: 'ObjectExpression', properties: [{ computed: true }] });
  });

  it('freshName steps aside from taken names and takes the one it returns', () => {
    const taken = new Set(['a', 'a2']);
    expect(freshName('a', taken)).toBe('a3');
    expect(freshName('b', taken)).toBe('b');
    expect(taken).toEqual(new Set(['a', 'a2', 'a3', 'b']));
  });
});
