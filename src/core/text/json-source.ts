/**
 * A small JSON parser that remembers where each value was written, so that a wrong shape deep in
 * amplify_outputs.json can be reported at its line and column. `JSON.parse` gives neither the
 * places of values nor, in every browser, the place of a syntax error.
 */

export type JsonValue =
  null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** Where a value (and, for an object member, its key) was written: offsets into the text. */
export interface JsonSpan {
  readonly start: number;
  readonly end: number;
  readonly key?: { readonly start: number; readonly end: number };
}

export interface ParsedJson {
  readonly value: JsonValue;
  /** Spans by JSON pointer (`/storage/buckets/0/paths/media~1*`). */
  readonly spans: ReadonlyMap<string, JsonSpan>;
  /** Keys written twice in one object: the pointer of the later one (JSON.parse keeps its value). */
  readonly duplicateKeys: readonly string[];
}

export class JsonSyntaxError extends Error {
  override name = 'JsonSyntaxError';
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** One JSON pointer segment (RFC 6901). */
export const pointerSegment = (key: string | number): string =>
  String(key).replaceAll('~', '~0').replaceAll('/', '~1');

/** An own, enumerable property even for `__proto__`, keeping the first position of a repeated key. */
function setOwn(target: { [key: string]: JsonValue }, key: string, value: JsonValue): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

const ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};
/** How deep arrays and objects may nest before parsing stops (recursion stays well inside the stack). */
const MAX_DEPTH = 500;

class Parser {
  private i = 0;
  readonly spans = new Map<string, JsonSpan>();
  readonly duplicateKeys: string[] = [];

  constructor(private readonly text: string) {}

  parse(): JsonValue {
    if (this.text.charCodeAt(0) === 0xfeff) this.i = 1; // a byte-order mark, as editors save it
    const value = this.value('', 0);
    this.space();
    if (this.i < this.text.length) this.fail(`Unexpected ${this.describe()} after the JSON value`);
    return value;
  }

  private fail(message: string, offset = this.i): never {
    throw new JsonSyntaxError(message, offset);
  }

  private describe(): string {
    if (this.i >= this.text.length) return 'end of file';
    return `character ${JSON.stringify(this.text[this.i])}`;
  }

  private space(): void {
    while (this.i < this.text.length && ' \t\n\r'.includes(this.text[this.i]!)) this.i++;
  }

  private value(pointer: string, depth: number, key?: JsonSpan['key']): JsonValue {
    this.space();
    const start = this.i;
    const value = this.bare(pointer, depth);
    this.spans.set(
      pointer,
      key === undefined ? { start, end: this.i } : { start, end: this.i, key },
    );
    return value;
  }

  private bare(pointer: string, depth: number): JsonValue {
    if (depth > MAX_DEPTH) this.fail(`Nested more than ${MAX_DEPTH} levels deep`);
    const ch = this.text[this.i];
    if (ch === '{') return this.object(pointer, depth);
    if (ch === '[') return this.array(pointer, depth);
    if (ch === '"') return this.string();
    if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) return this.number();
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (this.text.startsWith(word, this.i)) {
        this.i += word.length;
        return value;
      }
    }
    return this.fail(`Expected a JSON value, found ${this.describe()}`);
  }

  private expect(ch: string, what: string): void {
    this.space();
    if (this.text[this.i] !== ch) this.fail(`Expected ${what}, found ${this.describe()}`);
    this.i++;
  }

  private object(pointer: string, depth: number): JsonValue {
    const result: { [key: string]: JsonValue } = {};
    this.i++;
    this.space();
    if (this.text[this.i] === '}') return (this.i++, result);
    for (;;) {
      this.space();
      if (this.text[this.i] !== '"')
        this.fail(`Expected a property name in double quotes, found ${this.describe()}`);
      const keyStart = this.i;
      const key = this.string();
      const keySpan = { start: keyStart, end: this.i };
      this.expect(':', '":" after the property name');
      const child = `${pointer}/${pointerSegment(key)}`;
      if (Object.prototype.hasOwnProperty.call(result, key)) this.duplicateKeys.push(child);
      setOwn(result, key, this.value(child, depth + 1, keySpan));
      this.space();
      if (this.text[this.i] === ',') {
        this.i++;
        continue;
      }
      this.expect('}', '"," or "}" in the object');
      return result;
    }
  }

  private array(pointer: string, depth: number): JsonValue {
    const result: JsonValue[] = [];
    this.i++;
    this.space();
    if (this.text[this.i] === ']') return (this.i++, result);
    for (;;) {
      result.push(this.value(`${pointer}/${result.length}`, depth + 1));
      this.space();
      if (this.text[this.i] === ',') {
        this.i++;
        continue;
      }
      this.expect(']', '"," or "]" in the array');
      return result;
    }
  }

  private string(): string {
    let out = '';
    this.i++; // opening quote
    for (;;) {
      const ch = this.text[this.i];
      if (ch === undefined) this.fail('Unterminated string');
      if (ch === '"') return (this.i++, out);
      if (ch < ' ')
        this.fail('A control character (such as a line break) inside a string must be escaped');
      if (ch !== '\\') {
        out += ch;
        this.i++;
        continue;
      }
      const esc = this.text[this.i + 1];
      if (esc === 'u') {
        const hex = this.text.slice(this.i + 2, this.i + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex))
          this.fail('Invalid \\u escape: expected four hex digits');
        out += String.fromCharCode(parseInt(hex, 16));
        this.i += 6;
      } else if (esc !== undefined && ESCAPES[esc] !== undefined) {
        out += ESCAPES[esc];
        this.i += 2;
      } else this.fail(`Invalid escape ${JSON.stringify(`\\${esc ?? ''}`)} in a string`);
    }
  }

  private number(): number {
    const match = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    match.lastIndex = this.i;
    const found = match.exec(this.text);
    if (!found) this.fail('Invalid number');
    this.i += found[0].length;
    return Number(found[0]);
  }
}

/** Parses JSON text (strictly, as JSON.parse does) with the span of every value. Throws JsonSyntaxError. */
export function parseJsonSource(text: string): ParsedJson {
  const parser = new Parser(text);
  const value = parser.parse();
  return { value, spans: parser.spans, duplicateKeys: parser.duplicateKeys };
}
