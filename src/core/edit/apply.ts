import type { Design, PathEntry, Rule, Storage } from '../model/types';
import { insertAt, move, removeAt, replaceAt } from './array';
import { carryPathId, pathIndexOf } from '../model/ids';
import type { DesignEdit, PathAddress } from './edits';
import { setGrant } from './grant';
import { setTrigger } from './trigger';

/**
 * Applies one edit. Pure: returns a new design sharing every untouched object with the old one,
 * or the very same design when the edit changes nothing (out-of-range index, unknown path id,
 * existing name). An entry that replaces a path keeps that path's id (`carryPathId`).
 */
export function applyEdit(design: Design, edit: DesignEdit): Design {
  switch (edit.type) {
    case 'addStorage':
      return { ...design, storages: [...design.storages, edit.storage] };
    case 'updateStorage':
      return updateStorage(design, edit.storageIndex, (s) => ({ ...s, ...edit.patch }));
    case 'removeStorage':
      return inRange(design.storages, edit.storageIndex)
        ? { ...design, storages: removeAt(design.storages, edit.storageIndex) }
        : design;
    case 'setDefaultStorage':
      if (!inRange(design.storages, edit.storageIndex)) return design;
      return {
        ...design,
        storages: design.storages.map((s, i) =>
          i === edit.storageIndex ? { ...s, isDefault: true } : s.isDefault ? withoutDefault(s) : s,
        ),
      };
    case 'setTrigger':
      return setTrigger(design, edit.storageIndex, edit.event, edit.target);
    case 'addPath':
      return updateStorage(design, edit.storageIndex, (s) => ({
        ...s,
        hasAccess: true,
        paths: insertAt(s.paths, edit.at ?? s.paths.length, {
          path: edit.path,
          rules: edit.rules ?? [],
        }),
      }));
    case 'renamePath':
      return updatePath(design, edit, (p) =>
        p.path === edit.path ? p : { ...p, path: edit.path },
      );
    case 'removePath':
      return updateStorage(design, edit.storageIndex, (s) => {
        const at = pathIndexOf(s.paths, edit.pathId);
        return at < 0 ? s : { ...s, paths: removeAt(s.paths, at) };
      });
    case 'movePath':
      return updateStorage(design, edit.storageIndex, (s) => {
        const at = pathIndexOf(s.paths, edit.pathId);
        return at < 0 || at === edit.to ? s : { ...s, paths: move(s.paths, at, edit.to) };
      });
    case 'addRule':
      return updatePath(design, edit, (p) => ({ ...p, rules: [...p.rules, edit.rule] }));
    case 'replaceRule':
      return updateRules(design, edit, edit.ruleIndex, (rules, i) =>
        replaceAt(rules, i, edit.rule),
      );
    case 'removeRule':
      return updateRules(design, edit, edit.ruleIndex, removeAt);
    case 'setGrant':
      return updatePath(design, edit, (p) => setGrant(p, edit.grantee, edit.action, edit.granted));
    case 'addGroup':
      return edit.name === '' || design.groups.includes(edit.name)
        ? design
        : { ...design, groups: [...design.groups, edit.name] };
    case 'removeGroup':
      return design.groups.includes(edit.name)
        ? { ...design, groups: design.groups.filter((g) => g !== edit.name) }
        : design;
    case 'renameGroup':
      return renameGroup(design, edit.from, edit.to);
    case 'moveGroup':
      return { ...design, groups: move(design.groups, edit.from, edit.to) };
    case 'addFunction':
      return edit.name === '' || design.functions.includes(edit.name)
        ? design
        : { ...design, functions: [...design.functions, edit.name] };
    case 'removeFunction':
      return design.functions.includes(edit.name)
        ? withoutOrigin(
            { ...design, functions: design.functions.filter((f) => f !== edit.name) },
            edit.name,
          )
        : design;
    case 'renameFunction':
      return renameFunction(design, edit.from, edit.to);
    case 'addTests':
      return edit.tests.length === 0
        ? design
        : { ...design, tests: [...(design.tests ?? []), ...edit.tests] };
    case 'replaceTest':
      return inRange(design.tests ?? [], edit.index)
        ? { ...design, tests: replaceAt(design.tests!, edit.index, edit.test) }
        : design;
    case 'removeTest':
      return inRange(design.tests ?? [], edit.index)
        ? { ...design, tests: removeAt(design.tests!, edit.index) }
        : design;
  }
}

/** Applies edits in order. */
export const applyEdits = (design: Design, edits: readonly DesignEdit[]): Design =>
  edits.reduce(applyEdit, design);

const inRange = (items: readonly unknown[], index: number) => index >= 0 && index < items.length;

function withoutDefault(storage: Storage): Storage {
  const { isDefault: _dropped, ...rest } = storage;
  return rest;
}

function updateStorage(design: Design, index: number, update: (s: Storage) => Storage): Design {
  const storage = design.storages[index];
  if (!storage) return design;
  const next = update(storage);
  return next === storage
    ? design
    : { ...design, storages: replaceAt(design.storages, index, next) };
}

/** Updates the path an edit addresses; the updated entry keeps the path's id. */
function updatePath(
  design: Design,
  address: PathAddress,
  update: (p: PathEntry) => PathEntry,
): Design {
  return updateStorage(design, address.storageIndex, (s) => {
    const at = pathIndexOf(s.paths, address.pathId);
    const entry = s.paths[at];
    if (!entry) return s;
    const next = update(entry);
    return next === entry ? s : { ...s, paths: replaceAt(s.paths, at, carryPathId(entry, next)) };
  });
}

function updateRules(
  design: Design,
  address: PathAddress,
  ruleIndex: number,
  update: (rules: readonly Rule[], index: number) => Rule[],
): Design {
  return updatePath(design, address, (p) =>
    inRange(p.rules, ruleIndex) ? { ...p, rules: update(p.rules, ruleIndex) } : p,
  );
}

/** Renames a group everywhere: in the declared list and in every rule that names it. */
function renameGroup(design: Design, from: string, to: string): Design {
  if (from === to || to === '' || !design.groups.includes(from) || design.groups.includes(to))
    return design;
  return mapRules({ ...design, groups: design.groups.map((g) => (g === from ? to : g)) }, (rule) =>
    rule.principal.kind === 'groups' && rule.principal.groups.includes(from)
      ? {
          ...rule,
          principal: {
            ...rule.principal,
            groups: rule.principal.groups.map((g) => (g === from ? to : g)),
          },
        }
      : rule,
  );
}

/** Renames a function everywhere: declared list, rules and triggers. */
function renameFunction(design: Design, from: string, to: string): Design {
  if (from === to || to === '' || !design.functions.includes(from) || design.functions.includes(to))
    return design;
  const origin = design.functionOrigins?.[from];
  const declared = withoutOrigin(
    { ...design, functions: design.functions.map((f) => (f === from ? to : f)) },
    from,
  );
  // The function is the same one under a new name: it keeps where it came from. An inline
  // defineFunction has no identifier to rename, so its new name becomes its `name` option (which
  // is also the name Amplify gives it).
  const kept = origin?.kind === 'inline' ? { ...origin, name: to } : origin;
  const moved = kept
    ? { ...declared, functionOrigins: { ...declared.functionOrigins, [to]: kept } }
    : declared;
  const renamed = mapRules(moved, (rule) =>
    rule.principal.kind === 'resource' && rule.principal.fn === from
      ? { ...rule, principal: { kind: 'resource', fn: to } }
      : rule,
  );
  return {
    ...renamed,
    storages: renamed.storages.map((s) => {
      const triggers = s.triggers;
      if (!triggers || !Object.values(triggers).includes(from)) return s;
      const next = Object.fromEntries(
        Object.entries(triggers).map(([k, v]) => [k, v === from ? to : v]),
      );
      return { ...s, triggers: next };
    }),
  };
}

/** The design without the function's origin (and without `functionOrigins` once it is empty). */
function withoutOrigin(design: Design, name: string): Design {
  if (!design.functionOrigins || !Object.hasOwn(design.functionOrigins, name)) return design;
  const { [name]: _dropped, ...rest } = design.functionOrigins;
  const { functionOrigins: _all, ...bare } = design;
  return Object.keys(rest).length > 0 ? { ...bare, functionOrigins: rest } : bare;
}

function mapRules(design: Design, update: (rule: Rule) => Rule): Design {
  return {
    ...design,
    storages: design.storages.map((s) => {
      let changed = false;
      const paths = s.paths.map((p) => {
        const rules = p.rules.map((r) => {
          const next = update(r);
          if (next !== r) changed = true;
          return next;
        });
        return rules.some((r, i) => r !== p.rules[i]) ? carryPathId(p, { ...p, rules }) : p;
      });
      return changed ? { ...s, paths } : s;
    }),
  };
}
