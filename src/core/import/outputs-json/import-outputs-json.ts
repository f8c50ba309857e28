import { namesUsed } from '../../model/build';
import type { Design, Storage } from '../../model/types';
import type { BucketPlacement } from '../../outputs/outputs';
import { createPositions, START_OF_FILE } from '../../text/positions';
import type { ImportProblem } from '../resource-ts/types';
import {
  createOutputsContext,
  isObject,
  jsonKind,
  type JsonObject,
  type OutputsContext,
} from './context';
import { JsonSyntaxError, parseJsonSource } from '../../text/json-source';
import { lostNotes, UNNAMED_STORAGE } from './lost';
import { rebuildPaths, type RebuildFacts } from './rebuild-paths';
import { readStorageSection, type StorageRead } from './read-storage';

/** The result of reading an amplify_outputs.json back into a design. */
export interface OutputsJsonImport {
  /** Null when nothing usable was found (not JSON, not an object, no storage section). */
  readonly design: Design | null;
  /** Errors and warnings with their place in the file, in file order. */
  readonly problems: ImportProblem[];
  /** What the file cannot tell, so the design may differ from the one that wrote it. */
  readonly lost: string[];
  /** Each storage's bucket and region as the file gives them (same indices as design.storages). */
  readonly placements: BucketPlacement[];
}

/**
 * Files above this many characters are refused unread. amplify_outputs.json of a large app (data
 * model introspection included) is a few MB; parsing is linear, a second or so at the cap.
 */
export const MAX_OUTPUTS_CHARS = 16 * 1024 * 1024;

/** Versions whose storage section has the shape read here. */
const KNOWN_VERSIONS = new Set(['1', '1.1', '1.2', '1.3', '1.4', '1.5']);

/**
 * Whether text looks like an amplify_outputs.json: a JSON object with `version` and `storage`.
 * Cheap enough for choosing a reader; the import itself reports what is wrong in detail.
 */
export function looksLikeOutputsJson(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
    return (
      typeof value === 'object' &&
      value !== null &&
      !Array.isArray(value) &&
      'version' in value &&
      'storage' in value
    );
  } catch {
    return false;
  }
}

/**
 * Reads amplify_outputs.json (schema 1.x) into a design that compiles to the same storage
 * `paths`: owner keys become `allow.entity('identity')` rules on `{entity_id}` paths, the
 * non-owner rules Amplify wrote under the cut `x/*` go back onto `x/{entity_id}/*`, `groupsNAME`
 * keys become group rules and declared groups (in `auth.groups` precedence order when the file
 * has it). Never throws; `lost` says what the file cannot tell (functions, `read`, rule order…).
 */
export function importOutputsJson(text: string): OutputsJsonImport {
  if (text.length > MAX_OUTPUTS_CHARS) {
    const message = `The file is ${(text.length / 1024 / 1024).toFixed(1)} MB, over the ${MAX_OUTPUTS_CHARS / 1024 / 1024} MB limit for an amplify_outputs.json; it was not read`;
    const problem: ImportProblem = {
      code: 'source-too-large',
      severity: 'error',
      message,
      loc: START_OF_FILE,
    };
    return { design: null, problems: [problem], lost: [], placements: [] };
  }
  let parsed;
  try {
    parsed = parseJsonSource(text);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    const loc = createPositions(text).location(error.offset, error.offset + 1);
    const problem: ImportProblem = {
      code: 'invalid-json',
      severity: 'error',
      message: `Not valid JSON: ${error.message}`,
      loc,
    };
    return { design: null, problems: [problem], lost: [], placements: [] };
  }
  const ctx = createOutputsContext(text, parsed.spans);
  for (const pointer of parsed.duplicateKeys)
    ctx.warn(
      'duplicate-key',
      pointer,
      'This key is written twice in its object; the last one is used',
      true,
    );
  const root = parsed.value;
  if (!isObject(root)) {
    ctx.error(
      'not-outputs',
      '',
      `Expected an amplify_outputs.json object such as {"version": "1.4", "storage": {...}}, found ${jsonKind(root)}`,
    );
    return finish(ctx, null, [], []);
  }
  checkVersion(ctx, root);
  if (root.storage === undefined) {
    ctx.problems.push({
      code: 'no-storage',
      severity: 'error',
      message: 'This amplify_outputs.json has no `storage` section: the backend defines no storage',
      loc: START_OF_FILE,
    });
    return finish(ctx, null, [], []);
  }
  const storage = readStorageSection(ctx, root.storage, '/storage');
  if (!storage) return finish(ctx, null, [], []);
  const { storages, placements, facts } = readStorages(ctx, storage);
  const authGroups = readAuthGroups(ctx, root);
  const used = namesUsed({ storages, groups: [], functions: [] });
  const groups = authGroups
    ? [...authGroups, ...used.groups.filter((g) => !authGroups.includes(g))]
    : used.groups;
  const design: Design = { storages, groups, functions: used.functions };
  return finish(
    ctx,
    design,
    placements,
    lostNotes(facts, {
      listsBuckets: storage.buckets !== undefined,
      authGroups: authGroups !== undefined,
    }),
  );
}

function finish(
  ctx: OutputsContext,
  design: Design | null,
  placements: BucketPlacement[],
  lost: string[],
): OutputsJsonImport {
  const problems = ctx.problems.sort(
    (a, b) => a.loc.line - b.loc.line || a.loc.column - b.loc.column,
  );
  return { design, problems, lost, placements };
}

function checkVersion(ctx: OutputsContext, root: JsonObject): void {
  const version = root.version;
  if (typeof version === 'string' && KNOWN_VERSIONS.has(version)) return;
  const found = version === undefined ? 'no `version`' : `version ${jsonKind(version)}`;
  ctx.warn(
    'unknown-version',
    version === undefined ? '' : '/version',
    `Expected amplify_outputs.json version 1 to 1.5, found ${found}; read as 1.x`,
  );
}

/** One storage per listed bucket; the one the top level names is the default (when there are several). */
function readStorages(
  ctx: OutputsContext,
  storage: StorageRead,
): { storages: Storage[]; placements: BucketPlacement[]; facts: RebuildFacts[] } {
  if (!storage.buckets) {
    return {
      storages: [{ name: UNNAMED_STORAGE, hasAccess: false, paths: [] }],
      placements: [{ bucketName: storage.bucketName, region: storage.region }],
      facts: [],
    };
  }
  const top = storage.buckets.findIndex(
    (b) => b.bucketName === storage.bucketName && b.region === storage.region,
  );
  if (top < 0 && storage.buckets.length > 0) {
    ctx.warn(
      'default-bucket-not-listed',
      '/storage/bucket_name',
      `The top-level bucket ${JSON.stringify(storage.bucketName)} (${storage.region}) is none of \`buckets\`, so no storage is marked as the default`,
    );
  }
  const facts: RebuildFacts[] = [];
  const storages = storage.buckets.map((bucket, i): Storage => {
    const isDefault = storage.buckets!.length > 1 && i === top ? { isDefault: true } : {};
    if (!bucket.paths) return { name: bucket.name, ...isDefault, hasAccess: false, paths: [] };
    const rebuilt = rebuildPaths(ctx, bucket.paths);
    facts.push(rebuilt.facts);
    return { name: bucket.name, ...isDefault, hasAccess: true, paths: rebuilt.paths };
  });
  return {
    storages,
    placements: storage.buckets.map((b) => ({ bucketName: b.bucketName, region: b.region })),
    facts,
  };
}

/** Group names from `auth.groups` (`[{ "admin": { "precedence": 0 } }, ...]`), by precedence; undefined if absent. */
function readAuthGroups(ctx: OutputsContext, root: JsonObject): string[] | undefined {
  const groups = isObject(root.auth) ? root.auth.groups : undefined;
  if (groups === undefined) return undefined;
  const entries = Array.isArray(groups)
    ? groups.flatMap((g) => (isObject(g) ? Object.entries(g) : []))
    : [];
  const valid =
    Array.isArray(groups) &&
    groups.every((g) => isObject(g)) &&
    entries.every(([, v]) => isObject(v));
  if (!valid) {
    ctx.warn(
      'invalid-auth-groups',
      '/auth/groups',
      'Expected `auth.groups` to be a list such as [{"admin": {"precedence": 0}}]; groups are taken from the storage rules instead',
    );
    return undefined;
  }
  return entries
    .map(([name, v], i) => ({
      name,
      order: isObject(v) && typeof v.precedence === 'number' ? v.precedence : Infinity,
      i,
    }))
    .sort((a, b) => a.order - b.order || a.i - b.i)
    .map((e) => e.name);
}
