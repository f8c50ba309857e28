import { findingKinds, fixesOf, severityCounts, validateDesign, type Finding } from '../../core';
import { fileArgument, parseCommandArgs } from '../args';
import { EXIT, UsageError } from '../errors';
import type { Io } from '../io';
import { isBackendInput, loadBackend } from '../backend';
import { loadDesign, type LoadedDesign } from '../load';
import { annotationLine, inGitHubActions } from '../report/github';
import { sarifLog } from '../report/sarif';
import { checkBackend } from './check-backend';

export const checkHelp = `Usage: access-matrix check FILE [--json | --format text|json|sarif]

Validates FILE (amplify/storage/resource.ts or an Access Matrix design .json) the way Amplify
would, reporting every problem at once, grouped by kind (errors, then warnings, then notes); a
cause that concerns several paths is one finding that lists them. For amplify/backend.ts (or the
amplify/ folder, which also reads the storage resource.ts its defineBackend imports), reports what
cannot be read (with fixes) and every difference between what IAM enforces and what the client
library offers ("differences" in --json).

Options:
  --json          print findings as JSON (same as --format json)
  --format sarif  print a SARIF 2.1.0 log (GitHub code scanning shows it on resource.ts's lines)
  -h, --help      show this help

With GITHUB_ACTIONS=true, every finding is also printed as a workflow annotation
(::error file=…,line=…,col=…::…): on stdout with the text report, on stderr with --json or sarif.

Exit: 0 no errors (warnings and notes allowed), 1 errors found, 2 FILE unreadable or unparsable.
`;

export async function check(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('check', argv, {
    json: { type: 'boolean' },
    format: { type: 'string' },
  });
  if (values.help) return (io.out(checkHelp), EXIT.ok);
  const format = values.format ?? (values.json ? 'json' : 'text');
  if (!['text', 'json', 'sarif'].includes(format) || (values.json && format !== 'json'))
    throw new UsageError(
      `check: --format must be text, json or sarif (got ${JSON.stringify(values.format)})`,
    );
  const file = fileArgument('check', positionals);
  if (await isBackendInput(file))
    return checkBackend(await loadBackend(file), format as 'text' | 'json' | 'sarif', io);
  const loaded = await loadDesign(file);
  const findings = findingKinds(validateDesign(loaded.design)).flatMap((k) => k.findings);
  const { error: errors, warning: warnings, note: notes } = severityCounts(findings);
  if (inGitHubActions()) {
    const emit = format === 'text' ? io.out : io.err;
    for (const f of findings) {
      const at = position(f, loaded);
      emit(
        annotationLine({
          level: f.severity === 'note' ? 'notice' : f.severity,
          file: loaded.file,
          line: at?.line,
          col: at?.column,
          title: `access-matrix ${f.code}`,
          message: f.message,
        }),
      );
    }
  }
  if (format === 'sarif') {
    const placed = findings.map((f) => ({ ...f, ...position(f, loaded) }));
    io.out(`${JSON.stringify(sarifLog(loaded.file, placed), null, 2)}\n`);
  } else if (format === 'json') {
    io.out(
      `${JSON.stringify({ file: loaded.file, errors, warnings, notes, findings: findings.map((f) => findingJson(f, loaded)) }, null, 2)}\n`,
    );
  } else {
    for (const note of loaded.notes) io.err(`${note}\n`);
    for (const f of findings) io.out(findingLine(f, loaded));
    const noteCount = notes > 0 ? `, ${count(notes, 'note')}` : '';
    io.out(
      `${loaded.file}: ${count(errors, 'error')}, ${count(warnings, 'warning')}${noteCount}\n`,
    );
  }
  return errors > 0 ? EXIT.findings : EXIT.ok;
}

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Line and column of the path or rule a finding concerns, when FILE was resource.ts. */
function position(f: Finding, loaded: LoadedDesign): { line: number; column: number } | undefined {
  const storage =
    f.storageIndex === undefined ? undefined : loaded.locations?.storages[f.storageIndex];
  if (!storage) return undefined;
  const path = f.pathIndex === undefined ? undefined : storage.paths[f.pathIndex];
  const loc =
    (f.ruleIndex !== undefined ? path?.rules[f.ruleIndex]?.loc : undefined) ??
    path?.key ??
    storage.name ??
    storage.call;
  return loc ? { line: loc.line, column: loc.column } : undefined;
}

export function findingJson(f: Finding, loaded: LoadedDesign) {
  const storage =
    f.storageIndex === undefined ? undefined : loaded.design.storages[f.storageIndex]?.name;
  return {
    code: f.code,
    severity: f.severity,
    stage: f.stage,
    message: f.message,
    ...(storage !== undefined ? { storage } : {}),
    ...(f.path !== undefined ? { path: f.path } : {}),
    ...(f.rule !== undefined ? { rule: f.rule } : {}),
    ...(f.name !== undefined ? { name: f.name } : {}),
    ...(f.paths !== undefined ? { paths: f.paths } : {}),
    ...position(f, loaded),
    ...(f.fix ? { fix: f.fix.title } : {}),
    ...(f.alternatives ? { alternatives: f.alternatives.map((a) => a.title) } : {}),
  };
}

export function findingLine(f: Finding, loaded: LoadedDesign): string {
  const at = position(f, loaded);
  const where = at ? `${loaded.file}:${at.line}:${at.column}` : loaded.file;
  const fix = fixesOf(f)
    .map((x, i) => `\n    ${i === 0 ? 'fix' : 'or fix'}: ${x.title}`)
    .join('');
  const paths = f.paths && f.paths.length > 1 ? `\n    paths: ${f.paths.join(', ')}` : '';
  return `${where}: ${f.severity} ${f.code}: ${f.message}${paths}${fix}\n`;
}
