import type { ParserOptions } from '@babel/parser';
import type * as t from '@babel/types';
import { createPositions, offsetAt, START_OF_FILE, type Positions } from '../../text/positions';
import { MAX_COMMA_REPAIRS, MAX_PARSER_ERRORS, MAX_PROBLEMS, MAX_SOURCE_BYTES } from './limits';
import { parseWithinBudget, type ErrorBudget } from './parse-budget';
import { parsePlainJs } from './parse-plain-js';
import { utf8Size } from './source-size';
import type { ImportProblem } from './types';

export interface ParsedSource {
  /** Null when the source could not be parsed at all. */
  program: t.Program | null;
  /** Maps the parser's offsets (of a possibly repaired copy) to original locations. */
  positions: Positions;
  /** Syntax problems, located in the original source. */
  problems: ImportProblem[];
  /** How many missing commas were patched in (each is also one of `problems`). */
  commaRepairs?: number;
}

export interface BabelError {
  message: string;
  reasonCode?: string;
  offset: number;
}

interface BabelErrorFields {
  loc?: { index?: number; line?: number; column?: number };
  pos?: number;
  reasonCode?: string;
}

/**
 * Where in `text` babel put an error. Its `index` is NaN for some errors (an unexpected NUL right
 * after `arguments`), while line and (0-based) column are still right: then they decide.
 */
function errorOffset(text: string, { loc, pos }: BabelErrorFields): number | undefined {
  const index = loc?.index ?? pos;
  if (typeof index === 'number' && Number.isFinite(index)) return index;
  if (Number.isFinite(loc?.line) && Number.isFinite(loc?.column))
    return offsetAt(text, loc!.line!, loc!.column! + 1);
  return undefined;
}

/** The parts of a babel error we use, or undefined when `error` is not one (then it is a bug, not bad input). */
function asBabelError(error: unknown, text: string): BabelError | undefined {
  if (!(error instanceof SyntaxError)) return undefined;
  const fields = error as SyntaxError & BabelErrorFields;
  const offset = errorOffset(text, fields);
  return offset === undefined
    ? undefined
    : { message: error.message, reasonCode: fields.reasonCode, offset };
}

/** Babel's "expected ','": the one fatal error whose fix is certain enough to read on (docs contain it). */
function isMissingComma(error: BabelError): boolean {
  return error.reasonCode === 'UnexpectedToken' && error.message.includes('expected ","');
}

function syntaxProblem(
  source: string,
  positions: Positions,
  parsedOffset: number,
  message: string,
  hint = '',
): ImportProblem {
  const offset = positions.toOriginal(parsedOffset);
  // Highlight the token the parser stumbled on (a word, a string, else one character), and quote the rest of its line.
  const word = /'(?:[^'\\\r\n]|\\.)*'?|"(?:[^"\\\r\n]|\\.)*"?|[\w$]+|\S/y;
  word.lastIndex = offset;
  const length = word.exec(source)?.[0].length ?? 0;
  const rest =
    source
      .slice(offset)
      .split(/\r\n|[\r\n\u2028\u2029]/, 1)[0]
      ?.trim() ?? '';
  const at =
    rest === ''
      ? 'at the end of the line'
      : `at \`${rest.length > 40 ? `${rest.slice(0, 40)}…` : rest}\``;
  // Babel appends a 0-based "(line:col)", and a full stop that would end our sentence too early.
  const reason = message.replace(/\s*\(\d+:\d+\)$/, '').replace(/\.$/, '');
  return {
    code: 'syntax-error',
    severity: 'error',
    message: `Syntax error: ${reason} ${at}${hint}`,
    loc: positions.location(offset, offset + length),
  };
}

/** The parser stopped: reported where its first error was, which is where the trouble starts. */
function gaveUp(
  source: string,
  parsed: { text: string; positions: Positions },
  budget: ErrorBudget,
): ImportProblem {
  const message = `The source is too complex to read: the parser gave up after ${MAX_PARSER_ERRORS} syntax errors (deeply nested \`<…>(\` or repeated labels make it try alternatives without end)`;
  const first = budget.first && asBabelError(budget.first, parsed.text);
  if (!first) return { code: 'too-complex', severity: 'error', message, loc: START_OF_FILE };
  const at = syntaxProblem(source, parsed.positions, first.offset, first.message);
  return { ...at, code: 'too-complex', message: `${message}; the first: ${at.message}` };
}

const PARSE_OPTIONS: ParserOptions = {
  sourceType: 'module',
  plugins: ['typescript'],
  errorRecovery: true,
};

/**
 * A repair for a fatal error other than a missing comma, offered by the caller (backend.ts has its
 * own: an IAM variable written inside a template literal). One character is inserted at
 * `parsedOffset` of the text being parsed; `problem` is what the user is told instead.
 */
export interface Repair {
  readonly parsedOffset: number;
  readonly insert: string;
  readonly problem: (positions: Positions) => ImportProblem;
}

export interface ParseOptions {
  /** How the file is named in messages (default `resource.ts`). */
  readonly fileLabel?: string;
  /** Asked first about every fatal error: a repair, or undefined to fall back to the comma rule. */
  readonly repair?: (text: string, error: BabelError) => Repair | undefined;
}

/**
 * Parses resource.ts with babel, never throwing. Recoverable errors keep the AST; a missing comma
 * between items (fatal for babel) is reported and then patched so the rest of the file is still read.
 */
export function parseResourceTs(source: string, options: ParseOptions = {}): ParsedSource {
  // A UTF-16 unit is at most 3 UTF-8 bytes: most sources are clearly under the limit, uncounted.
  if (
    source.length * 3 > MAX_SOURCE_BYTES &&
    utf8Size(source, MAX_SOURCE_BYTES) > MAX_SOURCE_BYTES
  ) {
    // Every UTF-16 unit is at least one byte: past 16 MiB of them, "over" is exact enough (and fast).
    const size =
      source.length > 16 * MAX_SOURCE_BYTES
        ? `over ${Math.floor(source.length / 1024 / 1024)} MiB`
        : `${(utf8Size(source) / 1024 / 1024).toFixed(1)} MiB`;
    const message = `The source is ${size}, over the ${MAX_SOURCE_BYTES / 1024 / 1024} MiB limit for a ${options.fileLabel ?? 'resource.ts'}; it was not read`;
    const problem: ImportProblem = {
      code: 'source-too-large',
      severity: 'error',
      message,
      loc: START_OF_FILE,
    };
    return { program: null, positions: createPositions(''), problems: [problem] };
  }
  const plain = parsePlainJs(source);
  if (plain)
    return { program: plain, positions: createPositions(source), problems: [], commaRepairs: 0 };
  const problems: ImportProblem[] = [];
  const insertions: number[] = [];
  let lastRepair: { offset: number; plain: ImportProblem } | undefined;
  let text = source;
  // One budget for every re-parse: comma repairs must not multiply it.
  const budget: ErrorBudget = { limit: MAX_PARSER_ERRORS, created: 0 };
  let firstErrorParse: { text: string; positions: Positions } | undefined;
  for (;;) {
    const positions = createPositions(source, insertions);
    // The parse that creates the first error maps its offset back.
    if (budget.first === undefined) firstErrorParse = { text, positions };
    try {
      const parsed = parseWithinBudget(text, PARSE_OPTIONS, budget);
      if (!('file' in parsed)) {
        problems.push(gaveUp(source, firstErrorParse ?? { text, positions }, budget));
        return { program: null, positions, problems };
      }
      const { file } = parsed;
      // One more than the cap, so that the caller knows there were more.
      for (const e of (file.errors ?? []).slice(0, MAX_PROBLEMS + 1)) {
        const offset = errorOffset(text, e as BabelErrorFields) ?? 0;
        problems.push(syntaxProblem(source, positions, offset, e.message));
      }
      return { program: file.program, positions, problems, commaRepairs: insertions.length };
    } catch (error) {
      if (error instanceof RangeError) {
        // Babel's recursive descent overflows the stack on pathological nesting.
        const message = 'The source is nested too deeply to be read (the parser ran out of stack)';
        problems.push({
          code: 'too-deeply-nested',
          severity: 'error',
          message,
          loc: START_OF_FILE,
        });
        return { program: null, positions, problems };
      }
      const babel = asBabelError(error, text);
      if (!babel) throw error;
      const original = positions.toOriginal(babel.offset);
      if (lastRepair && original <= lastRepair.offset) {
        // The inserted comma did not help, so the first error was something else: report it plainly.
        problems[problems.length - 1] = lastRepair.plain;
        return { program: null, positions, problems };
      }
      const plain = syntaxProblem(source, positions, babel.offset, babel.message);
      const repair =
        insertions.length < MAX_COMMA_REPAIRS ? options.repair?.(text, babel) : undefined;
      if (repair) {
        problems.push(repair.problem(positions));
        lastRepair = { offset: original, plain };
        insertions.push(positions.toOriginal(repair.parsedOffset));
        insertions.sort((a, b) => a - b); // createPositions needs them ascending
        text = `${text.slice(0, repair.parsedOffset)}${repair.insert}${text.slice(repair.parsedOffset)}`;
        continue;
      }
      if (!isMissingComma(babel) || insertions.length >= MAX_COMMA_REPAIRS) {
        problems.push(plain);
        return { program: null, positions, problems };
      }
      problems.push(
        syntaxProblem(
          source,
          positions,
          babel.offset,
          babel.message,
          ' (a comma is missing between two items)',
        ),
      );
      lastRepair = { offset: original, plain };
      insertions.push(original);
      text = `${text.slice(0, babel.offset)},${text.slice(babel.offset)}`;
    }
  }
}
