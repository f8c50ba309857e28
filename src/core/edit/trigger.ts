import { namesUsed } from '../model/build';
import { originOf, RESOURCE_NAME } from '../model/functions';
import type { Design, FunctionOrigin, Storage, TriggerEvent } from '../model/types';
import { amplifyFunctionName, inlineFunctionName } from '../text/identifiers';
import { replaceAt } from './array';

/**
 * What a storage trigger (`triggers.onUpload` / `triggers.onDelete`) runs: nothing, a function the
 * design already declares (an import, or an inline one used elsewhere), or a new inline
 * `defineFunction({ entry })` written in the trigger itself, the way the docs write it.
 */
export type TriggerTarget =
  | { readonly kind: 'none' }
  | { readonly kind: 'function'; readonly name: string }
  | { readonly kind: 'inline'; readonly entry: string };

/**
 * Why an inline trigger's entry cannot be used, as a stable code: `entry-empty` (no file),
 * `entry-name-invalid` (Amplify names the function after the entry's file name, and its resource
 * name check rejects that name), `entry-name-taken` (the design already has another function of
 * that name, so the trigger would silently become that one).
 */
export type InlineEntryProblem = 'entry-empty' | 'entry-name-invalid' | 'entry-name-taken';

/** What stops `entry` from being a new inline trigger function in `design` (undefined: nothing). */
export function inlineEntryProblem(design: Design, entry: string): InlineEntryProblem | undefined {
  const name = inlineFunctionName({ entry: entry.trim() });
  if (entry.trim() === '' || name === undefined) return 'entry-empty';
  if (!RESOURCE_NAME.test(amplifyFunctionName({ entry: entry.trim() })!))
    return 'entry-name-invalid';
  if (!design.functions.includes(name)) return undefined;
  const origin = originOf(design, name);
  return origin?.kind === 'inline' && origin.entry === entry.trim() && origin.name === undefined
    ? undefined
    : 'entry-name-taken';
}

/**
 * Sets one trigger of one storage. An inline target declares its function (named as the importer
 * names `defineFunction({ entry })`, e.g. `./on-upload-handler.ts` → `onUploadHandler`) with its
 * origin, so exports write it inline. A function that was inline and is no longer used anywhere is
 * no longer declared: an inline `defineFunction` exists only where it is written. Returns the same
 * design when nothing changes or the target cannot be set (out-of-range storage, an undeclared
 * function, an entry with a problem: see `inlineEntryProblem`).
 */
export function setTrigger(
  design: Design,
  storageIndex: number,
  event: TriggerEvent,
  target: TriggerTarget,
): Design {
  const storage = design.storages[storageIndex];
  if (!storage) return design;
  let next = design;
  let fn: string | undefined;
  if (target.kind === 'function') {
    if (!design.functions.includes(target.name)) return design;
    fn = target.name;
  } else if (target.kind === 'inline') {
    const entry = target.entry.trim();
    if (inlineEntryProblem(design, entry) !== undefined) return design;
    fn = inlineFunctionName({ entry })!;
    next = declareInline(design, fn, { kind: 'inline', entry });
  }
  const previous = storage.triggers?.[event];
  if (previous === fn && next === design) return design;
  const triggers = { ...storage.triggers };
  if (fn === undefined) delete triggers[event];
  else triggers[event] = fn;
  const updated: Storage = withTriggers(storage, triggers);
  next = { ...next, storages: replaceAt(next.storages, storageIndex, updated) };
  return previous === undefined || previous === fn ? next : dropUnusedInline(next, previous);
}

function withTriggers(storage: Storage, triggers: Partial<Record<TriggerEvent, string>>): Storage {
  if (Object.keys(triggers).length > 0) return { ...storage, triggers };
  const { triggers: _dropped, ...rest } = storage;
  return rest;
}

/** The design with `fn` declared and given `origin` (the same design when it already is). */
function declareInline(design: Design, fn: string, origin: FunctionOrigin): Design {
  if (design.functions.includes(fn) && originOf(design, fn)) return design;
  return {
    ...design,
    functions: design.functions.includes(fn) ? design.functions : [...design.functions, fn],
    functionOrigins: { ...design.functionOrigins, [fn]: origin },
  };
}

/** Without `fn` when it is an inline function nothing uses any more. */
function dropUnusedInline(design: Design, fn: string): Design {
  if (originOf(design, fn)?.kind !== 'inline' || namesUsed(design).functions.includes(fn))
    return design;
  const { [fn]: _dropped, ...origins } = design.functionOrigins!;
  const { functionOrigins: _all, ...bare } = design;
  return {
    ...bare,
    functions: design.functions.filter((f) => f !== fn),
    ...(Object.keys(origins).length > 0 ? { functionOrigins: origins } : {}),
  };
}
