import * as v from 'valibot';
import type { Design } from '../model/types';

/**
 * The project's own design file: what the app saves and shares and the CLI reads. Versioned so
 * older files keep opening (migrations go in `migrate`). Checked with a schema (valibot: small,
 * tree-shakable, precise issue paths) so a bad file gets a message that says where and why.
 */
export const DESIGN_FILE_FORMAT = 'access-matrix-design';
export const DESIGN_FILE_VERSION = 1;

const PrincipalSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('guest') }),
  v.strictObject({ kind: v.literal('authenticated') }),
  v.strictObject({ kind: v.literal('groups'), groups: v.array(v.string()), legacySingular: v.optional(v.boolean()) }),
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
  triggers: v.optional(v.strictObject({ onUpload: v.optional(v.string()), onDelete: v.optional(v.string()) })),
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
  version: v.number(),
  design: v.unknown(),
});

export type DesignFileResult = { ok: true; design: Design } | { ok: false; error: string };

/** Serializes a design as a design file (stable, indented JSON). */
export function serializeDesignFile(design: Design): string {
  return `${JSON.stringify({ format: DESIGN_FILE_FORMAT, version: DESIGN_FILE_VERSION, design }, null, 2)}\n`;
}

/** Whether a text looks like a design file (rather than resource.ts or amplify_outputs.json). */
export function looksLikeDesignFile(text: string): boolean {
  return /^\s*\{/.test(text) && text.includes(`"${DESIGN_FILE_FORMAT}"`);
}

/** Reads a design file: the design, or one message that says where and why it is wrong. */
export function parseDesignFile(text: string): DesignFileResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `Not valid JSON: ${(e as Error).message}` };
  }
  return readDesignFileValue(json);
}

/** Validates an already parsed design-file value (also used for share links and saved data). */
export function readDesignFileValue(json: unknown): DesignFileResult {
  const file = v.safeParse(FileSchema, json);
  if (!file.success) return { ok: false, error: `Not an Access Matrix design file: ${describe(file.issues)}` };
  const { version, design } = file.output;
  if (version > DESIGN_FILE_VERSION) {
    return { ok: false, error: `This design file has version ${version}; this Access Matrix reads up to version ${DESIGN_FILE_VERSION}. Update Access Matrix to open it.` };
  }
  const parsed = v.safeParse(DesignSchema, migrate(version, design));
  if (!parsed.success) return { ok: false, error: `Invalid design: ${describe(parsed.issues)}` };
  return { ok: true, design: parsed.output as Design };
}

/** Upgrades older versions step by step to the current one (none yet: version 1 is the first). */
function migrate(_version: number, design: unknown): unknown {
  return design;
}

function describe(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0]!;
  const where = v.getDotPath(issue);
  return `${where ? `at ${where}: ` : ''}${issue.message}`;
}
