import type { DesignEdit, PathAddress } from '../edit/edits';
import { pathIdOf } from '../model/ids';
import type { PathEntry } from '../model/types';
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
  /** Every path a design-level finding concerns (one finding per cause, not one per path). */
  readonly paths?: readonly string[];
}

export interface Finding extends FindingTarget {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly stage: Stage;
  readonly message: string;
  /** The repair, when one is clear. */
  readonly fix?: Fix;
  /**
   * Other repairs as reasonable as `fix` (e.g. move a path up, or join its folders), each with
   * its own button and preview; only present beside a `fix`, never empty, titles all different.
   */
  readonly alternatives?: readonly Fix[];
}

/**
 * Builds a finding with its catalog severity and stage. `fixes` is one repair, or several equally
 * reasonable ones (the first becomes `fix`, the rest `alternatives`).
 */
export function finding(
  code: FindingCode,
  message: string,
  target: FindingTarget,
  fixes?: Fix | readonly Fix[],
): Finding {
  const { severity, stage } = FINDINGS[code];
  const [fix, ...alternatives] = fixes === undefined ? [] : 'edits' in fixes ? [fixes] : fixes;
  return {
    code,
    severity,
    stage,
    message,
    ...target,
    ...(fix ? { fix } : {}),
    ...(alternatives.length > 0 ? { alternatives } : {}),
  };
}

const NO_FIXES: readonly Fix[] = [];

/** Every repair a finding offers: its `fix`, then its `alternatives`. */
export const fixesOf = (f: Finding): readonly Fix[] =>
  f.fix ? (f.alternatives ? [f.fix, ...f.alternatives] : [f.fix]) : NO_FIXES;

/** How a fix's edits address a path: by its storage and stable id, never by its position. */
export const pathAddress = (storageIndex: number, entry: PathEntry): PathAddress => ({
  storageIndex,
  pathId: pathIdOf(entry),
});

/** JSON.stringify for quoting user text in messages: shows spaces, quotes and escapes unambiguously. */
export const quote = (text: string): string => JSON.stringify(text);
