/**
 * Whole designs for the export tests: one to three storages (isDefault set as Amplify requires,
 * sometimes not), access records from ../property/arbitraries with group and function names
 * swapped for awkward ones (quotes, backslashes, `${`, `*\/`, non-ASCII, names that clash with
 * what generated files bind), declared groups in random precedence order with unused ones, and
 * the templates. `meaning` is what a round trip through resource.ts must keep.
 */
import fc from 'fast-check';
import {
  freshName,
  inlineFunctionName,
  namesUsed,
  storageExportNames,
  validateDesign,
  type Design,
  type FunctionOrigin,
  type Principal,
  type Rule,
  type Storage,
} from '../../src/core';
import { GENERATED_STYLE } from '../../src/core/export/code-style';
import { defineFunctionName, functionRefs } from '../../src/core/export/function-refs';
import { TEMPLATES, TEMPLATE_NAMES } from '../../src/state/templates';
import { accessArb, FUNCTIONS, GROUPS } from '../property/arbitraries';

/** Cognito-valid group names that are awkward in TypeScript, JSON, comments or IAM. */
export const AWKWARD_GROUPS = [
  'admin',
  "it's",
  'q"t',
  'back\\slash',
  'tick`',
  '${x}',
  '日本',
  'é-editors',
  'a.b',
  '*/',
  'groupsx',
  '__proto__',
  'entity',
];
/** Function names, several of which clash with names the generated files bind themselves. */
export const FUNCTION_NAMES = [
  'resizer',
  'cleaner',
  'allow',
  'storage',
  'defineStorage',
  'defineFunction',
  'auth',
  'backend',
  'customBucket',
  'Bucket',
  'stack',
  'resizerRole',
];
const STORAGE_NAMES = [
  'myProjectFiles',
  'files',
  'my files',
  'my-files',
  'my_files',
  'default',
  'storage',
  'allow',
  'B2',
  'resizer',
];
const EXPORT_NAMES = [
  'storage',
  'files',
  'default',
  'allow',
  'resizer',
  'defineStorage',
  'not valid',
  'x',
];

/** A `{ from: to }` renaming applied to the principals and triggers of an access record. */
function renameRule(rule: Rule, groups: Map<string, string>, fns: Map<string, string>): Rule {
  const p = rule.principal;
  const principal: Principal =
    p.kind === 'groups'
      ? { kind: 'groups', groups: p.groups.map((g) => groups.get(g) ?? g) }
      : p.kind === 'resource'
        ? { kind: 'resource', fn: fns.get(p.fn) ?? p.fn }
        : p;
  return { principal, actions: rule.actions };
}

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const storageOptionsArb = fc.record({
  access: fc.option(accessArb, { freq: 8, nil: null }),
  versioned: optional(fc.boolean()),
  keepOnDelete: optional(fc.boolean()),
  exportName: optional(fc.constantFrom(...EXPORT_NAMES)),
  onUpload: optional(fc.constantFrom(...FUNCTIONS)),
  onDelete: optional(fc.constantFrom(...FUNCTIONS)),
  notDefault: fc.constantFrom<boolean | undefined>(undefined, false),
});

/** Designs of one to three storages; most are valid, some are not (so filters have work to do). */
export const designArb: fc.Arbitrary<Design> = fc
  .record({
    storages: fc.array(storageOptionsArb, { minLength: 1, maxLength: 3 }),
    names: fc.shuffledSubarray(STORAGE_NAMES, { minLength: 3, maxLength: 3 }),
    defaultIndex: fc.nat(),
    singleDefault: optional(fc.boolean()),
    groups: fc.shuffledSubarray(AWKWARD_GROUPS, {
      minLength: GROUPS.length,
      maxLength: GROUPS.length,
    }),
    fns: fc.shuffledSubarray(FUNCTION_NAMES, {
      minLength: FUNCTIONS.length,
      maxLength: FUNCTIONS.length,
    }),
    extraGroups: fc.subarray(['unused', 'zz-top']),
    extraFunctions: fc.subarray(['spare']),
    precedenceSeed: fc.nat(),
  })
  .map(
    ({
      storages,
      names,
      defaultIndex,
      singleDefault,
      groups,
      fns,
      extraGroups,
      extraFunctions,
      precedenceSeed,
    }) => {
      const groupMap = new Map(GROUPS.map((g, i) => [g, groups[i]!]));
      const fnMap = new Map(FUNCTIONS.map((f, i) => [f, fns[i]!]));
      const chosen = defaultIndex % storages.length;
      const built: Storage[] = storages.map((s, i) => {
        const isDefault =
          storages.length === 1 ? singleDefault : i === chosen ? true : s.notDefault;
        const triggers = {
          ...(s.onUpload ? { onUpload: fnMap.get(s.onUpload)! } : {}),
          ...(s.onDelete ? { onDelete: fnMap.get(s.onDelete)! } : {}),
        };
        return {
          name: names[i]!,
          ...(s.exportName !== undefined ? { exportName: s.exportName } : {}),
          ...(isDefault !== undefined ? { isDefault } : {}),
          ...(s.versioned !== undefined ? { versioned: s.versioned } : {}),
          ...(s.keepOnDelete !== undefined ? { keepOnDelete: s.keepOnDelete } : {}),
          ...(Object.keys(triggers).length > 0 ? { triggers } : {}),
          hasAccess: s.access !== null,
          paths: (s.access ?? []).map(([path, rules]) => ({
            path,
            rules: rules.map((r) => renameRule(r, groupMap, fnMap)),
          })),
        };
      });
      const bare: Design = { storages: built, groups: [], functions: [] };
      const used = namesUsed(bare);
      const declared = [...used.groups, ...extraGroups];
      // A random precedence order: rotate and maybe reverse.
      const turn = declared.length === 0 ? 0 : precedenceSeed % declared.length;
      const rotated = [...declared.slice(turn), ...declared.slice(0, turn)];
      return {
        storages: built,
        groups: precedenceSeed % 2 ? rotated.reverse() : rotated,
        functions: [...used.functions, ...extraFunctions],
      };
    },
  );

/** Whether Amplify would accept the design (no error finding). */
export const isValid = (design: Design): boolean =>
  validateDesign(design).every((f) => f.severity !== 'error');

/** A random valid design (filtered from designArb). */
export const validDesignArb = designArb.filter(isValid);

/** Every template that is valid, by name. */
export function validTemplates(): { name: string; design: Design }[] {
  return TEMPLATE_NAMES.map((name) => ({
    name,
    design: TEMPLATES[name].design() as Design,
  })).filter((t) => isValid(t.design));
}

/** A principal's meaning: `allow.group('x')` and `allow.groups(['x'])` are the same rule. */
const principalMeaning = (p: Principal) =>
  p.kind === 'groups' ? { kind: p.kind, groups: [...p.groups] } : { ...p };

/**
 * What a design means as resource.ts can carry it: per storage its options, triggers (any
 * order), access (paths in order, rules in order with principal and actions as written); the
 * groups and functions the file names, in order of first use (declared-but-unused names and the
 * groups' precedence order live in amplify/auth/resource.ts and the functions' own files).
 * exportName is checked apart (see expectedExportNames).
 */
export function meaning(design: Design) {
  const used = namesUsed(design);
  return {
    storages: design.storages.map((s) => ({
      name: s.name,
      isDefault: s.isDefault,
      versioned: s.versioned,
      keepOnDelete: s.keepOnDelete,
      triggers: Object.entries(s.triggers ?? {})
        .filter(([, fn]) => fn)
        .sort(([a], [b]) => a.localeCompare(b)),
      hasAccess: s.hasAccess,
      paths: s.paths.map((p) => ({
        path: p.path,
        rules: p.rules.map((r) => ({
          principal: principalMeaning(r.principal),
          actions: [...r.actions],
        })),
      })),
    })),
    groups: used.groups,
    functions: used.functions,
  };
}

/** The names renderResourceTs exports the storages under (their own when valid and free). */
export function expectedExportNames(design: Design): string[] {
  // The names the file binds: functions it imports or defines as consts (not those written inline
  // where they are used), and defineFunction when it calls it.
  const refs = functionRefs(design, defineFunctionName(design), GENERATED_STYLE);
  const taken = new Set([
    ...refs.bound,
    ...(refs.usesDefineFunction ? [defineFunctionName(design)] : []),
  ]);
  freshName('defineStorage', taken);
  return storageExportNames(design.storages, taken);
}

/**
 * Designs whose functions came from somewhere: each used function is, at random, kept without an
 * origin, an inline `defineFunction({ entry })` (the way the docs write triggers; only where the
 * entry's name gives back the function's own name, as the reader names inline functions), or an
 * import from its own module.
 */
export const designWithOriginsArb: fc.Arbitrary<Design> = fc
  .tuple(
    designArb,
    fc.array(fc.constantFrom('none', 'inline', 'import'), { minLength: 4, maxLength: 4 }),
  )
  .map(([design, kinds]) => {
    const origins: Record<string, FunctionOrigin> = {};
    namesUsed(design).functions.forEach((fn, i) => {
      const kind = kinds[i % kinds.length];
      const entry = `./${fn}.ts`;
      if (kind === 'inline' && inlineFunctionName({ entry }) === fn)
        origins[fn] = { kind: 'inline', entry };
      if (kind === 'import')
        origins[fn] = { kind: 'import', from: `../functions/${fn}-handler/resource`, imported: fn };
    });
    return Object.keys(origins).length > 0 ? { ...design, functionOrigins: origins } : design;
  });

/** The origins a design gives its used functions (those it has one for). */
export function usedOrigins(design: Design): Record<string, FunctionOrigin | undefined> {
  return Object.fromEntries(
    namesUsed(design)
      .functions.filter((fn) => design.functionOrigins && Object.hasOwn(design.functionOrigins, fn))
      .map((fn) => [fn, design.functionOrigins![fn]]),
  );
}
