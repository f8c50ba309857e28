import { roleLabel, type RoleKey } from '../compile/roles';
import { S3_ACTION } from '../compile/iam-json';
import { ruleSource } from '../model/build';
import type { AccessAction, Storage } from '../model/types';
import { iamPatternMatches, type RequestContext } from './iam-pattern';
import type { IndexedPattern, PolicyIndex } from './policy-index';

/** A concrete request: who (by IAM role and identity id), which action, which key (list: the prefix). */
export interface AccessRequest extends RequestContext {
  readonly role: RoleKey;
  readonly action: AccessAction;
  readonly key: string;
  /** How to name the key in the explanation, when the key itself is a stand-in (the matrix's). */
  readonly keyLabel?: string;
}

export type DecisionKind = 'allow' | 'explicit-deny' | 'implicit-deny';

export interface Decision {
  readonly allowed: boolean;
  readonly kind: DecisionKind;
  /** The statement that decided (absent for an implicit deny). */
  readonly decidedBy?: IndexedPattern;
  /** One sentence a person can read, naming the statement and the rule behind it. */
  readonly reason: string;
}

/**
 * IAM's verdict for one request against the compiled policies: an explicit Deny wins, otherwise an
 * Allow is needed. The single place where access is decided; the matrix asks it too.
 */
export function decide(index: PolicyIndex, storage: Storage, request: AccessRequest): Decision {
  const deny = firstMatch(index, request, 'deny');
  if (deny) {
    return { allowed: false, kind: 'explicit-deny', decidedBy: deny, reason: denyReason(storage, request, deny) };
  }
  const allow = firstMatch(index, request, 'allow');
  if (allow) {
    return { allowed: true, kind: 'allow', decidedBy: allow, reason: allowReason(storage, request, allow) };
  }
  return { allowed: false, kind: 'implicit-deny', reason: implicitReason(index, request) };
}

function firstMatch(index: PolicyIndex, request: AccessRequest, effect: 'allow' | 'deny'): IndexedPattern | undefined {
  let best: IndexedPattern | undefined;
  for (const candidate of index.candidates(request.role, request.action, effect, request.key)) {
    if (!iamPatternMatches(candidate.pattern, request.key, request)) continue;
    // Report the most specific match: it is the one a person looks for.
    if (!best || candidate.pattern.length > best.pattern.length) best = candidate;
  }
  return best;
}

const what = (request: AccessRequest) =>
  request.action === 'list'
    ? `${S3_ACTION.list} with prefix ${request.keyLabel ?? JSON.stringify(request.key)}`
    : `${S3_ACTION[request.action]} on ${request.keyLabel ?? JSON.stringify(request.key)}`;

function rulesText(storage: Storage, refs: IndexedPattern['prefix']['rules']): string {
  return refs
    .map(({ pathIndex, ruleIndex }) => {
      const entry = storage.paths[pathIndex];
      const rule = entry?.rules[ruleIndex];
      return entry && rule ? `${ruleSource(rule)} on ${JSON.stringify(entry.path)}` : '';
    })
    .filter(Boolean)
    .join('; ');
}

function allowReason(storage: Storage, request: AccessRequest, match: IndexedPattern): string {
  return `Allowed: the ${roleLabel(request.role)} policy allows ${what(request)} through ${JSON.stringify(match.prefix.prefix)}, granted by ${rulesText(storage, match.prefix.rules) || 'a rule'}.`;
}

function denyReason(storage: Storage, request: AccessRequest, match: IndexedPattern): string {
  const { prefix, parent } = match.prefix;
  const granted = rulesText(storage, match.prefix.rules);
  return (
    `Denied: the ${roleLabel(request.role)} policy denies ${what(request)} through ${JSON.stringify(prefix)} ` +
    `(deny by default: ${JSON.stringify(prefix)} is a subpath of ${JSON.stringify(parent ?? '')}, which grants ${roleLabel(request.role)} ${request.action}, ` +
    `but no rule on the subpath does${granted ? `; the subpath has ${granted}` : ''}).`
  );
}

function implicitReason(index: PolicyIndex, request: AccessRequest): string {
  if (!index.hasPolicy(request.role)) {
    return `Denied: no rule grants ${roleLabel(request.role)} anything in this storage, so its role has no policy here.`;
  }
  return `Denied: no statement in the ${roleLabel(request.role)} policy allows ${what(request)} (no rule grants ${request.action} there).`;
}
