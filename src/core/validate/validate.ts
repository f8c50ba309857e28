import { compileStorage } from '../compile/compile';
import type { CompiledStorage } from '../compile/types';
import type { Design } from '../model/types';
import type { Finding } from './finding';
import { validatePaths } from './path-rules';
import { validateRules } from './rule-rules';
import { validateStorages } from './storage-rules';
import { storageWarnings } from './warnings';

/**
 * Every finding for a design at once (Amplify stops at the first). Amplify rejects the design if
 * and only if at least one finding is an error. Pass already compiled storages to avoid compiling
 * twice.
 */
export function validateDesign(design: Design, compiled?: readonly CompiledStorage[]): Finding[] {
  const findings = validateStorages(design);
  design.storages.forEach((storage, storageIndex) => {
    findings.push(...validatePaths(storage, storageIndex));
    findings.push(...validateRules(design, storage, storageIndex));
    const compiledStorage = compiled?.[storageIndex] ?? compileStorage(storage);
    findings.push(...storageWarnings(design, storage, storageIndex, compiledStorage));
  });
  // Reading order: by storage, path, rule (design-wide findings first); stable otherwise.
  const rank = (n: number | undefined) => (n === undefined ? -1 : n);
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) =>
      rank(a.f.storageIndex) - rank(b.f.storageIndex) ||
      rank(a.f.pathIndex) - rank(b.f.pathIndex) ||
      rank(a.f.ruleIndex) - rank(b.f.ruleIndex) ||
      a.i - b.i)
    .map(({ f }) => f);
}

export const errorsIn = (findings: readonly Finding[]): Finding[] => findings.filter((f) => f.severity === 'error');
