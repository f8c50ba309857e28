/**
 * Text mutators for fuzzing: a real input (a resource.ts seed, a design file, a share link) is
 * damaged the ways files get damaged — cut off, spans lost, doubled or swapped, a bracket or
 * quote too many, odd Unicode pasted in, quotes of another kind — one to several times over.
 */
import fc from 'fast-check';

/** Unicode that trips parsers and editors: lone surrogates, line/paragraph separators, bidi controls, NUL, BOM, combining marks. */
export const ODD_UNICODE = [
  '\ud800',
  '\udbff',
  '\udc00',
  '\udfff',
  '\u2028',
  '\u2029',
  '\u200e', // LRM
  '\u200f', // RLM
  '\u202e', // RLO
  '\u2066', // LRI
  '\u0000',
  '\u0301',
  '\u0300\u0301\u0302\u0303\u0304',
  '\ufeff',
  '\u00a0',
  '\u3000',
  '\u000b',
  '\f',
  '\r',
  '\r\n',
  '\ufffe',
  '\uffff',
  '😀',
  'é',
  '日本',
];

/** Tokens that unbalance or change the structure of JavaScript and JSON. */
const STRUCTURE = [
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  "'",
  '"',
  '`',
  '${',
  '\\',
  '/*',
  '*/',
  '//',
  ',',
  ':',
  ';',
  '.',
  '=>',
  '!',
  '?',
  ' as const',
  ' satisfies X',
  '...',
  '__proto__',
  'constructor',
  'allow.guest',
  "'read'",
  '\n',
  ' ',
  '0',
  'null',
  'true',
  '-1',
  '1e309',
];

const insertion = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...STRUCTURE) },
  { weight: 3, arbitrary: fc.constantFrom(...ODD_UNICODE) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);

export type Mutation =
  | { readonly kind: 'truncate'; readonly at: number }
  | { readonly kind: 'delete'; readonly at: number; readonly length: number }
  | {
      readonly kind: 'duplicate';
      readonly at: number;
      readonly length: number;
      readonly to: number;
    }
  | { readonly kind: 'swap'; readonly at: number; readonly length: number; readonly to: number }
  | { readonly kind: 'insert'; readonly at: number; readonly text: string }
  | { readonly kind: 'requote'; readonly nth: number; readonly quote: string };

const spanLength = fc.oneof(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 200 }));

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('delete' as const),
      at: fc.nat(),
      length: spanLength,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('duplicate' as const),
      at: fc.nat(),
      length: spanLength,
      to: fc.nat(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('swap' as const),
      at: fc.nat(),
      length: spanLength,
      to: fc.nat(),
    }),
  },
  {
    weight: 5,
    arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: insertion }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('requote' as const),
      nth: fc.nat(),
      quote: fc.constantFrom("'", '"', '`'),
    }),
  },
);

/** Applies one mutation; positions are taken modulo the current length, so any nat works. */
export function mutate(text: string, m: Mutation): string {
  const n = text.length;
  const pos = (x: number) => (n === 0 ? 0 : x % (n + 1));
  switch (m.kind) {
    case 'truncate':
      return text.slice(0, pos(m.at));
    case 'delete': {
      const at = pos(m.at);
      return text.slice(0, at) + text.slice(at + m.length);
    }
    case 'duplicate': {
      const at = pos(m.at);
      const span = text.slice(at, at + m.length);
      const to = pos(m.to);
      return text.slice(0, to) + span + text.slice(to);
    }
    case 'swap': {
      const [a, b] = [pos(m.at), pos(m.to)].sort((x, y) => x - y) as [number, number];
      const len = Math.min(m.length, b - a);
      if (len <= 0) return text;
      const first = text.slice(a, a + len);
      const second = text.slice(b, b + len);
      return (
        text.slice(0, a) + second + text.slice(a + len, b) + first + text.slice(b + second.length)
      );
    }
    case 'insert': {
      const at = pos(m.at);
      return text.slice(0, at) + m.text + text.slice(at);
    }
    case 'requote': {
      const quotes = [...text.matchAll(/['"`]/g)];
      if (quotes.length === 0) return text;
      const at = quotes[m.nth % quotes.length]!.index;
      return text.slice(0, at) + m.quote + text.slice(at + 1);
    }
  }
}

/** A base text with one to `max` mutations applied in turn. */
export function mutatedArb(base: fc.Arbitrary<string>, max = 5): fc.Arbitrary<string> {
  return fc
    .tuple(base, fc.array(mutationArb, { minLength: 1, maxLength: max }))
    .map(([text, mutations]) => mutations.reduce(mutate, text));
}
