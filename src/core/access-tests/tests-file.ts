import * as v from 'valibot';
import { jsonPathPlace, jsonSyntaxPlace, type JsonPlace } from '../text/json-place';
import type { AccessTest } from '../model/access-test';
import { FileTestSchema } from './schema';

/**
 * The tests file kept beside the storage definition (`amplify/storage/access.tests.json`): a
 * versioned list of tests, checked with valibot against the same shape as the published JSON
 * Schema (public/access-tests.schema.json, which editors use to complete it via `$schema`).
 */
export const TESTS_FILE_VERSION = 1;
export const TESTS_FILE_NAME = 'access.tests.json';
/** Where the schema is once the CLI package is installed, from amplify/storage/. */
export const TESTS_SCHEMA_REF = '../../node_modules/access-matrix/public/access-tests.schema.json';
/** Tests files above this many characters are refused unread. */
export const MAX_TESTS_FILE_CHARS = 4 * 1024 * 1024;

const TestsFileSchema = v.strictObject({
  $schema: v.optional(v.string()),
  version: v.pipe(
    v.number(),
    v.integer('The version must be a whole number'),
    v.minValue(1, 'The version must be 1 or more'),
  ),
  tests: v.array(FileTestSchema),
});

export type TestsFileResult =
  | {
      readonly ok: true;
      readonly tests: AccessTest[];
      /** Line and column of a field of test `index` (for problems found when running it). */
      readonly place: (index: number, field: readonly (string | number)[]) => JsonPlace | undefined;
    }
  | { readonly ok: false; readonly error: string; readonly loc?: JsonPlace };

/** Reads a tests file: the tests, or one message that says where (line, column) and why. */
export function parseTestsFile(text: string): TestsFileResult {
  if (text.length > MAX_TESTS_FILE_CHARS)
    return {
      ok: false,
      error: `This tests file is over ${MAX_TESTS_FILE_CHARS / 1024 / 1024} MB; it was not read.`,
    };
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const found = jsonSyntaxPlace(text);
    return found
      ? {
          ok: false,
          error: `Not valid JSON at line ${found.place.line}, column ${found.place.column}: ${found.message}`,
          loc: found.place,
        }
      : { ok: false, error: `Not valid JSON: ${(e as Error).message}` };
  }
  if (
    typeof json === 'object' &&
    json !== null &&
    typeof (json as { version?: unknown }).version === 'number' &&
    (json as { version: number }).version > TESTS_FILE_VERSION
  ) {
    return located(
      text,
      ['version'],
      `This tests file has version ${(json as { version: number }).version}; this Access Matrix reads up to version ${TESTS_FILE_VERSION}. Update Access Matrix.`,
    );
  }
  const parsed = v.safeParse(TestsFileSchema, json);
  if (!parsed.success) {
    const issue = parsed.issues[0]!;
    const where = v.getDotPath(issue);
    const path = (issue.path ?? []).map((item) => item.key as string | number);
    return located(
      text,
      path,
      `Invalid tests file: ${where ? `at ${where}: ` : ''}${issue.message}`,
    );
  }
  // Valibot writes no key for an absent optional field, so the output is the test as written.
  const tests = parsed.output.tests as AccessTest[];
  return {
    ok: true,
    tests,
    place: (index, field) => jsonPathPlace(text, ['tests', index, ...field]),
  };
}

function located(text: string, path: readonly (string | number)[], error: string): TestsFileResult {
  const loc = jsonPathPlace(text, path);
  return loc
    ? { ok: false, error: `${error} (line ${loc.line}, column ${loc.column})`, loc }
    : { ok: false, error };
}

/** A tests file for these tests (stable, indented JSON, `$schema` first so editors complete it). */
export function serializeTestsFile(
  tests: readonly AccessTest[],
  schema: string = TESTS_SCHEMA_REF,
): string {
  return `${JSON.stringify({ $schema: schema, version: TESTS_FILE_VERSION, tests }, null, 2)}\n`;
}
