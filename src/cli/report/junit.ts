/** One test case of a JUnit report. */
export interface JunitCase {
  readonly name: string;
  readonly classname: string;
  readonly file?: string;
  readonly line?: number;
  /** Present when the case failed: a one-line message and the details. */
  readonly failure?: { readonly message: string; readonly details: string; readonly type: string };
  /** Present when the case could not run (an invalid test): reported as an error. */
  readonly error?: { readonly message: string; readonly type: string };
}

/**
 * A JUnit XML report (the de-facto format CI dashboards read: one `<testsuite>` of `<testcase>`s,
 * with `<failure>` or `<error>`), written by hand: it is a few elements and needs no library.
 */
export function junitXml(suite: string, cases: readonly JunitCase[], seconds: number): string {
  const failures = cases.filter((c) => c.failure).length;
  const errors = cases.filter((c) => c.error).length;
  const time = seconds.toFixed(3);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="access-matrix" tests="${cases.length}" failures="${failures}" errors="${errors}" time="${time}">`,
    `  <testsuite name="${attr(suite)}" tests="${cases.length}" failures="${failures}" errors="${errors}" skipped="0" time="${time}">`,
  ];
  for (const c of cases) {
    const where = `${c.file !== undefined ? ` file="${attr(c.file)}"` : ''}${c.line !== undefined ? ` line="${c.line}"` : ''}`;
    const open = `    <testcase name="${attr(c.name)}" classname="${attr(c.classname)}"${where} time="0"`;
    if (c.failure) {
      lines.push(`${open}>`);
      lines.push(
        `      <failure message="${attr(c.failure.message)}" type="${attr(c.failure.type)}">${text(c.failure.details)}</failure>`,
      );
      lines.push('    </testcase>');
    } else if (c.error) {
      lines.push(`${open}>`);
      lines.push(`      <error message="${attr(c.error.message)}" type="${attr(c.error.type)}"/>`);
      lines.push('    </testcase>');
    } else lines.push(`${open}/>`);
  }
  lines.push('  </testsuite>', '</testsuites>', '');
  return lines.join('\n');
}

/** Characters XML 1.0 cannot hold at all (control characters, lone surrogates, U+FFFE/F). */
const INVALID_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const text = (s: string) =>
  s
    .replace(INVALID_XML, '\uFFFD')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
const attr = (s: string) =>
  text(s)
    .replaceAll('"', '&quot;')
    .replaceAll('\n', '&#10;')
    .replaceAll('\r', '&#13;')
    .replaceAll('\t', '&#9;');
