import type { Design, Rule, Storage } from '../model/types';
import { freshName, functionIdentifiers, tsPropertyKey, tsString } from './ts-literals';
import { isIdentifier, toIdentifier } from '../text/identifiers';

/** Local names the file uses besides the function imports (which keep the functions' own names). */
interface LocalNames {
  readonly defineStorage: string;
  readonly allow: string;
  /** Function name → the identifier it is imported as (see functionIdentifiers). */
  readonly functions: ReadonlyMap<string, string>;
}

/**
 * amplify/storage/resource.ts for a design, formatted as a person writes it: one rule per line,
 * actions as written (so `read` stays `read`), the current `allow.groups([...])` builder, one
 * `export const` per storage, function imports from Amplify's usual place. Function imports keep
 * the function's name (that is how the file names the function); every other name steps aside
 * when a function already has it, so the file always compiles.
 */
export function renderResourceTs(design: Design): string {
  const functions = functionIdentifiers(functionsReferenced(design));
  const taken = new Set(functions.values());
  const names: LocalNames = {
    defineStorage: freshName('defineStorage', taken),
    allow: freshName('allow', new Set(functions.values())),
    functions,
  };
  const builder =
    names.defineStorage === 'defineStorage'
      ? 'defineStorage'
      : `defineStorage as ${names.defineStorage}`;
  const lines: string[] = [`import { ${builder} } from '@aws-amplify/backend';`];
  for (const [fn, local] of functions)
    lines.push(`import { ${local} } from ${tsString(`../functions/${fn}/resource`)};`);
  const exportNames = storageExportNames(design.storages, taken);
  design.storages.forEach((storage, i) => {
    lines.push('', ...renderStorage(storage, exportNames[i]!, names));
  });
  return `${lines.join('\n')}\n`;
}

function renderStorage(storage: Storage, exportName: string, names: LocalNames): string[] {
  const call = `${names.defineStorage}({`;
  const head =
    exportName === 'default' ? `export default ${call}` : `export const ${exportName} = ${call}`;
  const lines = [head, `  name: ${tsString(storage.name)},`];
  if (storage.isDefault !== undefined) lines.push(`  isDefault: ${storage.isDefault},`);
  if (storage.versioned !== undefined) lines.push(`  versioned: ${storage.versioned},`);
  if (storage.keepOnDelete !== undefined) lines.push(`  keepOnDelete: ${storage.keepOnDelete},`);
  const triggers = Object.entries(storage.triggers ?? {}).filter(([, fn]) => fn);
  if (triggers.length > 0) {
    lines.push('  triggers: {');
    for (const [event, fn] of triggers)
      lines.push(`    ${tsPropertyKey(event)}: ${names.functions.get(fn!)},`);
    lines.push('  },');
  }
  if (storage.hasAccess) {
    lines.push(`  access: (${names.allow}) => ({`);
    for (const { path, rules } of storage.paths) {
      const key = tsPropertyKey(path, false);
      if (rules.length === 0) {
        lines.push(`    ${key}: [],`);
        continue;
      }
      lines.push(`    ${key}: [`);
      for (const rule of rules)
        lines.push(`      ${renderRule(rule, names.allow, names.functions)},`);
      lines.push('    ],');
    }
    lines.push('  }),');
  }
  lines.push('});');
  return lines;
}

/**
 * One rule in the current API (the legacy `allow.group('x')` is written as `allow.groups(['x'])`).
 * `functions` maps a function's name to the identifier the file imports it as.
 */
export function renderRule(
  rule: Rule,
  allow = 'allow',
  functions: ReadonlyMap<string, string> = new Map(),
): string {
  const p = rule.principal;
  const builder =
    p.kind === 'guest' || p.kind === 'authenticated'
      ? `${allow}.${p.kind}`
      : p.kind === 'groups'
        ? `${allow}.groups([${p.groups.map(tsString).join(', ')}])`
        : p.kind === 'entity'
          ? `${allow}.entity(${tsString(p.entity)})`
          : `${allow}.resource(${functions.get(p.fn) ?? functionIdentifiers([p.fn]).get(p.fn)})`;
  return `${builder}.to([${rule.actions.map(tsString).join(', ')}])`;
}

/** Functions the file must import: those named by rules and triggers, in order of first use. */
function functionsReferenced(design: Design): string[] {
  const names = new Set<string>();
  for (const s of design.storages) {
    for (const fn of Object.values(s.triggers ?? {})) if (fn) names.add(fn);
    for (const p of s.paths)
      for (const r of p.rules) if (r.principal.kind === 'resource') names.add(r.principal.fn);
  }
  return [...names];
}

/**
 * The const each storage is exported as: its own if valid and free, else one derived from its
 * name; `taken` holds names the file already binds (function imports), and receives these.
 */
export function storageExportNames(
  storages: readonly Storage[],
  taken: Set<string> = new Set(),
): string[] {
  return storages.map((s, i) => {
    const wanted =
      s.exportName === 'default' || (s.exportName && isIdentifier(s.exportName))
        ? s.exportName
        : i === 0
          ? 'storage'
          : toIdentifier(s.name, `storage${i + 1}`);
    return freshName(wanted, taken);
  });
}
