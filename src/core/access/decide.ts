import { roleLabel, type RoleKey } from '../compile/roles';
import { S3_ACTION } from '../compile/iam-json';
import { ruleSource } from '../model/build';
import { ACCESS_ACTIONS, type AccessAction, type Storage } from '../model/types';
import { causeOf, type DecisionCause } from './cause';
import type { RequestContext } from './iam-pattern';
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
  /** The statement that decided (undefined for an implicit deny). */
  readonly decidedBy?: IndexedPattern | undefined;
  /** One sentence a person can read, naming the statement and the rule behind it. */
  readonly reason: string;
  /** The same reason as data, without the action: what decisions about several actions share. */
  readonly cause: DecisionCause;
}

/**
 * IAM's verdict for one request against the compiled policies: an explicit Deny wins, otherwise an
 * Allow is needed. The single place where access is decided; the matrix asks it too.
 */
export function decide(index: PolicyIndex, storage: Storage, request: AccessRequest): Decision {
  return decideAmong(index.candidates(request.role, request.key), index, storage, request);
}

/**
 * `decide`, given `index.candidates(request.role, request.key)`: the matrix looks the candidates
 * of a key up once and decides every action on that key from them.
 */
export function decideAmong(
  candidates: readonly IndexedPattern[],
  index: PolicyIndex,
  storage: Storage,
  request: AccessRequest,
): Decision {
  const deny = bestMatch(candidates, request, 'Deny');
  if (deny) return new LazyDecision(false, 'explicit-deny', deny, index, storage, request);
  const allow = bestMatch(candidates, request, 'Allow');
  if (allow) return new LazyDecision(true, 'allow', allow, index, storage, request);
  return new LazyDecision(false, 'implicit-deny', undefined, index, storage, request);
}

const ACTION_BIT: Readonly<Record<AccessAction, number>> = { get: 1, list: 2, write: 4, delete: 8 };

/** The allowed actions for each set of bits, in get, list, write, delete order: shared, frozen. */
const ALLOWED_BY_BITS: readonly (readonly AccessAction[])[] = Array.from(
  { length: 16 },
  (_, bits) => Object.freeze(ACCESS_ACTIONS.filter((a) => bits & ACTION_BIT[a])),
);

/**
 * What IAM allows one caller in a folder, as `decideAmong` decides each request (an explicit
 * Deny wins, otherwise an Allow is needed) but without the decisions and their explanations: get,
 * write and delete on `objectKey`, an object directly in the folder, and list with the folder's
 * prefix `folderKey`, which `objectKey` starts with. `candidates` are
 * `index.candidates(role, objectKey)`; those of `folderKey` are among them, the ones whose literal
 * start is no longer than `folderKey` (a prefix of `objectKey` that short is a prefix of
 * `folderKey`), so one lookup serves both keys. Whether a pattern matches does not depend on the
 * action or effect, so each candidate is matched at most once, and only while its action and
 * effect are still open. The result is shared and frozen, in get, list, write, delete order. For
 * callers that print only what is allowed (the CLI's matrix), where a decision object per
 * request is garbage to collect.
 */
export function allowedInFolder(
  candidates: readonly IndexedPattern[],
  objectKey: string,
  folderKey: string,
  context: RequestContext,
  count = candidates.length,
): readonly AccessAction[] {
  let allow = 0;
  let deny = 0;
  // Indexed, not for…of: in a cold CLI run this loop stays in V8's baseline tiers, where every
  // step of an iterator allocates its result. Only the first `count` candidates are read (the
  // matrix reuses one array, whose tail is stale).
  for (let i = 0; i < count; i++) {
    const candidate = candidates[i]!;
    const { statement } = candidate;
    const bit = ACTION_BIT[statement.action];
    const isDeny = statement.effect === 'Deny';
    if ((isDeny ? deny : allow) & bit) continue;
    let key = objectKey;
    if (statement.action === 'list') {
      if (candidate.leadLength > folderKey.length) continue;
      key = folderKey;
    }
    if (!candidate.matches(key, context)) continue;
    if (isDeny) deny |= bit;
    else allow |= bit;
  }
  return ALLOWED_BY_BITS[allow & ~deny]!;
}

/**
 * The matrix asks for tens of thousands of decisions per edit and shows a handful of reasons, so
 * the sentence is written only when someone reads it (then kept). Holding the inputs rather than a
 * closure keeps these objects small and cheap to collect.
 */
class LazyDecision implements Decision {
  private text: string | undefined;
  private why: DecisionCause | undefined;
  constructor(
    readonly allowed: boolean,
    readonly kind: DecisionKind,
    readonly decidedBy: IndexedPattern | undefined,
    private readonly index: PolicyIndex,
    private readonly storage: Storage,
    private readonly request: AccessRequest,
  ) {}

  get reason(): string {
    if (this.text === undefined) {
      const { storage, request, decidedBy } = this;
      this.text = !decidedBy
        ? implicitReason(this.index, request)
        : this.allowed
          ? allowReason(storage, request, decidedBy)
          : denyReason(storage, request, decidedBy);
    }
    return this.text;
  }

  get cause(): DecisionCause {
    const { storage, request, decidedBy, index } = this;
    return (this.why ??= causeOf(storage, request.role, decidedBy, index.hasPolicy(request.role)));
  }

  toJSON() {
    return { allowed: this.allowed, kind: this.kind, reason: this.reason };
  }
}

function bestMatch(
  candidates: readonly IndexedPattern[],
  request: AccessRequest,
  effect: 'Allow' | 'Deny',
): IndexedPattern | undefined {
  let best: IndexedPattern | undefined;
  for (const candidate of candidates) {
    const { statement } = candidate;
    if (statement.action !== request.action || statement.effect !== effect) continue;
    if (!candidate.matches(request.key, request)) continue;
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
  if (match.statement.origin !== undefined)
    return `Allowed: the ${roleLabel(request.role)} policy allows ${what(request)} through ${JSON.stringify(match.pattern)}, by ${match.statement.origin}.`;
  return `Allowed: the ${roleLabel(request.role)} policy allows ${what(request)} through ${JSON.stringify(match.prefix.prefix)}, granted by ${rulesText(storage, match.prefix.rules) || 'a rule'}.`;
}

function denyReason(storage: Storage, request: AccessRequest, match: IndexedPattern): string {
  if (match.statement.origin !== undefined)
    return `Denied: the ${roleLabel(request.role)} policy denies ${what(request)} through ${JSON.stringify(match.pattern)} (an explicit Deny, ${match.statement.origin}).`;
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
