import type { BabelError, ParsedSource, Repair } from '../resource-ts/parse';
import { parseResourceTs } from '../resource-ts/parse';

/** An IAM policy variable: `${cognito-identity.amazonaws.com:sub}`, `${aws:username}`, … */
const IAM_VARIABLE = /\$\{([A-Za-z][\w.-]*:[\w.*-]*)\}/y;

/**
 * `${cognito-identity.amazonaws.com:sub}` written inside a template literal (as the guide does) is
 * a JavaScript substitution of `cognito - identity.amazonaws.com`, and babel stops at the `:`. The
 * user meant the IAM variable: report that, with the fix, and read on as if it were escaped.
 */
function iamVariableRepair(text: string, error: BabelError): Repair | undefined {
  if (error.reasonCode !== 'UnexpectedToken') return undefined;
  const lineStart = Math.max(text.lastIndexOf('\n', error.offset - 1) + 1, 0);
  for (
    let at = text.lastIndexOf('${', error.offset);
    at >= lineStart;
    at = text.lastIndexOf('${', at - 1)
  ) {
    IAM_VARIABLE.lastIndex = at;
    const match = IAM_VARIABLE.exec(text);
    if (match && at + match[0].length > error.offset) {
      const variable = match[0];
      return {
        parsedOffset: at,
        insert: '\\',
        problem: (positions) => ({
          code: 'iam-variable-in-template',
          severity: 'error',
          message: `\`${variable}\` inside a template literal is a JavaScript substitution (of \`${match[1]}\`), not the IAM policy variable, so the file does not compile; escape it as \`\\${variable}\` or write the resource as a plain string`,
          loc: positions.location(
            positions.toOriginal(at),
            positions.toOriginal(at) + variable.length,
          ),
          fix: {
            title: `Escape it as \\${variable}`,
            loc: positions.location(positions.toOriginal(at), positions.toOriginal(at)),
            text: '\\',
          },
        }),
      };
    }
    if (at === 0) break;
  }
  return undefined;
}

/** backend.ts parsed like resource.ts (same budget, size limit and comma repair), plus the IAM-variable repair. */
export function parseBackendTs(source: string): ParsedSource {
  return parseResourceTs(source, { fileLabel: 'backend.ts', repair: iamVariableRepair });
}
