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
  const out = new Set<AccessAction>();
  for (const action of actions) {
    if (action === 'read') {
      out.add('get');
      out.add('list');
    } else if (isAccessAction(action)) out.add(action);
  }
  return [...out];
}
