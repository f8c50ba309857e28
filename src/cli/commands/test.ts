import { promises as fs } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  describeCounterexample,
  describeTest,
  jsonPathPlace,
  parseTestsFile,
  runAccessTests,
  TESTS_FILE_NAME,
  type AccessTest,
  type JsonPlace,
  type TestResult,
} from '../../core';
import { fileArgument, parseCommandArgs } from '../args';
import { EXIT, InputError, UsageError } from '../errors';
import type { Io } from '../io';
import { loadDesign, stripBom, type LoadedDesign } from '../load';
import { annotationLine, inGitHubActions, repoPath } from '../report/github';
import { junitXml } from '../report/junit';

export const testHelp = `Usage: access-matrix test FILE [--tests TESTS] [--reporter text|json|junit]

Runs access tests against FILE (amplify/storage/resource.ts, amplify_outputs.json or a design
.json): each says who, what, where and the expected answer. A where ending in * covers every key
under it, decided exactly (not sampled); a failure names a counterexample key, the deciding IAM
statement and the rule behind it.

Tests come from --tests TESTS, else from FILE when it is a design file that has tests, else from
${TESTS_FILE_NAME} beside FILE. Its JSON Schema: public/access-tests.schema.json in the package.

Options:
  --tests FILE       the tests file (default: ${TESTS_FILE_NAME} next to FILE)
  --reporter NAME    text (default), json, or junit (JUnit XML for CI dashboards)
  -h, --help         show this help

With GITHUB_ACTIONS=true each failing test is also a workflow annotation on its line in the
tests file (on stdout with the text reporter, on stderr with json or junit).

Exit: 0 all tests pass, 1 a test fails, 2 FILE or the tests are unreadable or do not fit the
design (message with line:column).
`;

/** Where the tests came from, to point at a test's line. */
interface TestsSource {
  readonly file: string;
  readonly tests: readonly AccessTest[];
  readonly place: (index: number, field: readonly (string | number)[]) => JsonPlace | undefined;
}

export async function test(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('test', argv, {
    tests: { type: 'string' },
    reporter: { type: 'string' },
  });
  if (values.help) return (io.out(testHelp), EXIT.ok);
  const reporter = values.reporter ?? 'text';
  if (!['text', 'json', 'junit'].includes(reporter))
    throw new UsageError(
      `test: --reporter must be text, json or junit (got ${JSON.stringify(reporter)})`,
    );
  const started = performance.now();
  const loaded = await loadDesign(fileArgument('test', positionals));
  const source = await testsSource(loaded, values.tests);
  const results = runAccessTests(loaded.design, source.tests);
  refuseInvalid(results, source);
  const seconds = (performance.now() - started) / 1000;

  if (inGitHubActions()) {
    const emit = reporter === 'text' ? io.out : io.err;
    for (const r of results.filter((r) => r.status !== 'pass')) {
      const at = source.place(r.index, []);
      emit(
        annotationLine({
          level: 'error',
          file: source.file,
          line: at?.line,
          col: at?.column,
          title: `access test failed: ${describeTest(r.test)}`,
          message: details(r, loaded),
        }),
      );
    }
  }
  if (reporter === 'json')
    io.out(`${JSON.stringify(jsonReport(results, loaded, source), null, 2)}\n`);
  else if (reporter === 'junit') io.out(junitReport(results, loaded, source, seconds));
  else textReport(results, loaded, source, io);
  return results.some((r) => r.status !== 'pass') ? EXIT.findings : EXIT.ok;
}

async function testsSource(loaded: LoadedDesign, option: string | undefined): Promise<TestsSource> {
  if (option === undefined && loaded.design.tests && loaded.design.tests.length > 0) {
    const text = stripBom(await fs.readFile(loaded.file, 'utf8'));
    return {
      file: loaded.file,
      tests: loaded.design.tests,
      place: (index, field) => jsonPathPlace(text, ['design', 'tests', index, ...field]),
    };
  }
  const file = option ?? join(dirname(loaded.file), TESTS_FILE_NAME);
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (option === undefined && code === 'ENOENT')
      throw new InputError(
        `${loaded.file}: no tests: pass --tests FILE, or put ${TESTS_FILE_NAME} beside it`,
      );
    throw new InputError(`${file}: cannot read the file (${code ?? (e as Error).message})`);
  }
  const parsed = parseTestsFile(text);
  if (!parsed.ok) {
    const at = parsed.loc ? `:${parsed.loc.line}:${parsed.loc.column}` : '';
    throw new InputError(`${file}${at}: ${parsed.error}`);
  }
  return { file, tests: parsed.tests, place: parsed.place };
}

/** Tests that mean nothing for this design (unknown group, storage...) stop the run: exit 2. */
function refuseInvalid(results: readonly TestResult[], source: TestsSource): void {
  const lines: string[] = [];
  for (const r of results) {
    for (const p of r.problems) {
      const at = source.place(r.index, p.field);
      const where = at ? `${source.file}:${at.line}:${at.column}` : source.file;
      lines.push(
        `${where}: test ${r.index + 1} (${describeTest(r.test)}): ${p.message} [${p.code}]`,
      );
    }
    if (r.status === 'undecided') {
      const at = source.place(r.index, ['where']);
      const where = at ? `${source.file}:${at.line}:${at.column}` : source.file;
      lines.push(`${where}: test ${r.index + 1} (${describeTest(r.test)}): ${r.message}`);
    }
  }
  if (lines.length > 0) throw new InputError(lines.join('\n'));
}

/** Line and column of a rule in resource.ts, when FILE was one. */
function ruleAt(
  loaded: LoadedDesign,
  storageIndex: number | undefined,
  pathIndex: number,
  ruleIndex: number,
) {
  if (storageIndex === undefined) return undefined;
  const loc = loaded.locations?.storages[storageIndex]?.paths[pathIndex]?.rules[ruleIndex]?.loc;
  return loc ? `${loaded.file}:${loc.line}:${loc.column}` : undefined;
}

function details(r: TestResult, loaded: LoadedDesign): string {
  return r.failures
    .map((f) => {
      const rules = f.rules.map(
        (rule) =>
          `rule: ${rule.rule} on ${JSON.stringify(rule.path)}${ruleAt(loaded, r.storageIndex, rule.pathIndex, rule.ruleIndex) ? ` (${ruleAt(loaded, r.storageIndex, rule.pathIndex, rule.ruleIndex)})` : ''}`,
      );
      return [`${describeCounterexample(f)}. ${f.reason}`, ...rules].join('\n');
    })
    .join('\n');
}

function textReport(
  results: readonly TestResult[],
  loaded: LoadedDesign,
  source: TestsSource,
  io: Io,
) {
  for (const r of results) {
    const at = source.place(r.index, []);
    const where = at ? ` (${source.file}:${at.line}:${at.column})` : '';
    io.out(
      `${r.status === 'pass' ? 'PASS' : 'FAIL'} ${describeTest(r.test)}${r.status === 'pass' ? '' : where}\n`,
    );
    if (r.status !== 'pass')
      for (const line of details(r, loaded).split('\n')) io.out(`     ${line}\n`);
  }
  const failed = results.filter((r) => r.status !== 'pass').length;
  io.out(
    `${results.length} test${results.length === 1 ? '' : 's'}: ${results.length - failed} passed, ${failed} failed\n`,
  );
}

function jsonReport(results: readonly TestResult[], loaded: LoadedDesign, source: TestsSource) {
  const failed = results.filter((r) => r.status !== 'pass').length;
  return {
    file: loaded.file,
    tests: source.file,
    total: results.length,
    passed: results.length - failed,
    failed,
    results: results.map((r) => ({
      index: r.index,
      name: describeTest(r.test),
      status: r.status,
      storage:
        r.storageIndex === undefined ? undefined : loaded.design.storages[r.storageIndex]?.name,
      ...source.place(r.index, []),
      test: r.test,
      failures: r.failures.map((f) => ({
        ...f,
        rules: f.rules.map((rule) => ({
          ...rule,
          at: ruleAt(loaded, r.storageIndex, rule.pathIndex, rule.ruleIndex),
        })),
      })),
    })),
  };
}

function junitReport(
  results: readonly TestResult[],
  loaded: LoadedDesign,
  source: TestsSource,
  seconds: number,
): string {
  const file = repoPath(source.file);
  return junitXml(
    `access tests: ${repoPath(loaded.file)}`,
    results.map((r) => {
      const at = source.place(r.index, []);
      return {
        name: describeTest(r.test),
        classname: file,
        file,
        ...(at ? { line: at.line } : {}),
        ...(r.status === 'pass'
          ? {}
          : {
              failure: {
                message: r.failures.map(describeCounterexample).join('; '),
                type: r.test.expect === 'allow' ? 'access-denied' : 'access-allowed',
                details: details(r, loaded),
              },
            }),
      };
    }),
    seconds,
  );
}
