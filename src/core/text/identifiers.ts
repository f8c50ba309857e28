/**
 * JavaScript identifier names, ASCII only: what a generated import or const may be called, and
 * what the readers and the checks expect a function name to be.
 */
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Whether `name` is an identifier name (reserved words included: they are fine as object keys). */
export const isIdentifierName = (name: string): boolean => IDENTIFIER.test(name);

// Reserved words, plus the names strict-mode code (every ES module) may not bind: eval, arguments.
const RESERVED = new Set(
  'break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package private protected public await eval arguments'.split(
    ' ',
  ),
);

/** Whether `name` can stand as a JavaScript identifier (an import or const name) in a module. */
export const isIdentifier = (name: string): boolean =>
  isIdentifierName(name) && !RESERVED.has(name);

/** A camelCase identifier derived from a name, e.g. "my files-2" → "myFiles2". */
export function toIdentifier(name: string, fallback: string): string {
  const words = name.split(/[^A-Za-z0-9_$]+/).filter(Boolean);
  const joined = words
    .map((w, i) =>
      i === 0 ? w.charAt(0).toLowerCase() + w.slice(1) : w.charAt(0).toUpperCase() + w.slice(1),
    )
    .join('');
  const id = /^[0-9]/.test(joined) ? `_${joined}` : joined;
  return isIdentifier(id) ? id : fallback;
}

/** `./on-upload-handler.ts` → `on-upload-handler`: the name Amplify derives from an entry file. */
export function entryBaseName(entry: string): string {
  const file = entry.split(/[\\/]/).pop() ?? '';
  const dot = file.lastIndexOf('.');
  return dot > 0 ? file.slice(0, dot) : file;
}

/**
 * The design's name for an inline `defineFunction({ name, entry })`: its `name`, else its entry's
 * base name, as an identifier ('on-upload-handler' → 'onUploadHandler'). Undefined without either.
 */
export function inlineFunctionName(options: {
  readonly name?: string;
  readonly entry?: string;
}): string | undefined {
  const base = options.name ?? (options.entry === undefined ? '' : entryBaseName(options.entry));
  return base === '' ? undefined : toIdentifier(base, 'storageFunction');
}

/**
 * The name Amplify gives an inline `defineFunction`: its `name` option, else its entry's file name
 * without the extension (backend-function's resolveName: `path.parse(entry).name`). Undefined
 * without either (Amplify then takes the caller's folder name, which a design cannot know).
 */
export function amplifyFunctionName(origin: {
  readonly name?: string;
  readonly entry?: string;
}): string | undefined {
  if (origin.name !== undefined) return origin.name;
  return origin.entry === undefined ? undefined : entryBaseName(origin.entry);
}
