import type { Design, FunctionOrigin, TriggerEvent } from './types';

/**
 * Amplify's resource-name rule (DefaultResourceNameValidator in @aws-amplify/backend), checked on
 * storage names and on function names (an inline function's name comes from its entry file).
 */
export const RESOURCE_NAME = /^[a-zA-Z][a-zA-Z0-9-_ ]*$/;

/** The design's origin for a function, if it has one (own keys only: `__proto__` is a name). */
export function originOf(design: Design, fn: string): FunctionOrigin | undefined {
  const origins = design.functionOrigins;
  return origins && Object.hasOwn(origins, fn) ? origins[fn] : undefined;
}

// lodash.snakecase 4.1.1's `words` (the unicode-word branch, which any text with `_` takes), for
// ASCII: a capitalised or lower-case run, an upper-case run, digits (no ordinals in this
// version). Breaks are every other printable ASCII character, as in its rsBreakRange.
const BREAK = '[\\x00-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\xbf\\xac\\xb1\\xd7\\xf7]';
const WORD = new RegExp(
  [
    `[A-Z]?[a-z]+(?=${BREAK}|[A-Z]|$)`,
    `[A-Z]+(?=${BREAK}|[A-Z][a-z]|$)`,
    '[A-Z]?[a-z]+',
    '[A-Z]+',
    '\\d+',
  ].join('|'),
  'g',
);

/**
 * SCREAMING_SNAKE_CASE as Amplify's NamingConverter writes it (`snakeCase(text).toUpperCase()`
 * with lodash), for the ASCII text of valid resource names: `myProjectFiles_BUCKET_NAME` →
 * `MY_PROJECT_FILES_BUCKET_NAME`, `my files-2` → `MY_FILES_2`.
 */
export const screamingSnakeCase = (text: string): string =>
  (text.replace(/['\u2019]/g, '').match(WORD) ?? []).map((w) => w.toUpperCase()).join('_');

/**
 * The environment variable holding the bucket's name that a function given access to a storage
 * receives. backend-storage asks for `<storage name>_BUCKET_NAME`, and Amplify's SSM entries
 * generator (BackendIdScopedSsmEnvironmentEntriesGenerator) turns every such key into SCREAMING
 * SNAKE CASE: `myProjectFiles` gives `MY_PROJECT_FILES_BUCKET_NAME`, not the docs'
 * `myProjectFiles_BUCKET_NAME`.
 */
export const bucketNameVariable = (storageName: string): string =>
  screamingSnakeCase(`${storageName}_BUCKET_NAME`);

/** What one storage gives one function. */
export interface FunctionStorageUse {
  readonly storageIndex: number;
  readonly storageName: string;
  /**
   * The bucket-name variable, present when a rule of the storage's access names the function:
   * Amplify sets it only for functions with access rules, never for a trigger alone.
   */
  readonly variable?: string;
  /** The storage's triggers that run the function. */
  readonly triggers: readonly TriggerEvent[];
}

/** Per storage that names `fn` (in a rule or a trigger): the variable it receives and its triggers. */
export function functionStorageUses(design: Design, fn: string): FunctionStorageUse[] {
  return design.storages.flatMap((storage, storageIndex) => {
    const hasRule =
      storage.hasAccess &&
      storage.paths.some((p) =>
        p.rules.some((r) => r.principal.kind === 'resource' && r.principal.fn === fn),
      );
    const triggers = (Object.keys(storage.triggers ?? {}) as TriggerEvent[]).filter(
      (event) => storage.triggers?.[event] === fn,
    );
    if (!hasRule && triggers.length === 0) return [];
    return [
      {
        storageIndex,
        storageName: storage.name,
        ...(hasRule ? { variable: bucketNameVariable(storage.name) } : {}),
        triggers,
      },
    ];
  });
}
