import type { Quote } from './ts-literals';

/**
 * How a TypeScript file is written: what the generated resource.ts uses, and what the
 * source-keeping writer reads off the user's file so that new text looks like theirs.
 */
export interface CodeStyle {
  readonly quote: Quote;
  /** One level of indentation: two spaces, four, or a tab. */
  readonly indent: string;
  readonly eol: '\n' | '\r\n';
  /** Whether a multi-line list ends with a comma after its last item. */
  readonly trailingComma: boolean;
  readonly semicolon: boolean;
}

/** The generated file's style (Prettier's defaults, as the Amplify docs write). */
export const GENERATED_STYLE: CodeStyle = {
  quote: "'",
  indent: '  ',
  eol: '\n',
  trailingComma: true,
  semicolon: true,
};

/**
 * The lines of a multi-line list: each item's lines, a comma after every item but the last, and
 * after the last one too when the style has trailing commas.
 */
export function listLines(items: readonly (readonly string[])[], style: CodeStyle): string[] {
  return items.flatMap((lines, i) => {
    const comma = i < items.length - 1 || style.trailingComma ? ',' : '';
    return lines.map((line, j) => (j === lines.length - 1 ? `${line}${comma}` : line));
  });
}
