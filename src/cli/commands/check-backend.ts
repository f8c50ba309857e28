import { validateDesign } from '../../core';
import type { ViewDifference } from '../../core/client-view';
import type { LoadedBackend } from '../backend';
import { EXIT } from '../errors';
import type { Io } from '../io';
import { backendSarifLog, type BackendResult } from '../report/backend-sarif';
import { findingJson, findingLine } from './check';

function differenceJson(file: string, d: ViewDifference) {
  return {
    file,
    code: d.code,
    severity: d.severity,
    stage: d.stage,
    message: d.message,
    bucket: d.bucket,
    ...(d.person !== undefined ? { person: d.person } : {}),
    ...(d.prefix !== undefined ? { prefix: d.prefix } : {}),
    ...(d.loc ? { line: d.loc.line, column: d.loc.column } : {}),
    fix: d.fix.title,
  };
}

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * `check` of amplify/backend.ts (or amplify/): the import's problems (each with line:column and,
 * when certain, a fix), the differences between what IAM enforces and what the client offers,
 * and for a storage resource the folder's backend.ts uses, its findings and differences too.
 */
export function checkBackend(
  loaded: LoadedBackend,
  format: 'text' | 'json' | 'sarif',
  io: Io,
): number {
  const problems = loaded.imported.problems.map((p) => ({
    file: loaded.file,
    code: p.code,
    severity: p.severity,
    message: p.message,
    line: p.loc.line,
    column: p.loc.column,
    ...(p.fix ? { fix: p.fix.title } : {}),
  }));
  const differences = [
    ...loaded.views.flatMap((v) => v.differences.map((d) => differenceJson(loaded.file, d))),
    ...loaded.resources.flatMap((r) =>
      r.views.flatMap((v) => v.differences.map((d) => differenceJson(r.file, d))),
    ),
  ];
  const resourceFindings: { severity: string; json: object; text: string }[] =
    loaded.resources.flatMap((r): { severity: string; json: object; text: string }[] => {
      if (!r.imported.design)
        return r.imported.problems.map((p) => {
          const json = {
            file: r.file,
            code: p.code,
            severity: p.severity,
            message: p.message,
            line: p.loc.line,
            column: p.loc.column,
          };
          return {
            severity: p.severity,
            json,
            text: `${r.file}:${p.loc.line}:${p.loc.column}: ${p.severity} ${p.code}: ${p.message}\n`,
          };
        });
      const asLoaded = {
        file: r.file,
        design: r.imported.design,
        locations: r.imported.locations,
        notes: [],
      };
      return validateDesign(r.imported.design).map((f) => ({
        severity: f.severity,
        json: { file: r.file, ...findingJson(f, asLoaded) },
        text: findingLine(f, asLoaded),
      }));
    });
  const all = [...problems, ...resourceFindings, ...differences];
  const errors = all.filter((x) => x.severity === 'error').length;
  const warnings = all.length - errors;
  if (format === 'sarif') {
    const results = [
      ...problems,
      ...resourceFindings.map((f) => f.json),
      ...differences,
    ] as BackendResult[];
    io.out(`${JSON.stringify(backendSarifLog(results), null, 2)}\n`);
  } else if (format === 'json') {
    const findings = [...problems, ...resourceFindings.map((f) => f.json)];
    io.out(
      `${JSON.stringify({ file: loaded.file, errors, warnings, findings, differences }, null, 2)}\n`,
    );
  } else {
    for (const p of problems)
      io.out(
        `${p.file}:${p.line}:${p.column}: ${p.severity} ${p.code}: ${p.message}${p.fix ? `\n    fix: ${p.fix}` : ''}\n`,
      );
    for (const f of resourceFindings) io.out(f.text);
    for (const d of differences)
      io.out(
        `${d.file}${d.line !== undefined ? `:${d.line}:${d.column}` : ''}: ${d.severity} ${d.code}: ${d.message}\n    fix: ${d.fix}\n`,
      );
    io.out(`${loaded.file}: ${count(errors, 'error')}, ${count(warnings, 'warning')}\n`);
  }
  return errors > 0 ? EXIT.findings : EXIT.ok;
}
