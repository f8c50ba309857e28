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

/**
 * The environment variable a function given access to a storage receives, holding the bucket's
 * name: `<storage name>_BUCKET_NAME` (backend-storage's StorageContainerEntryGenerator hands it to
 * every resource access acceptor of the storage's access rules).
 */
export const bucketNameVariable = (storageName: string): string => `${storageName}_BUCKET_NAME`;

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
