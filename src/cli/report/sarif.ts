import { FINDINGS, type FindingCode } from '../../core';
import { repoPath } from './github';

/** A finding placed in FILE, as the check command has it. */
export interface PlacedFinding {
  readonly code: FindingCode;
  readonly severity: 'error' | 'warning' | 'note';
  readonly message: string;
  readonly line?: number | undefined;
  readonly column?: number | undefined;
}

/** Where SARIF viewers (GitHub code scanning among them) send people to read about a rule. */
const INFORMATION_URI = 'https://docs.amplify.aws/react/build-a-backend/storage/authorization/';

/**
 * A SARIF 2.1.0 log (OASIS standard; GitHub code scanning reads it) for one file's findings: one
 * run, one reporting descriptor per finding code the catalog has, one result per finding with its
 * line and column in the file. Valid against the official schema (test/cli-ci.test.ts checks it).
 */
export function sarifLog(file: string, findings: readonly PlacedFinding[]) {
  const codes = Object.keys(FINDINGS) as FindingCode[];
  const rules = codes.map((code) => ({
    id: code,
    name: code
      .split('-')
      .map((w) => w[0]!.toUpperCase() + w.slice(1))
      .join(''),
    shortDescription: { text: code.replaceAll('-', ' ') },
    defaultConfiguration: { level: FINDINGS[code].severity },
    properties: { stage: FINDINGS[code].stage },
  }));
  const uri = repoPath(file);
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'access-matrix', informationUri: INFORMATION_URI, rules } },
        artifacts: [{ location: { uri } }],
        results: findings.map((f) => ({
          ruleId: f.code,
          ruleIndex: codes.indexOf(f.code),
          level: f.severity,
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri, index: 0 },
                ...(f.line !== undefined
                  ? {
                      region: {
                        startLine: f.line,
                        ...(f.column !== undefined ? { startColumn: f.column } : {}),
                      },
                    }
                  : {}),
              },
            },
          ],
        })),
      },
    ],
  };
}
