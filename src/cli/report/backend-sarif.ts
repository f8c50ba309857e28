import { FINDINGS } from '../../core';
import { DIFFERENCES } from '../../core/client-view';
import { BACKEND_IMPORT_PROBLEM_CODES } from '../../core/import/backend-ts';
import { repoPath } from './github';

/** One result of `check` on amplify/backend.ts (or amplify/): a problem, a finding or a difference. */
export interface BackendResult {
  readonly file: string;
  readonly code: string;
  readonly severity: 'error' | 'warning' | 'note';
  readonly message: string;
  readonly line?: number | undefined;
  readonly column?: number | undefined;
}

const INFORMATION_URI =
  'https://docs.amplify.aws/react/build-a-backend/storage/use-with-custom-s3/';

/** Import problems that only warn (the rest stop the file from compiling or being read). */
const WARNING_PROBLEMS = new Set([
  'unknown-bucket-key',
  'unknown-access-key',
  'unknown-storage-action',
  'policy-not-attached',
  'construct-not-read',
  'statement-not-read',
]);

/** Every rule the backend check can report: the import's problem codes, the findings, the view differences. */
function rules() {
  const out = new Map<string, { level: string; stage?: string }>();
  for (const code of Object.keys(BACKEND_IMPORT_PROBLEM_CODES))
    out.set(code, { level: WARNING_PROBLEMS.has(code) ? 'warning' : 'error' });
  for (const [code, { severity, stage }] of Object.entries(FINDINGS))
    out.set(code, { level: severity, stage });
  for (const [code, { severity, stage }] of Object.entries(DIFFERENCES))
    out.set(code, { level: severity, stage });
  return out;
}

/**
 * A SARIF 2.1.0 log of a backend check: one run, one rule per code of the three catalogs, one
 * artifact per file (backend.ts, and the resource.ts files of the amplify/ folder), one result per
 * problem, finding or difference on its line.
 */
export function backendSarifLog(results: readonly BackendResult[]) {
  const catalog = rules();
  const codes = [...catalog.keys()];
  const files = [...new Set(results.map((r) => repoPath(r.file)))];
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'access-matrix',
            informationUri: INFORMATION_URI,
            rules: codes.map((id) => ({
              id,
              name: id
                .split('-')
                .map((w) => w[0]!.toUpperCase() + w.slice(1))
                .join(''),
              shortDescription: { text: id.replaceAll('-', ' ') },
              defaultConfiguration: { level: catalog.get(id)!.level },
              ...(catalog.get(id)!.stage ? { properties: { stage: catalog.get(id)!.stage } } : {}),
            })),
          },
        },
        artifacts: files.map((uri) => ({ location: { uri } })),
        results: results.map((r) => {
          const uri = repoPath(r.file);
          return {
            ruleId: r.code,
            ...(codes.includes(r.code) ? { ruleIndex: codes.indexOf(r.code) } : {}),
            level: r.severity,
            message: { text: r.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri, index: files.indexOf(uri) },
                  ...(r.line !== undefined
                    ? {
                        region: {
                          startLine: r.line,
                          ...(r.column !== undefined ? { startColumn: r.column } : {}),
                        },
                      }
                    : {}),
                },
              },
            ],
          };
        }),
      },
    ],
  };
}
