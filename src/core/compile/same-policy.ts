import { sameList } from './compile';
import type { CompiledStatement, RuleRef, StatementPrefix } from './types';

/** Whether two lists of statements are deep-equal (what makes a recompiled role's policy the one it had). */
export function sameStatements(
  a: readonly CompiledStatement[],
  b: readonly CompiledStatement[],
): boolean {
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
    if (!sameList(x.patterns, y.patterns) || !sameRefs(x.rules, y.rules)) return false;
  }
  return true;
}

/** Whether two lists of rule refs name the same rules in the same order (two absent lists are equal). */
export function sameRefs(
  a: readonly RuleRef[] | undefined,
  b: readonly RuleRef[] | undefined,
): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++)
    if (a[i]!.pathIndex !== b[i]!.pathIndex || a[i]!.ruleIndex !== b[i]!.ruleIndex) return false;
  return true;
}
