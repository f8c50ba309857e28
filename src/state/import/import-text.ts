import { looksLikeDesignFile, parseDesignFile, type Design } from '../../core';

const importers = () => import('./importers');

/** One thing an import says, with its place in the source when it has one (1-based). */
export interface ImportIssue {
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
}

export type ImportKind = 'design file' | 'amplify_outputs.json' | 'resource.ts';

export type ImportOutcome =
  | {
      readonly ok: true;
      readonly kind: ImportKind;
      readonly design: Design;
      /** Read, but worth knowing (warnings with their place). */
      readonly warnings: readonly ImportIssue[];
      /** What the source cannot tell (amplify_outputs.json), so the design may differ from the original. */
      readonly lost: readonly string[];
    }
  | {
      readonly ok: false;
      readonly kind: ImportKind | null;
      readonly errors: readonly ImportIssue[];
    };

interface Located {
  message: string;
  severity: 'error' | 'warning';
  loc: { line: number; column: number };
}

const issue = (p: Located): ImportIssue => ({
  message: p.message,
  line: p.loc.line,
  column: p.loc.column,
});

/**
 * Reads pasted or dropped text into a design: a design file, an amplify_outputs.json or an
 * amplify/storage/resource.ts, told apart by content (and the file name when there is one). Any
 * error makes the whole import fail, so a half-read file never replaces a design. Never throws.
 */
export async function importText(text: string, fileName = ''): Promise<ImportOutcome> {
  const source = text.replace(/^\uFEFF/, '');
  if (source.trim() === '')
    return fail(
      null,
      'Nothing to import: paste a resource.ts, an amplify_outputs.json or a design file.',
    );
  try {
    const json = /\.json$/i.test(fileName) || /^\s*[[{]/.test(source);
    if (json && looksLikeDesignFile(source)) return await readDesignFile(source);
    if (json) return await readOutputs(source);
    return await readResourceTs(source);
  } catch (e) {
    return fail(null, `The import failed unexpectedly: ${(e as Error).message}`);
  }
}

const fail = (kind: ImportKind | null, message: string, at?: ImportIssue): ImportOutcome => ({
  ok: false,
  kind,
  errors: [{ ...at, message }],
});

async function readDesignFile(source: string): Promise<ImportOutcome> {
  const parsed = parseDesignFile(source);
  if (parsed.ok)
    return { ok: true, kind: 'design file', design: parsed.design, warnings: [], lost: [] };
  // The JSON reader of the outputs import knows where a syntax error is; the design file's doesn't.
  const { importOutputsJson } = await importers();
  const syntax = importOutputsJson(source).problems.find((p) => p.code === 'invalid-json');
  return syntax
    ? { ok: false, kind: 'design file', errors: [issue(syntax)] }
    : fail('design file', parsed.error);
}

async function readOutputs(source: string): Promise<ImportOutcome> {
  const { importOutputsJson } = await importers();
  const imported = importOutputsJson(source);
  return settle('amplify_outputs.json', imported.design, imported.problems, imported.lost);
}

async function readResourceTs(source: string): Promise<ImportOutcome> {
  const { importResourceTs } = await importers();
  const imported = importResourceTs(source);
  return settle('resource.ts', imported.design, imported.problems, []);
}

function settle(
  kind: ImportKind,
  design: Design | null,
  problems: readonly Located[],
  lost: readonly string[],
): ImportOutcome {
  const errors = problems.filter((p) => p.severity === 'error').map(issue);
  if (errors.length > 0) return { ok: false, kind, errors };
  if (!design) return fail(kind, `No storage found in this ${kind}.`);
  const warnings = problems.filter((p) => p.severity === 'warning').map(issue);
  return { ok: true, kind, design, warnings, lost };
}
