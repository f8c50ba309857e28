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
  let out = "'";
  for (const ch of text) out += ch === "'" ? "\\'" : (escapeChar(ch) ?? ch);
  return `${out}'`;
}

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

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * An object literal key for `name`: bare when it is an identifier name (`guest`) and `bare` is
 * set, else quoted. `__proto__` is written computed, since as a plain key it would set the
 * object's prototype instead of making a property.
 */
export function tsPropertyKey(name: string, bare = true): string {
  if (name === '__proto__') return `[${tsString(name)}]`;
  return bare && IDENTIFIER.test(name) ? name : tsString(name);
}
// Reserved words, plus the names strict-mode code (every ES module) may not bind: eval, arguments.
const RESERVED = new Set(
  'break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package private protected public await eval arguments'.split(
    ' ',
  ),
);

/** Whether `name` can stand as a JavaScript identifier (an import or const name) in a module. */
export const isIdentifier = (name: string): boolean => IDENTIFIER.test(name) && !RESERVED.has(name);

/** A camelCase identifier derived from a name, e.g. "my files-2" → "myFiles2". */
export function toIdentifier(name: string, fallback: string): string {
  const words = name.split(/[^A-Za-z0-9_$]+/).filter(Boolean);
  const joined = words
    .map((w, i) =>
      i === 0 ? w.charAt(0).toLowerCase() + w.slice(1) : w.charAt(0).toUpperCase() + w.slice(1),
    )
    .join('');
  const id = /^[0-9]/.test(joined) ? `_${joined}` : joined;
  return isIdentifier(id) ? id : fallback;
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
