import * as v from 'valibot';
import { JsonSyntaxError, parseJsonSource, pointerSegment } from '../text/json-source';
import { createPositions } from '../text/positions';
import type { Design } from '../model/types';

/**
 * The project's own design file: what the app saves and shares and the CLI reads. Versioned so
 * older files keep opening (migrations go in `migrate`). Checked with a schema (valibot: small,
 * tree-shakable, precise issue paths) so a bad file gets a message that says where and why.
 */
export const DESIGN_FILE_FORMAT = 'access-matrix-design';
export const DESIGN_FILE_VERSION = 1;

/** Design files above this many characters are refused unread (the largest real ones are a few MB). */
export const MAX_DESIGN_FILE_CHARS = 16 * 1024 * 1024;

const PrincipalSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('guest') }),
  v.strictObject({ kind: v.literal('authenticated') }),
  v.strictObject({
    kind: v.literal('groups'),
    groups: v.array(v.string()),
    legacySingular: v.optional(v.boolean()),
  }),
  v.strictObject({ kind: v.literal('entity'), entity: v.string() }),
  v.strictObject({ kind: v.literal('resource'), fn: v.string() }),
]);

const RuleSchema = v.strictObject({ principal: PrincipalSchema, actions: v.array(v.string()) });
const PathSchema = v.strictObject({ path: v.string(), rules: v.array(RuleSchema) });

const StorageSchema = v.strictObject({
  name: v.string(),
  exportName: v.optional(v.string()),
  isDefault: v.optional(v.boolean()),
  versioned: v.optional(v.boolean()),
  keepOnDelete: v.optional(v.boolean()),
  triggers: v.optional(
    // Valibot takes an array for an object whose keys are all optional: say no first.
    v.pipe(
      v.custom((x) => !Array.isArray(x), 'Invalid type: Expected Object but received Array'),
      v.strictObject({ onUpload: v.optional(v.string()), onDelete: v.optional(v.string()) }),
    ),
  ),
  hasAccess: v.boolean(),
  paths: v.array(PathSchema),
});

const DesignSchema = v.strictObject({
  storages: v.array(StorageSchema),
  groups: v.array(v.string()),
  functions: v.array(v.string()),
});

const FileSchema = v.object({
  format: v.literal(DESIGN_FILE_FORMAT),
  version: v.pipe(
    v.number(),
    v.integer('The version must be a whole number'),
    v.minValue(1, 'The version must be 1 or more'),
  ),
  design: v.unknown(),
});

/** Where in a design file's text something is wrong (1-based, columns in UTF-16 units as editors count). */
export interface DesignFilePlace {
  readonly line: number;
  readonly column: number;
}

export type DesignFileResult =
  | { ok: true; design: Design }
  | {
      ok: false;
      error: string;
      /** Set by parseDesignFile when the place in the text is known. */
      loc?: DesignFilePlace;
    };

/** A refusal with the JSON path of the wrong value, so text readers can point at its line. */
type Refusal = { ok: false; error: string; path?: readonly (string | number)[] };

/** Serializes a design as a design file (stable, indented JSON). */
export function serializeDesignFile(design: Design): string {
  return `${JSON.stringify({ format: DESIGN_FILE_FORMAT, version: DESIGN_FILE_VERSION, design }, null, 2)}\n`;
}

/** Whether a text looks like a design file (rather than resource.ts or amplify_outputs.json). */
export function looksLikeDesignFile(text: string): boolean {
  return /^\s*\{/.test(text) && text.includes(`"${DESIGN_FILE_FORMAT}"`);
}

/**
 * Reads a design file: the design, or one message that says where and why it is wrong — the line
 * and column in the text, and the field's path.
 */
export function parseDesignFile(text: string): DesignFileResult {
  if (text.length > MAX_DESIGN_FILE_CHARS) {
    return {
      ok: false,
      error: `This file is ${(text.length / 1024 / 1024).toFixed(1)} MB, over the ${MAX_DESIGN_FILE_CHARS / 1024 / 1024} MB limit for a design file; it was not read.`,
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return syntaxRefusal(text, (e as Error).message);
  }
  const result = readValue(json);
  if (result.ok || !result.path) return result.ok ? result : { ok: false, error: result.error };
  const loc = placeOf(text, result.path);
  return loc
    ? { ok: false, error: `${result.error} (line ${loc.line}, column ${loc.column})`, loc }
    : { ok: false, error: result.error };
}

/** Validates an already parsed design-file value (also used for share links and saved data). */
export function readDesignFileValue(json: unknown): DesignFileResult {
  const result = readValue(json);
  return result.ok ? result : { ok: false, error: result.error };
}

function readValue(json: unknown): { ok: true; design: Design } | Refusal {
  const file = v.safeParse(FileSchema, json);
  if (!file.success) return refusal('Not an Access Matrix design file', file.issues, []);
  const { version, design } = file.output;
  if (version > DESIGN_FILE_VERSION) {
    return {
      ok: false,
      error: `This design file has version ${version}; this Access Matrix reads up to version ${DESIGN_FILE_VERSION}. Update Access Matrix to open it.`,
      path: ['version'],
    };
  }
  const parsed = v.safeParse(DesignSchema, migrate(version, design));
  if (!parsed.success) return refusal('Invalid design', parsed.issues, ['design']);
  return { ok: true, design: parsed.output as Design };
}

/** JSON.parse's message has no line in some engines and none at all for "Unexpected end": find the place ourselves. */
function syntaxRefusal(text: string, engineMessage: string): DesignFileResult {
  try {
    parseJsonSource(text);
  } catch (e) {
    if (e instanceof JsonSyntaxError) {
      const { line, column } = createPositions(text).location(e.offset, e.offset);
      return {
        ok: false,
        error: `Not valid JSON at line ${line}, column ${column}: ${e.message}`,
        loc: { line, column },
      };
    }
  }
  return { ok: false, error: `Not valid JSON: ${engineMessage}` };
}

/** Line and column of the value at `path` (of its key, for a key that should not be there). */
function placeOf(text: string, path: readonly (string | number)[]): DesignFilePlace | undefined {
  let spans;
  try {
    spans = parseJsonSource(text).spans;
  } catch {
    return undefined; // Deeper than that reader goes: the message still names the field.
  }
  // The deepest written value on the path (a missing key is reported at its object).
  for (let n = path.length; n >= 0; n--) {
    const span = spans.get(
      path
        .slice(0, n)
        .map((key) => `/${pointerSegment(key)}`)
        .join(''),
    );
    if (!span) continue;
    const start = n === path.length && span.key ? span.key.start : span.start;
    const { line, column } = createPositions(text).location(start, start);
    return { line, column };
  }
  return undefined;
}

/** Upgrades older versions step by step to the current one (none yet: version 1 is the first). */
function migrate(_version: number, design: unknown): unknown {
  return design;
}

function refusal(
  what: string,
  issues: readonly v.BaseIssue<unknown>[],
  base: readonly string[],
): Refusal {
  const issue = issues[0]!;
  const where = v.getDotPath(issue);
  const keys = (issue.path ?? []).map((item) => item.key as string | number);
  return {
    ok: false,
    error: `${what}: ${where ? `at ${where}: ` : ''}${issue.message}`,
    path: [...base, ...keys],
  };
}
