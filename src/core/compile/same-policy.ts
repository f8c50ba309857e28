import { sameList } from './compile';
import type { CompiledStatement, StatementPrefix } from './types';

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
