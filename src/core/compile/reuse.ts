import type { Rule, Storage } from '../model/types';
import { compileStorageLaidOut, type RuleFacts } from './compile';
import { compileAfterRuleEdits, compiledBefore, type CompiledBefore } from './incremental';
import { sameStatements } from './same-policy';
import type { CompiledStorage, RolePolicy } from './types';

/**
 * `compileStorage(storage)`, in which every role policy deep-equal to the same role's policy in
 * `previous` (an earlier compile of this storage, before an edit) is that earlier object. The
 * result is deep-equal to a fresh compile whatever `previous` is; what it adds is identity: an
 * edit changes one rule, so most roles' policies come out the same, and whatever was built on a
 * policy (its `PolicyIndex` trie, see `PolicyIndex`'s `previous`) can be kept when the policy
 * object is the same one. Kept objects are also long-lived ones, so the fresh copies die young.
 * When `previous` came from this function too: an edit of a few paths' rules compiles only the
 * roles it touched (`compileAfterRuleEdits`), and any other edit that left the granted prefixes
 * as they were does not work out their ancestors again (`compileStorageLaidOut`).
 */
export function compileStorageAfter(
  storage: Storage,
  previous: CompiledStorage | undefined,
): CompiledStorage {
  const before = previous && compiles.get(previous);
  const after = before && compileAfterRuleEdits(storage, before, ruleFacts);
  if (after) {
    compiles.set(after.compiled, after);
    return after.compiled;
  }
  const {
    compiled: fresh,
    layout,
    fold,
  } = compileStorageLaidOut(storage, before?.layout, ruleFacts);
  const result = previous ? withPoliciesOf(previous, fresh) : fresh;
  compiles.set(result, compiledBefore(storage, result, layout, fold!));
  return result;
}

/** What compiling read from each rule met so far: rules an edit left alone are not read again. */
const ruleFacts = new WeakMap<Rule, RuleFacts>();

/** What each result of `compileStorageAfter` was compiled from, for the compile after it. */
const compiles = new WeakMap<CompiledStorage, CompiledBefore>();

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
