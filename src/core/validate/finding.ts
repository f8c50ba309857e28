import type { DesignEdit } from '../edit/edits';
import { FINDINGS, type FindingCode, type Severity, type Stage } from './catalog';

/** A one-click repair: what the button says and the edit it applies. */
export interface Fix {
  readonly title: string;
  readonly edits: readonly DesignEdit[];
}

/** Where a finding points. Indices address the design's arrays; the texts are for messages. */
export interface FindingTarget {
  readonly storageIndex?: number;
  readonly pathIndex?: number;
  readonly ruleIndex?: number;
  /** The path as written. */
  readonly path?: string;
  /** The rule as it would be written in resource.ts. */
  readonly rule?: string;
  /** A group or function name the finding is about. */
  readonly name?: string;
}

export interface Finding extends FindingTarget {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly stage: Stage;
  readonly message: string;
  readonly fix?: Fix;
}

/** Builds a finding with its catalog severity and stage. */
export function finding(
  code: FindingCode,
  message: string,
  target: FindingTarget,
  fix?: Fix,
): Finding {
  const { severity, stage } = FINDINGS[code];
  return { code, severity, stage, message, ...target, ...(fix ? { fix } : {}) };
}

/** JSON.stringify for quoting user text in messages: shows spaces, quotes and escapes unambiguously. */
export const quote = (text: string): string => JSON.stringify(text);
