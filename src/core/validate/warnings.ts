import { roleLabel, rolesOf, type RoleKey } from '../compile/roles';
import type { DesignEdit } from '../edit/edits';
import type { CompiledStorage } from '../compile/types';
import { expandActions } from '../model/actions';
import { ruleSource } from '../model/build';
import type { Design, Storage } from '../model/types';
import { ENTITY_TOKEN, OWNER_VARIABLE } from '../paths/tokens';
import { finding, pathAddress, quote, type Finding } from './finding';
import { writtenActions } from '../edit/grant';
import { groupMemberFindings } from './group-members';
import { ownerRuleWithoutTokenFixes } from './owner-fixes';
import { ruleTarget } from './rule-rules';

/**
 * What Amplify accepts but a careful user wants to hear about (spec §2), plus the cases where
 * Amplify fails with a fault rather than a validation error (a role left with an empty policy).
 */
export function storageWarnings(
  design: Design,
  storage: Storage,
  storageIndex: number,
  compiled: CompiledStorage,
): Finding[] {
  return [
    ...ruleWarnings(storage, storageIndex),
    ...groupMemberFindings(design, storage, storageIndex),
    ...listRevealsSubpath(storage, storageIndex, compiled),
    ...emptyPolicies(storage, storageIndex, compiled),
  ];
}

function ruleWarnings(storage: Storage, storageIndex: number): Finding[] {
  const findings: Finding[] = [];
  storage.paths.forEach((entry, pathIndex) => {
    const { path, rules } = entry;
    const owned = path.includes(ENTITY_TOKEN);
    const special =
      path.includes('?') || path.includes('${')
        ? [...new Set(path.replaceAll(ENTITY_TOKEN, '').match(/\?|\$\{/g) ?? [])]
        : [];
    if (special.length > 0) {
      findings.push(
        finding(
          'warn-iam-special-characters',
          `${quote(path)} contains ${special.map(quote).join(' and ')}, which IAM reads as a wildcard or policy variable, not as text: the policy will not mean what the path says.`,
          { storageIndex, pathIndex, path },
        ),
      );
    }
    rules.forEach((rule, ruleIndex) => {
      const target = ruleTarget(storageIndex, pathIndex, ruleIndex, path, rule);
      const p = rule.principal;
      if (p.kind === 'entity' && !owned) {
        const at = target();
        findings.push(
          finding(
            'warn-owner-rule-without-token',
            `${at.rule} on ${quote(path)}, which has no ${ENTITY_TOKEN}: every authenticated user gets this access to the whole path, not just the owner of a folder.`,
            at,
            ownerRuleWithoutTokenFixes(storage, storageIndex, entry, ruleIndex),
          ),
        );
      }
      if (p.kind !== 'entity' && owned) {
        const at = target();
        const shared = path.replace(`${ENTITY_TOKEN}/*`, '*');
        findings.push(
          finding(
            'warn-shared-rule-on-owner-path',
            `${at.rule} on ${quote(path)} applies to every user's folder (${ENTITY_TOKEN} becomes *), i.e. to all of ${quote(shared)}.`,
            at,
          ),
        );
      }
      const actions = expandActions(rule.actions);
      if (p.kind === 'guest' && (actions.includes('write') || actions.includes('delete'))) {
        const at = target();
        const readOnly = new Set(actions.filter((a) => a === 'get' || a === 'list'));
        findings.push(
          finding(
            'warn-guest-write-or-delete',
            `guest (anyone, not authenticated) can ${actions.filter((a) => a === 'write' || a === 'delete').join(' and ')} under ${quote(path)}.`,
            at,
            readOnly.size > 0
              ? {
                  title: 'Make guest access read-only',
                  edits: [
                    {
                      type: 'replaceRule',
                      ...pathAddress(storageIndex, entry),
                      ruleIndex,
                      rule: { ...rule, actions: writtenActions(readOnly) },
                    },
                  ],
                }
              : {
                  title: 'Remove the guest rule',
                  edits: [{ type: 'removeRule', ...pathAddress(storageIndex, entry), ruleIndex }],
                },
          ),
        );
      }
      if (rule.actions.length === 0 || (p.kind === 'groups' && p.groups.length === 0)) {
        const at = target();
        findings.push(
          finding('warn-rule-grants-nothing', `${at.rule} grants nothing.`, at, {
            title: 'Remove the empty rule',
            edits: [{ type: 'removeRule', ...pathAddress(storageIndex, entry), ruleIndex }],
          }),
        );
      }
    });
  });
  return findings;
}

/** A list Deny on a subpath does not hide names: listing the parent still returns keys under it. */
function listRevealsSubpath(
  storage: Storage,
  storageIndex: number,
  compiled: CompiledStorage,
): Finding[] {
  const bySubpath = new Map<string, { parent: string; roles: string[] }>();
  for (const policy of compiled.policies) {
    for (const statement of policy.statements) {
      if (statement.effect !== 'Deny' || statement.action !== 'list') continue;
      for (const { prefix, parent } of statement.prefixes) {
        const entry = bySubpath.get(prefix) ?? { parent: parent ?? '', roles: [] };
        entry.roles.push(roleLabel(policy.role));
        bySubpath.set(prefix, entry);
      }
    }
  }
  if (bySubpath.size === 0) return [];
  // Which defined path a denied prefix came from (as written, cut from `x/{entity_id}/*`, or the
  // owner folder `x/${sub}/*`, which is denied when a shorter cut prefix is its parent).
  const pathOf = new Map<string, number>();
  storage.paths.forEach((p, i) => {
    const forms = p.path.includes(ENTITY_TOKEN)
      ? [
          p.path,
          p.path.replace(`${ENTITY_TOKEN}/*`, '*'),
          p.path.replace(ENTITY_TOKEN, OWNER_VARIABLE),
        ]
      : [p.path];
    for (const form of forms) if (!pathOf.has(form)) pathOf.set(form, i);
  });
  const findings: Finding[] = [];
  for (const [prefix, { parent, roles }] of bySubpath) {
    const pathIndex = pathOf.get(prefix) ?? -1;
    const path = storage.paths[pathIndex]?.path ?? prefix;
    findings.push(
      finding(
        'warn-parent-list-reveals-subpath',
        `${roles.join(', ')} cannot list ${quote(prefix.replaceAll(OWNER_VARIABLE, ENTITY_TOKEN).slice(0, -1))}, but listing ${quote(parent.slice(0, -1))} still returns the names of the files under it.`,
        { storageIndex, ...(pathIndex >= 0 ? { pathIndex } : {}), path },
      ),
    );
  }
  return findings;
}

function emptyPolicies(
  storage: Storage,
  storageIndex: number,
  compiled: CompiledStorage,
): Finding[] {
  return compiled.emptyPolicyRoles.map(({ role, rule }) => {
    const entry = storage.paths[rule.pathIndex]!;
    const r = entry.rules[rule.ruleIndex]!;
    const edits = emptyRulesOf(storage, storageIndex, role);
    return finding(
      'role-empty-policy',
      `${roleLabel(role)} is named by ${ruleSource(r)} on ${quote(entry.path)} but granted no action anywhere in this storage; Amplify fails to build an empty policy (EmptyPolicyFault).`,
      {
        storageIndex,
        pathIndex: rule.pathIndex,
        ruleIndex: rule.ruleIndex,
        path: entry.path,
        rule: ruleSource(r),
      },
      {
        title:
          edits.length === 1 ? 'Remove the empty rule' : `Remove the ${edits.length} empty rules`,
        edits,
      },
    );
  });
}

/**
 * Every rule that names `role` and grants nothing (all of the role's rules, since its policy is
 * empty), removed at once: one click repairs the role, and no one gains or loses anything.
 * Rules of a path are removed from the last, so each index is read before the ones above move.
 */
function emptyRulesOf(storage: Storage, storageIndex: number, role: RoleKey): DesignEdit[] {
  const edits: DesignEdit[] = [];
  for (const entry of storage.paths) {
    for (let ruleIndex = entry.rules.length - 1; ruleIndex >= 0; ruleIndex--) {
      const { principal, actions } = entry.rules[ruleIndex]!;
      if (expandActions(actions).length === 0 && rolesOf(principal).includes(role))
        edits.push({ type: 'removeRule', ...pathAddress(storageIndex, entry), ruleIndex });
    }
  }
  return edits;
}
