import { compileStorage } from '../compile/compile';
import type { CompiledStorage } from '../compile/types';
import type { Design } from '../model/types';
import type { Finding } from './finding';
import { validateFunctions } from './function-rules';
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
  const findings = [...validateStorages(design), ...validateFunctions(design)];
  design.storages.forEach((storage, storageIndex) => {
    findings.push(...validatePaths(storage, storageIndex));
    findings.push(...validateRules(design, storage, storageIndex));
    const compiledStorage = compiled?.[storageIndex] ?? compileStorage(storage);
    findings.push(...storageWarnings(design, storage, storageIndex, compiledStorage));
  });
  return inReadingOrder(findings);
}

/**
 * Reading order: by storage, path, rule (design-wide findings first); stable otherwise. The keys
 * are read once into typed arrays, so sorting thousands of findings compares numbers only.
 */
function inReadingOrder(findings: readonly Finding[]): Finding[] {
  const n = findings.length;
  const storage = new Int32Array(n);
  const path = new Int32Array(n);
  const rule = new Int32Array(n);
  findings.forEach((f, i) => {
    storage[i] = f.storageIndex ?? -1;
    path[i] = f.pathIndex ?? -1;
    rule[i] = f.ruleIndex ?? -1;
  });
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort(
    (a, b) => storage[a]! - storage[b]! || path[a]! - path[b]! || rule[a]! - rule[b]! || a - b,
  );
  return order.map((i) => findings[i]!);
}

export const errorsIn = (findings: readonly Finding[]): Finding[] =>
  findings.filter((f) => f.severity === 'error');
