import type { FindingCode, Severity } from './catalog';
import type { Finding } from './finding';

const RANK: Record<Severity, number> = { error: 0, warning: 1, note: 2 };

/** The findings of one kind (code), as a Problems list or `check` shows them together. */
export interface FindingKind {
  readonly code: FindingCode;
  /** The most severe severity among them (a code's severity may be raised by consequence). */
  readonly severity: Severity;
  readonly findings: readonly Finding[];
}

/**
 * Findings grouped by code: kinds with an error first, then warnings, then notes; within a
 * severity, kinds in the order they first appear; within a kind, findings in the order given.
 */
export function findingKinds(findings: readonly Finding[]): FindingKind[] {
  const kinds = new Map<
    FindingCode,
    { code: FindingCode; severity: Severity; findings: Finding[] }
  >();
  for (const f of findings) {
    const kind = kinds.get(f.code);
    if (!kind) kinds.set(f.code, { code: f.code, severity: f.severity, findings: [f] });
    else {
      kind.findings.push(f);
      if (RANK[f.severity] < RANK[kind.severity]) kind.severity = f.severity;
    }
  }
  // Array.prototype.sort is stable: equal severities keep their first-appearance order.
  return [...kinds.values()].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}

/** How many findings have each severity. */
export function severityCounts(findings: readonly Finding[]): Record<Severity, number> {
  const counts = { error: 0, warning: 0, note: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
