import type { Design, PathEntry, Rule, Storage } from '../model/types';
import { isIdentifier, toIdentifier } from '../text/identifiers';
import { GENERATED_STYLE, listLines, type CodeStyle } from './code-style';
import { defineFunctionName, functionRefs } from './function-refs';
import { freshName, functionIdentifiers, tsPropertyKey, tsQuoted } from './ts-literals';

/** Function name → how the file refers to it (a map, or a writer that decides on demand). */
export type FunctionLookup = Pick<ReadonlyMap<string, string>, 'get'>;

/** Local names the file uses, and how it refers to each function. */
export interface LocalNames {
  readonly defineStorage: string;
  readonly allow: string;
  /** Function name → the text that refers to it (an identifier or an inline defineFunction call). */
  readonly functions: FunctionLookup;
}

/**
 * amplify/storage/resource.ts for a design, formatted as a person writes it: one rule per line,
 * actions as written (so `read` stays `read`), the current `allow.groups([...])` builder, one
 * `export const` per storage. Functions are written where they came from (see functionRefs):
 * imports keep their module path, inline `defineFunction({ entry })` triggers stay inline, others
 * are imported from Amplify's usual place. Function identifiers keep the functions' own names;
 * every other name steps aside when a function already has it, so the file always compiles.
 */
export function renderResourceTs(design: Design, style: CodeStyle = GENERATED_STYLE): string {
  const defineFunction = defineFunctionName(design);
  const refs = functionRefs(design, defineFunction, style);
  const taken = new Set([...refs.bound, ...(refs.usesDefineFunction ? [defineFunction] : [])]);
  const names: LocalNames = {
    defineStorage: freshName('defineStorage', taken),
    allow: freshName('allow', new Set(refs.bound)),
    functions: refs.ref,
  };
  const builders = [
    names.defineStorage === 'defineStorage'
      ? 'defineStorage'
      : `defineStorage as ${names.defineStorage}`,
    ...(!refs.usesDefineFunction
      ? []
      : [
          defineFunction === 'defineFunction'
            ? 'defineFunction'
            : `defineFunction as ${defineFunction}`,
        ]),
  ];
  const semi = style.semicolon ? ';' : '';
  const lines: string[] = [
    `import { ${builders.join(', ')} } from ${tsQuoted('@aws-amplify/backend', style.quote)}${semi}`,
    ...refs.imports,
  ];
  if (refs.consts.length > 0) lines.push('', ...refs.consts);
  const exportNames = storageExportNames(design.storages, taken);
  design.storages.forEach((storage, i) => {
    lines.push('', ...storageStatementLines(storage, exportNames[i]!, names, style));
  });
  return `${lines.join(style.eol)}${style.eol}`;
}

/** `export const NAME = defineStorage({...});` as lines. */
export function storageStatementLines(
  storage: Storage,
  exportName: string,
  names: LocalNames,
  style: CodeStyle,
): string[] {
  const call = storageCallLines(storage, names, style);
  const head = exportName === 'default' ? 'export default ' : `export const ${exportName} = `;
  call[0] = `${head}${call[0]}`;
  call[call.length - 1] = `${call[call.length - 1]}${style.semicolon ? ';' : ''}`;
  return call;
}

/** `defineStorage({ ... })` as lines, the first and last unindented. */
export function storageCallLines(storage: Storage, names: LocalNames, style: CodeStyle): string[] {
  const options = storageOptionLines(storage, names, style);
  return [`${names.defineStorage}({`, ...indented(listLines(options, style), style), '})'];
}

/** Each option of a storage as lines (unindented, without the comma after it). */
export function storageOptionLines(
  storage: Storage,
  names: LocalNames,
  style: CodeStyle,
): string[][] {
  const options: string[][] = [[`name: ${tsQuoted(storage.name, style.quote)}`]];
  if (storage.isDefault !== undefined) options.push([`isDefault: ${storage.isDefault}`]);
  if (storage.versioned !== undefined) options.push([`versioned: ${storage.versioned}`]);
  if (storage.keepOnDelete !== undefined) options.push([`keepOnDelete: ${storage.keepOnDelete}`]);
  const triggers = triggerLines(storage, names, style);
  if (triggers) options.push(triggers);
  if (storage.hasAccess) options.push(accessLines(storage.paths, names, style));
  return options;
}

/** `triggers: { ... }` as lines, or undefined when there is no trigger. */
export function triggerLines(
  storage: Storage,
  names: LocalNames,
  style: CodeStyle,
): string[] | undefined {
  const triggers = Object.entries(storage.triggers ?? {}).filter(([, fn]) => fn);
  if (triggers.length === 0) return undefined;
  const items = triggers.map(([event, fn]) => [
    `${tsPropertyKey(event)}: ${names.functions.get(fn!) ?? fn}`,
  ]);
  return ['triggers: {', ...indented(listLines(items, style), style), '}'];
}

/** `access: (allow) => ({ ... })` as lines. */
export function accessLines(
  paths: readonly PathEntry[],
  names: LocalNames,
  style: CodeStyle,
): string[] {
  const entries = paths.map((entry) => pathEntryLines(entry, names, style));
  return [`access: (${names.allow}) => ({`, ...indented(listLines(entries, style), style), '})'];
}

/** One access-record entry, `'path/*': [rules]`, as lines (rules one per line). */
export function pathEntryLines(entry: PathEntry, names: LocalNames, style: CodeStyle): string[] {
  const key = tsPropertyKey(entry.path, false, style.quote);
  if (entry.rules.length === 0) return [`${key}: []`];
  const rules = entry.rules.map((rule) => [renderRule(rule, names.allow, names.functions, style)]);
  return [`${key}: [`, ...indented(listLines(rules, style), style), ']'];
}

function indented(lines: readonly string[], style: CodeStyle): string[] {
  return lines.map((line) => `${style.indent}${line}`);
}

/**
 * One rule in the current API (the legacy `allow.group('x')` is written as `allow.groups(['x'])`).
 * `functions` maps a function's name to how the file refers to it.
 */
export function renderRule(
  rule: Rule,
  allow = 'allow',
  functions: FunctionLookup = new Map(),
  style: CodeStyle = GENERATED_STYLE,
): string {
  const q = (text: string) => tsQuoted(text, style.quote);
  return `${renderPrincipal(rule, allow, functions, style)}.to([${rule.actions.map(q).join(', ')}])`;
}

/** A rule's principal, e.g. `allow.groups(['admin'])`. */
export function renderPrincipal(
  rule: Rule,
  allow: string,
  functions: FunctionLookup,
  style: CodeStyle,
): string {
  const q = (text: string) => tsQuoted(text, style.quote);
  const p = rule.principal;
  switch (p.kind) {
    case 'guest':
    case 'authenticated':
      return `${allow}.${p.kind}`;
    case 'groups':
      return `${allow}.groups([${p.groups.map(q).join(', ')}])`;
    case 'entity':
      return `${allow}.entity(${q(p.entity)})`;
    case 'resource':
      return `${allow}.resource(${functions.get(p.fn) ?? functionIdentifiers([p.fn]).get(p.fn)})`;
  }
}

/**
 * The const each storage is exported as: its own if valid and free, else one derived from its
 * name; `taken` holds names the file already binds (function imports), and receives these.
 * `positions` gives each storage's index in the design when `storages` is a part of it (only the
 * design's first storage is `storage` by default).
 */
export function storageExportNames(
  storages: readonly Storage[],
  taken: Set<string> = new Set(),
  positions?: readonly number[],
): string[] {
  return storages.map((s, k) => {
    const i = positions?.[k] ?? k;
    const wanted =
      s.exportName === 'default' || (s.exportName && isIdentifier(s.exportName))
        ? s.exportName
        : i === 0
          ? 'storage'
          : toIdentifier(s.name, `storage${i + 1}`);
    return freshName(wanted, taken);
  });
}
