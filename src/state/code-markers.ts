import type { Design, Finding, FindingCode } from '../core';
import type { SourceLocation } from '../core';
import type { ResourceTsImport, RuleLocation } from '../core/import';

/** A diagnostic on the code editor's text: an import problem or a finding, where it was written. */
export interface CodeMarker {
  readonly severity: 'error' | 'warning' | 'note';
  /** An import problem code or a finding code (stable; see the catalogs). */
  readonly code: string;
  readonly message: string;
  readonly loc: SourceLocation;
}

/** Findings about a rule's action list, or about its `allow.X` part, rather than the whole rule. */
const ON_ACTIONS: ReadonlySet<FindingCode> = new Set([
  'rule-unknown-action',
  'rule-read-with-get-or-list',
  'warn-rule-grants-nothing',
  'warn-guest-write-or-delete',
]);
const ON_PRINCIPAL: ReadonlySet<FindingCode> = new Set([
  'rule-unknown-entity',
  'rule-legacy-group-builder',
  'rule-undeclared-group',
  'rule-undeclared-function',
]);

/**
 * The markers for a text the importer read: its problems where it reported them, and the design's
 * findings on the exact text they are about (rule, `allow.X`, actions, path key or storage name),
 * through the importer's locations, which have the design's indices. Findings with no place in
 * the text (a declared group's name, say) are left to the Problems panel.
 */
export function codeMarkers(
  imported: ResourceTsImport,
  design: Design | null,
  findings: readonly Finding[],
): CodeMarker[] {
  const markers: CodeMarker[] = imported.problems.map((p) => ({
    severity: p.severity,
    code: p.code,
    message: p.message,
    loc: p.loc,
  }));
  for (const f of findings) {
    const loc = findingLoc(imported, design, f);
    if (loc) markers.push({ severity: f.severity, code: f.code, message: f.message, loc });
  }
  return markers;
}

function findingLoc(
  { locations }: ResourceTsImport,
  design: Design | null,
  f: Finding,
): SourceLocation | undefined {
  if (f.storageIndex === undefined)
    return design && f.name !== undefined ? nameLoc(locations, design, f.code, f.name) : undefined;
  const storage = locations.storages[f.storageIndex];
  if (!storage) return undefined;
  if (f.pathIndex === undefined) return storage.name ?? storage.call;
  const path = storage.paths[f.pathIndex];
  if (!path) return undefined;
  if (f.ruleIndex === undefined) return path.key;
  const rule = path.rules[f.ruleIndex];
  return rule && rulePart(rule, f.code);
}

function rulePart(rule: RuleLocation, code: FindingCode): SourceLocation {
  if (ON_ACTIONS.has(code)) return rule.actions;
  if (ON_PRINCIPAL.has(code)) return rule.principal;
  return rule.loc;
}

/** A finding about a group or function name: the `allow.X` of the first rule that names it. */
function nameLoc(
  locations: ResourceTsImport['locations'],
  design: Design,
  code: FindingCode,
  name: string,
): SourceLocation | undefined {
  const group = code.startsWith('group');
  for (const [s, storage] of design.storages.entries()) {
    for (const [p, path] of storage.paths.entries()) {
      for (const [r, rule] of path.rules.entries()) {
        const named =
          rule.principal.kind === 'groups'
            ? group && rule.principal.groups.includes(name)
            : !group && rule.principal.kind === 'resource' && rule.principal.fn === name;
        const at = named ? locations.storages[s]?.paths[p]?.rules[r]?.principal : undefined;
        if (at) return at;
      }
    }
  }
  return undefined;
}
