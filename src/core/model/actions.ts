import { ACCESS_ACTIONS, RULE_ACTIONS, type AccessAction, type RuleAction } from './types';

export const isRuleAction = (action: string): action is RuleAction =>
  (RULE_ACTIONS as readonly string[]).includes(action);

export const isAccessAction = (action: string): action is AccessAction =>
  (ACCESS_ACTIONS as readonly string[]).includes(action);

/**
 * Amplify's expansion of a rule's actions: `read` becomes get + list, duplicates go, first
 * occurrence order is kept (storage_access_orchestrator.ts). Unknown actions are skipped here;
 * validation reports them.
 */
export function expandActions(actions: readonly string[]): AccessAction[] {
  // An array, not a Set spread into one: at most four actions, and compiling a big design calls
  // this for every rule (a Set and its iterator per rule were 5 ms of a cold 2,000-path compile).
  const out: AccessAction[] = [];
  for (let i = 0; i < actions.length; i++) {
    const action = actions[i]!;
    if (action === 'read') {
      addOnce(out, 'get');
      addOnce(out, 'list');
    } else if (isAccessAction(action)) addOnce(out, action);
  }
  return out;
}

function addOnce(list: AccessAction[], action: AccessAction): void {
  if (!list.includes(action)) list.push(action);
}
