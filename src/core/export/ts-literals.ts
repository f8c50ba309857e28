import { isIdentifier, isIdentifierName, toIdentifier } from '../text/identifiers';

/** The escape for one character that may not stand raw in a literal, or undefined when it may. */
function escapeChar(ch: string): string | undefined {
  const code = ch.codePointAt(0)!;
  if (ch === '\\') return '\\\\';
  if (ch === '\n') return '\\n';
  if (ch === '\r') return '\\r';
  if (ch === '\t') return '\\t';
  // Line terminators end a line in some tools; lone surrogates cannot be written to a UTF-8 file.
  const lone = code >= 0xd800 && code <= 0xdfff;
  if (code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029 || lone) {
    return `\\u${code.toString(16).padStart(4, '0')}`;
  }
  return undefined;
}

/**
 * A TypeScript single-quoted string literal for any text. Escapes what could end the literal or
 * the line (quote, backslash, line terminators including U+2028/9), other control characters and
 * lone surrogates (which a UTF-8 file cannot hold); leaves printable non-ASCII as written so paths
 * stay readable.
 */
export function tsString(text: string): string {
  return tsQuoted(text, "'");
}

/** tsString with the given quote character, for files written with double quotes. */
export function tsQuoted(text: string, quote: Quote): string {
  let out = quote;
  for (const ch of text) out += ch === quote ? `\\${quote}` : (escapeChar(ch) ?? ch);
  return `${out}${quote}`;
}

export type Quote = "'" | '"';

/**
 * Text to place inside a template literal (between the backticks) so that it reads back as
 * exactly `text`: backticks, backslashes and every `${` are escaped, so an IAM policy variable
 * such as `${cognito-identity.amazonaws.com:sub}` stays text instead of becoming a substitution.
 * Carriage returns are escaped too, since a template literal would turn a raw one into `\n`.
 */
export function tsTemplateText(text: string): string {
  let out = '';
  const chars = [...text];
  chars.forEach((ch, i) => {
    if (ch === '`') out += '\\`';
    else if (ch === '$' && chars[i + 1] === '{') out += '\\$';
    else out += escapeChar(ch) ?? ch;
  });
  return out;
}

/**
 * An object literal key for `name`: bare when it is an identifier name (`guest`) and `bare` is
 * set, else quoted. `__proto__` is written computed, since as a plain key it would set the
 * object's prototype instead of making a property.
 */
export function tsPropertyKey(name: string, bare = true, quote: Quote = "'"): string {
  if (name === '__proto__') return `[${tsQuoted(name, quote)}]`;
  return bare && isIdentifierName(name) ? name : tsQuoted(name, quote);
}
/**
 * The identifiers generated files import functions as: a function's own name when it is an
 * identifier (that is how resource.ts names it), else one derived from it, apart from every other.
 * A name that is not an identifier is an error finding (function-name-invalid); the file still
 * parses, and nothing of the name becomes code (it stays in the module path, a string literal).
 */
export function functionIdentifiers(names: Iterable<string>): Map<string, string> {
  const all = [...new Set(names)];
  const taken = new Set(all.filter(isIdentifier));
  return new Map(
    all.map((name) => [
      name,
      isIdentifier(name) ? name : freshName(toIdentifier(name, 'invalidFunctionName'), taken),
    ]),
  );
}

/** `base`, or `base2`, `base3`… : the first that is not in `taken`. Adds the result to `taken`. */
export function freshName(base: string, taken: Set<string>): string {
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}${n}`;
  taken.add(name);
  return name;
}
