/**
 * A TypeScript single-quoted string literal for any text. Escapes what could end the literal or
 * the line (quote, backslash, line terminators including U+2028/9) and other control characters;
 * leaves printable non-ASCII as written so paths stay readable.
 */
export function tsString(text: string): string {
  let out = "'";
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (ch === "'") out += "\\'";
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029) {
      out += `\\u${code.toString(16).padStart(4, '0')}`;
    } else out += ch;
  }
  return `${out}'`;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const RESERVED = new Set(
  'break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package private protected public await'.split(' '),
);

/** Whether `name` can stand as a JavaScript identifier (an import or const name). */
export const isIdentifier = (name: string): boolean => IDENTIFIER.test(name) && !RESERVED.has(name);

/** A camelCase identifier derived from a name, e.g. "my files-2" → "myFiles2". */
export function toIdentifier(name: string, fallback: string): string {
  const words = name.split(/[^A-Za-z0-9_$]+/).filter(Boolean);
  const joined = words.map((w, i) => (i === 0 ? w.charAt(0).toLowerCase() + w.slice(1) : w.charAt(0).toUpperCase() + w.slice(1))).join('');
  const id = /^[0-9]/.test(joined) ? `_${joined}` : joined;
  return isIdentifier(id) ? id : fallback;
}
