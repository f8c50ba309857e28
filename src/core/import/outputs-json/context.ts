import { createPositions, START_OF_FILE, type SourceLocation } from '../../text/positions';
import type { ImportProblem } from '../resource-ts/types';
import type { OutputsProblemCode } from './codes';
import type { JsonSpan, JsonValue } from '../../text/json-source';

/** What the readers share: where each value is, and the problems found so far. */
export interface OutputsContext {
  readonly problems: ImportProblem[];
  /** Location of the value at `pointer` (or of its key, when `key` is set and it has one). */
  loc(pointer: string, key?: boolean): SourceLocation;
  error(code: OutputsProblemCode, pointer: string, message: string, key?: boolean): void;
  warn(code: OutputsProblemCode, pointer: string, message: string, key?: boolean): void;
}

export function createOutputsContext(
  text: string,
  spans: ReadonlyMap<string, JsonSpan>,
): OutputsContext {
  const positions = createPositions(text);
  const problems: ImportProblem[] = [];
  const loc = (pointer: string, key = false): SourceLocation => {
    const span = spans.get(pointer);
    if (!span) return START_OF_FILE;
    const range = key && span.key ? span.key : span;
    return positions.location(range.start, range.end);
  };
  const report =
    (severity: ImportProblem['severity']) =>
    (code: OutputsProblemCode, pointer: string, message: string, key = false) =>
      void problems.push({ code, severity, message, loc: loc(pointer, key) });
  return { problems, loc, error: report('error'), warn: report('warning') };
}

export type JsonObject = { readonly [key: string]: JsonValue };

export const isObject = (value: JsonValue | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A short description of a JSON value for messages: "a number", "an array", … */
export function jsonKind(value: JsonValue | undefined): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string')
    return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return `${typeof value === 'number' ? 'the number' : 'the boolean'} ${String(value)}`;
}
