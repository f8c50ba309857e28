import { expandActions, isRuleAction } from '../model/actions';
import { ruleSource } from '../model/build';
import { RULE_ACTIONS, type Design, type Principal, type Rule, type Storage } from '../model/types';
import { writtenActions } from '../edit/grant';
import type { PathAddress } from '../edit/edits';
import { uniquenessIds } from '../model/uniqueness';
import { finding, pathAddress, quote, type Finding, type Fix } from './finding';

/** Rule-level rules (spec §2 rule 8, the builder's types, and names the editor must know). */
export function validateRules(design: Design, storage: Storage, storageIndex: number): Finding[] {
  const findings: Finding[] = [];
  const groups = new Set(design.groups);
  const functions = new Set(design.functions);
  storage.paths.forEach((entry, pathIndex) => {
    const { path, rules } = entry;
    const address = () => pathAddress(storageIndex, entry);
    const firstRuleWithId = new Map<string, number>();
    rules.forEach((rule, ruleIndex) => {
      const at = ruleTarget(storageIndex, pathIndex, ruleIndex, path, rule);
      for (const id of uniquenessIds(rule.principal)) {
        const first = firstRuleWithId.get(id);
        if (first === undefined) {
          firstRuleWithId.set(id, ruleIndex);
          continue;
        }
        findings.push(duplicatePrincipal(rule, rules, first, id, at(), address()));
      }
      findings.push(...actionFindings(rule, at, address));
      findings.push(...principalFindings(rule, at, address, groups, functions));
    });
  });
  return findings;
}

type RuleAt = {
  storageIndex: number;
  pathIndex: number;
  ruleIndex: number;
  path: string;
  rule: string;
};

/**
 * Where a rule's findings point, written only when there is a finding: most rules have none, and
 * the rule's source text (`ruleSource`) was a large part of validating a big design.
 */
export function ruleTarget(
  storageIndex: number,
  pathIndex: number,
  ruleIndex: number,
  path: string,
  rule: Rule,
): () => RuleAt {
  let at: RuleAt | undefined;
  return () => (at ??= { storageIndex, pathIndex, ruleIndex, path, rule: ruleSource(rule) });
}

function duplicatePrincipal(
  rule: Rule,
  rules: readonly Rule[],
  first: number,
  id: string,
  at: RuleAt,
  address: PathAddress,
): Finding {
  const who =
    id === 'guest'
      ? 'guest'
      : id === 'authenticated'
        ? 'authenticated'
        : id.startsWith('groups')
          ? `group ${quote(id.slice(6))}`
          : `entity ${quote(id.slice(6))}`;
  const firstRule = rules[first]!;
  // Both rules name exactly this one principal: one rule with both rules' actions.
  const simple = (r: Rule) => r.principal.kind !== 'groups' || r.principal.groups.length === 1;
  const fix =
    simple(rule) && simple(firstRule)
      ? {
          title: `Merge into one rule for ${who}`,
          edits: [
            {
              type: 'replaceRule' as const,
              ...address,
              ruleIndex: first,
              rule: {
                ...firstRule,
                actions: writtenActions(
                  new Set([...expandActions(firstRule.actions), ...expandActions(rule.actions)]),
                ),
              },
            },
            { type: 'removeRule' as const, ...address, ruleIndex: at.ruleIndex },
          ],
        }
      : id.startsWith('groups')
        ? mergeGroupRules(id.slice(6), rules, address, who)
        : undefined;
  return finding(
    'rule-duplicate-principal',
    `Access for ${who} is specified more than once on ${quote(at.path)} (rules ${first + 1} and ${at.ruleIndex + 1}); combine them into one rule.`,
    at,
    fix,
  );
}

/**
 * A group named in several rules of a path, some naming other groups too (`groups(['a','b'])` and
 * `groups(['a'])`, or `groups(['a','a'])`): the group is taken out of each and given one rule of
 * its own with all the actions it had; the other groups keep theirs. That is the checkbox edit
 * (`setGrant`) for an action the group already has, so no one gains or loses anything. None when
 * an action is unknown (it would be dropped: its own finding comes first) or there is none.
 */
function mergeGroupRules(
  group: string,
  rules: readonly Rule[],
  address: PathAddress,
  who: string,
): Fix | undefined {
  const own = rules.filter(
    (r) => r.principal.kind === 'groups' && r.principal.groups.includes(group),
  );
  if (!own.every((r) => r.actions.every(isRuleAction))) return undefined;
  const [action] = expandActions(own.flatMap((r) => r.actions));
  if (!action) return undefined;
  return {
    title: `Merge into one rule for ${who}`,
    edits: [
      {
        type: 'setGrant',
        ...address,
        grantee: { kind: 'group', name: group },
        action,
        granted: true,
      },
    ],
  };
}

function actionFindings(rule: Rule, target: () => RuleAt, address: () => PathAddress): Finding[] {
  const findings: Finding[] = [];
  const replace = (title: string, actions: string[]) => {
    const at = target();
    return {
      title,
      edits: [
        {
          type: 'replaceRule' as const,
          ...address(),
          ruleIndex: at.ruleIndex,
          rule: { ...rule, actions },
        },
      ],
    };
  };
  for (const action of rule.actions) {
    if (isRuleAction(action)) continue;
    const at = target();
    const guess = closestAction(action);
    const rest = rule.actions.filter((a) => a !== action);
    findings.push(
      finding(
        'rule-unknown-action',
        `Unknown action ${quote(action)} in ${at.rule}; actions are ${RULE_ACTIONS.map(quote).join(', ')}.`,
        at,
        guess
          ? replace(
              `Replace ${quote(action)} with ${quote(guess)}`,
              rule.actions.map((a) => (a === action ? guess : a)),
            )
          : replace(`Remove ${quote(action)}`, rest),
      ),
    );
  }
  if (
    rule.actions.includes('read') &&
    (rule.actions.includes('get') || rule.actions.includes('list'))
  ) {
    const at = target();
    findings.push(
      finding(
        'rule-read-with-get-or-list',
        `${at.rule} mixes "read" with "get" or "list"; "read" already means get + list, and Amplify's types reject the mix.`,
        at,
        replace(
          'Use "read" alone for get and list',
          writtenActions(new Set(expandActions(rule.actions))),
        ),
      ),
    );
  }
  return findings;
}

function principalFindings(
  rule: Rule,
  target: () => RuleAt,
  address: () => PathAddress,
  groups: ReadonlySet<string>,
  functions: ReadonlySet<string>,
): Finding[] {
  const p = rule.principal;
  const replacePrincipal = (title: string, principal: Principal) => {
    const at = target();
    return {
      title,
      edits: [
        {
          type: 'replaceRule' as const,
          ...address(),
          ruleIndex: at.ruleIndex,
          rule: { ...rule, principal },
        },
      ],
    };
  };
  const findings: Finding[] = [];
  if (p.kind === 'entity' && p.entity !== 'identity') {
    const at = target();
    findings.push(
      finding(
        'rule-unknown-entity',
        `allow.entity(${quote(p.entity)}) is not supported; the only entity is "identity".`,
        at,
        replacePrincipal('Use allow.entity("identity")', { kind: 'entity', entity: 'identity' }),
      ),
    );
  }
  if (p.kind === 'groups') {
    if (p.legacySingular) {
      const at = target();
      findings.push(
        finding(
          'rule-legacy-group-builder',
          `allow.group(...) is the older API and no longer exists; write allow.groups(${JSON.stringify(p.groups)}).`,
          at,
          replacePrincipal('Rewrite as allow.groups([...])', { kind: 'groups', groups: p.groups }),
        ),
      );
    }
    for (const name of new Set(p.groups)) {
      if (groups.has(name)) continue;
      const at = target();
      findings.push(
        finding(
          'rule-undeclared-group',
          `Group ${quote(name)} is not one of the auth groups (${[...groups].map(quote).join(', ') || 'none declared'}); Amplify fails at deploy.`,
          { ...at, name },
          { title: `Declare group ${quote(name)}`, edits: [{ type: 'addGroup', name }] },
        ),
      );
    }
  }
  if (p.kind === 'resource' && !functions.has(p.fn)) {
    const at = target();
    findings.push(
      finding(
        'rule-undeclared-function',
        `Function ${quote(p.fn)} is not declared in this design.`,
        { ...at, name: p.fn },
        { title: `Declare function ${quote(p.fn)}`, edits: [{ type: 'addFunction', name: p.fn }] },
      ),
    );
  }
  return findings;
}

/** A known action within one or two typos of what was written (case-insensitive), if any. */
function closestAction(action: string): string | undefined {
  const lower = action.trim().toLowerCase();
  const exact = RULE_ACTIONS.find((a) => a === lower || `${a}s` === lower);
  if (exact) return exact;
  let best: { action: string; distance: number } | undefined;
  for (const candidate of RULE_ACTIONS) {
    const d = editDistance(lower, candidate);
    if (d <= 2 && (!best || d < best.distance)) best = { action: candidate, distance: d };
  }
  return best?.action;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length]!;
}
