import { originOf } from '../model/functions';
import type { Design, FunctionOrigin } from '../model/types';
import type { CodeStyle } from './code-style';
import { inlineFunctionName, isIdentifier } from '../text/identifiers';
import { freshName, functionIdentifiers, tsQuoted } from './ts-literals';

/** How a generated resource.ts names each function, and the lines that bring them in. */
export interface FunctionRefs {
  /** Function name → the text that refers to it: an identifier, or an inline defineFunction call. */
  readonly ref: ReadonlyMap<string, string>;
  /** Identifiers of functions the file binds (imports and consts). */
  readonly bound: ReadonlySet<string>;
  /** `import { x } from '...'` lines (without the semicolon's style applied yet). */
  readonly imports: readonly string[];
  /** Top-level `const x = defineFunction({...})` lines for inline functions used more than once. */
  readonly consts: readonly string[];
  /** Whether the file calls defineFunction (so @aws-amplify/backend's import must name it). */
  readonly usesDefineFunction: boolean;
}

/** Functions named by rules and triggers, each with how often, in order of first use. */
export function functionUses(design: Design): Map<string, number> {
  const uses = new Map<string, number>();
  const add = (fn: string) => uses.set(fn, (uses.get(fn) ?? 0) + 1);
  for (const s of design.storages) {
    for (const fn of Object.values(s.triggers ?? {})) if (fn) add(fn);
    for (const p of s.paths)
      for (const r of p.rules) if (r.principal.kind === 'resource') add(r.principal.fn);
  }
  return uses;
}

export { originOf };

/**
 * `defineFunction({ name: '…', entry: '…' })` for an inline origin (strings only, escaped);
 * `defineFunction({})` for one with neither (Amplify then uses the file's folder).
 */
export function inlineCall(
  origin: Extract<FunctionOrigin, { kind: 'inline' }>,
  defineFunction: string,
  style: CodeStyle,
): string {
  const options = [
    ...(origin.name !== undefined ? [`name: ${tsQuoted(origin.name, style.quote)}`] : []),
    ...(origin.entry !== undefined ? [`entry: ${tsQuoted(origin.entry, style.quote)}`] : []),
  ];
  return options.length === 0
    ? `${defineFunction}({})`
    : `${defineFunction}({ ${options.join(', ')} })`;
}

/**
 * How each function is written: kept where it came from. An import keeps its module path and
 * imported name; an inline `defineFunction({ entry })` stays inline where it is used once and its
 * name still follows from it, else it becomes one top-level const (as does `defineFunction({})`); a function with no origin is
 * imported from Amplify's usual place, `../functions/NAME/resource`. `defineFunction` is the local
 * name the file gives Amplify's builder.
 */
export function functionRefs(
  design: Design,
  defineFunction: string,
  style: CodeStyle,
): FunctionRefs {
  const uses = functionUses(design);
  const identifiers = functionIdentifiers(uses.keys());
  const ref = new Map<string, string>();
  const bound = new Set<string>();
  const imports: string[] = [];
  const consts: string[] = [];
  let usesDefineFunction = false;
  const semi = style.semicolon ? ';' : '';
  for (const [fn, count] of uses) {
    const local = identifiers.get(fn)!;
    const origin = originOf(design, fn);
    if (origin?.kind === 'inline') {
      usesDefineFunction = true;
      const call = inlineCall(origin, defineFunction, style);
      if (count === 1 && inlineFunctionName(origin) === fn) {
        ref.set(fn, call);
        continue;
      }
      consts.push(`const ${local} = ${call}${semi}`);
    } else if (origin?.kind === 'import') {
      const imported = isIdentifier(origin.imported)
        ? origin.imported
        : tsQuoted(origin.imported, style.quote);
      const specifier = imported === local ? local : `${imported} as ${local}`;
      imports.push(`import { ${specifier} } from ${tsQuoted(origin.from, style.quote)}${semi}`);
    } else {
      const from = tsQuoted(`../functions/${fn}/resource`, style.quote);
      imports.push(`import { ${local} } from ${from}${semi}`);
    }
    ref.set(fn, local);
    bound.add(local);
  }
  return { ref, bound, imports, consts, usesDefineFunction };
}

/** A local name for Amplify's defineFunction that no function identifier takes. */
export function defineFunctionName(design: Design): string {
  return freshName(
    'defineFunction',
    new Set(functionIdentifiers(functionUses(design).keys()).values()),
  );
}
