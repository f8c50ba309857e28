import * as v from 'valibot';
import { jsonPathPlace, jsonSyntaxPlace } from '../text/json-place';
import type { Design } from '../model/types';

/**
 * The project's own design file: what the app saves and shares and the CLI reads. Versioned so
 * older files keep opening (migrations go in `migrate`). Checked with a schema (valibot: small,
 * tree-shakable, precise issue paths) so a bad file gets a message that says where and why.
 */
export const DESIGN_FILE_FORMAT = 'access-matrix-design';
export const DESIGN_FILE_VERSION = 2;

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

const FunctionOriginSchema = v.variant('kind', [
  v.strictObject({
    kind: v.literal('inline'),
    entry: v.optional(v.string()),
    name: v.optional(v.string()),
  }),
  v.strictObject({ kind: v.literal('import'), from: v.string(), imported: v.string() }),
]);

/**
 * An access test as the design holds it: as written (a person or action the design does not know
 * is a located problem when the test runs, never a saved design that no longer opens). The tests
 * file is stricter (access-tests/schema.ts), like its published JSON Schema.
 */
const DesignTestSchema = v.strictObject({
  who: v.string(),
  identityId: v.optional(v.string()),
  actions: v.array(v.string()),
  where: v.string(),
  except: v.optional(v.array(v.string())),
  storage: v.optional(v.string()),
  expect: v.picklist(['allow', 'deny']),
  name: v.optional(v.string()),
  note: v.optional(v.string()),
});

/** Version 1: storages, groups and functions. */
const DesignSchemaV1 = v.strictObject({
  storages: v.array(StorageSchema),
  groups: v.array(v.string()),
  functions: v.array(v.string()),
});

/** Version 2 (issue 12): access tests are part of the design. */
const DesignSchema = v.strictObject({
  ...DesignSchemaV1.entries,
  tests: v.optional(v.array(DesignTestSchema)),
  // Where functions came from (issue 15): optional and written only when known.
  functionOrigins: v.optional(v.record(v.string(), FunctionOriginSchema)),
});

/** Each older version's schema, checked as written before its design is upgraded. */
const SCHEMA_OF_VERSION: Readonly<Record<number, v.GenericSchema>> = {
  1: DesignSchemaV1,
  2: DesignSchema,
};

/** One step up per version: the design of version N to that of version N + 1. */
const UPGRADES: Readonly<Record<number, (design: Design) => Design>> = {
  // A version 1 design has no tests; its storages, groups and functions are unchanged in 2.
  1: (design) => design,
};

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
  const loc = jsonPathPlace(text, result.path);
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
  const parsed = v.safeParse(SCHEMA_OF_VERSION[version]!, design);
  if (!parsed.success) return refusal('Invalid design', parsed.issues, ['design']);
  return { ok: true, design: migrate(version, parsed.output as Design) };
}

function syntaxRefusal(text: string, engineMessage: string): DesignFileResult {
  const found = jsonSyntaxPlace(text);
  if (!found) return { ok: false, error: `Not valid JSON: ${engineMessage}` };
  const { place, message } = found;
  return {
    ok: false,
    error: `Not valid JSON at line ${place.line}, column ${place.column}: ${message}`,
    loc: place,
  };
}

/** Upgrades a design read at an older version step by step to the current one. */
function migrate(version: number, design: Design): Design {
  let upgraded = design;
  for (let at = version; at < DESIGN_FILE_VERSION; at++) upgraded = UPGRADES[at]!(upgraded);
  return upgraded;
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
