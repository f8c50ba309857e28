import { describe, expect, it } from 'vitest';
import { parsePlainJs } from './parse-plain-js';

/** The first statement's expression (after `x = `), as the readers would see it. */
function expressionOf(source: string): Record<string, unknown> | undefined {
  const program = parsePlainJs(source);
  const statement = program?.body[0] as { expression?: { right?: Record<string, unknown> } };
  return statement?.expression?.right;
}

describe('parsePlainJs', () => {
  it("gives literals and properties babel's types and fields", () => {
    const object = expressionOf("x = { a: 's', b: 1, c: true, d: null, m() { return 2; } };")!;
    const [a, b, c, d, m] = object.properties as Record<string, Record<string, unknown>>[];
    expect([a, b, c, d].map((p) => [p!.type, (p!.value as { type: string }).type])).toEqual([
      ['ObjectProperty', 'StringLiteral'],
      ['ObjectProperty', 'NumericLiteral'],
      ['ObjectProperty', 'BooleanLiteral'],
      ['ObjectProperty', 'NullLiteral'],
    ]);
    expect(m).toMatchObject({ type: 'ObjectMethod', kind: 'method', params: [], value: undefined });
    expect((m!.body as { type: string }).type).toBe('BlockStatement');
  });

  it('keeps offsets in the source, as babel gives them', () => {
    const program = parsePlainJs("const a = 'xy';")!;
    const init = (program.body[0] as { declarations: { init: unknown }[] }).declarations[0]!.init;
    expect(init).toMatchObject({ type: 'StringLiteral', value: 'xy', start: 10, end: 14 });
    expect(program.directives).toEqual([]);
  });

  it.each([
    ['TypeScript syntax', 'const a = b as const;'],
    ['a syntax error', 'const a = ;'],
    ['a type argument (two comparisons in JavaScript)', 'f<T>(x);'],
    ['a directive', "'use strict';"],
    ['a class', 'class A {}'],
    ['an optional chain', 'a?.b;'],
    ['a regular expression', 'x = /a/;'],
    ['import attributes', "import d from './d.json' with { type: 'json' };"],
    ['a name declared twice', 'const a = 1; const a = 2;'],
    ['nesting past the stack', `${'['.repeat(100_000)}${']'.repeat(100_000)}`],
  ])('leaves %s to babel', (_what, source) => {
    expect(parsePlainJs(source)).toBeUndefined();
  });
});
