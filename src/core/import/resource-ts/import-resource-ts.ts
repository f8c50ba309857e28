import { listedProblems } from './listed-problems';
import type { Design, Storage } from '../../model/types';
import { namesUsed } from '../../model/build';
import { createContext } from './context';
import { builderNames, findStorages } from './find-storages';
import { parseResourceTs } from './parse';
import { START_OF_FILE } from '../../text/positions';
import { readStorage } from './storage';
import {
  constFunctions,
  functionOrigins,
  importSpans,
  storageStatement,
  topLevelNames,
} from './file-spans';
import type { FileSpans, StorageSpans } from './spans';
import type { ImportProblem, ResourceTsImport, StorageLocation } from './types';

const NO_SPANS: FileSpans = {
  storages: [],
  imports: [],
  topLevelNames: [],
  programEnd: 0,
  commaRepairs: 0,
};

function importUnguarded(source: string, recordLocations: boolean): ResourceTsImport {
  const parsed = parseResourceTs(source);
  if (!parsed.program)
    return {
      design: null,
      problems: parsed.problems,
      locations: { storages: [] },
      spans: NO_SPANS,
    };
  const names = builderNames(parsed.program);
  const ctx = createContext(source, parsed.positions, names, recordLocations);
  const found = findStorages(parsed.program, names);
  if (found.length === 0) {
    const message =
      "No defineStorage call found: expected e.g. `export const storage = defineStorage({ name: 'myProjectFiles' })`";
    ctx.problems.push({
      code: 'no-define-storage',
      severity: 'error',
      message,
      loc: START_OF_FILE,
    });
  }
  const storages: Storage[] = [];
  const locations: StorageLocation[] = [];
  const storageSpans: StorageSpans[] = [];
  for (const { call, exportName, localName } of found) {
    if (exportName === undefined) {
      const fix =
        localName === undefined
          ? '`export const storage = defineStorage(...)`'
          : `\`export const ${localName} = ...\` or \`export { ${localName} }\``;
      const what = localName === undefined ? 'This defineStorage(...)' : `\`${localName}\``;
      ctx.warn(
        'storage-not-exported',
        call.callee,
        `${what} is not exported, so backend.ts cannot import it; write ${fix}`,
      );
    }
    const read = readStorage(ctx, call, exportName);
    if (read) {
      storages.push(read.storage);
      locations.push(read.location);
      const statement = storageStatement(ctx, parsed.program, call);
      storageSpans.push(statement ? { ...read.spans, statement } : read.spans);
    }
  }
  const imports = importSpans(ctx, parsed.program);
  const bare: Design = { storages, groups: [], functions: [] };
  const used = namesUsed(bare);
  const origins = functionOrigins(
    ctx,
    imports,
    used.functions,
    constFunctions(ctx, parsed.program),
  );
  const design =
    storages.length > 0
      ? {
          ...bare,
          ...used,
          ...(Object.keys(origins).length > 0 ? { functionOrigins: origins } : {}),
        }
      : null;
  const last = parsed.program.body.at(-1);
  return {
    design,
    problems: listedProblems([...parsed.problems, ...ctx.problems]),
    locations: { storages: locations },
    spans: {
      storages: storageSpans,
      imports,
      topLevelNames: topLevelNames(parsed.program),
      programEnd: last ? ctx.span(last).end : 0,
      commaRepairs: parsed.commaRepairs ?? 0,
    },
  };
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** The import, never throwing (see importResourceTs). */
function importGuarded(source: string, recordLocations: boolean): ResourceTsImport {
  try {
    if (typeof source !== 'string')
      throw new TypeError(`expected the source as a string, got ${typeof source}`);
    return importUnguarded(source, recordLocations);
  } catch (error) {
    // Our readers recurse only to a fixed depth, but stay safe: a RangeError here is still "too deep".
    const tooDeep = error instanceof RangeError;
    const problem: ImportProblem = {
      code: tooDeep ? 'too-deeply-nested' : 'internal-error',
      severity: 'error',
      message: tooDeep
        ? 'The source is nested too deeply to be read'
        : `The importer failed unexpectedly (${errorMessage(error)}); please report this with the file`,
      loc: START_OF_FILE,
    };
    return { design: null, problems: [problem], locations: { storages: [] }, spans: NO_SPANS };
  }
}

/**
 * Reads amplify/storage/resource.ts as users write it into a Design, without running it. Never
 * throws: syntax errors, unsupported constructs and the importer's own failures all become
 * problems with a location; `design` is null only when nothing usable was found.
 */
export function importResourceTs(source: string): ResourceTsImport {
  return importGuarded(source, true);
}

/**
 * `importResourceTs` for a caller that needs only the design and the problems (the CLI's matrix
 * and most exports): the same design and problems, located the same, without the locations of
 * every storage, path and rule or the spans a source-keeping writer needs. For 2,000 paths that
 * is some 60,000 objects a cold process no longer builds and copies through its scavenges.
 */
export function importResourceTsDesign(
  source: string,
): Pick<ResourceTsImport, 'design' | 'problems'> {
  const { design, problems } = importGuarded(source, false);
  return { design, problems };
}
