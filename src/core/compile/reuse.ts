import type { Rule, Storage } from '../model/types';
import { compileStorageLaidOut, sameList, type PrefixLayout, type RuleFacts } from './compile';
import type { CompiledStatement, CompiledStorage, RolePolicy, StatementPrefix } from './types';

/**
 * `compileStorage(storage)`, in which every role policy deep-equal to the same role's policy in
 * `previous` (an earlier compile of this storage, before an edit) is that earlier object. The
 * result is deep-equal to a fresh compile whatever `previous` is; what it adds is identity: an
 * edit changes one rule, so most roles' policies come out the same, and whatever was built on a
 * policy (its `PolicyIndex` trie, see `PolicyIndex`'s `previous`) can be kept when the policy
 * object is the same one. Kept objects are also long-lived ones, so the fresh copies die young.
 * When `previous` came from this function too and the edit left the granted prefixes as they were,
 * their ancestors are not worked out again (`compileStorageLaidOut`).
 */
export function compileStorageAfter(
  storage: Storage,
  previous: CompiledStorage | undefined,
): CompiledStorage {
  const { compiled: fresh, layout } = compileStorageLaidOut(
    storage,
    previous && layouts.get(previous),
    ruleFacts,
  );
  const result = previous ? withPoliciesOf(previous, fresh) : fresh;
  layouts.set(result, layout);
  return result;
}

/** What compiling read from each rule met so far: rules an edit left alone are not read again. */
const ruleFacts = new WeakMap<Rule, RuleFacts>();

/** The prefix layout of each result of `compileStorageAfter`, for the compile after it. */
const layouts = new WeakMap<CompiledStorage, PrefixLayout>();

/** `fresh`, with every role policy deep-equal to `previous`'s the object of `previous`. */
function withPoliciesOf(previous: CompiledStorage, fresh: CompiledStorage): CompiledStorage {
  const before = new Map<string, RolePolicy>();
  for (const policy of previous.policies) before.set(policy.role, policy);
  let kept = 0;
  const policies = fresh.policies.map((policy) => {
    const old = before.get(policy.role);
    if (!old || !sameStatements(old.statements, policy.statements)) return policy;
    kept++;
    return old;
  });
  return kept === 0 ? fresh : { ...fresh, policies };
}

function sameStatements(a: readonly CompiledStatement[], b: readonly CompiledStatement[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.effect !== y.effect || x.action !== y.action || x.origin !== y.origin) return false;
    if (!samePrefixes(x.prefixes, y.prefixes)) return false;
  }
  return true;
}

function samePrefixes(a: readonly StatementPrefix[], b: readonly StatementPrefix[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.prefix !== y.prefix || x.parent !== y.parent) return false;
    if (!sameList(x.patterns, y.patterns)) return false;
    const xr = x.rules;
    const yr = y.rules;
    if (xr.length !== yr.length) return false;
    for (let j = 0; j < xr.length; j++) {
      if (xr[j]!.pathIndex !== yr[j]!.pathIndex || xr[j]!.ruleIndex !== yr[j]!.ruleIndex)
        return false;
    }
  }
  return true;
}
