/**
 * What every importer result must satisfy, whatever the input: problems with known codes, a
 * message and a location inside the source; no design without an error saying why; and a design,
 * when there is one, that the rest of the app can work with (validate, matrix, every export, save
 * and reopen) without an exception.
 */
import { expect } from 'vitest';
import {
  compileDesign,
  accessMatrix,
  accessModel,
  bucketPlacements,
  bucketPolicy,
  diffDesigns,
  OUTPUTS_PROBLEM_CODES,
  readDesignFileValue,
  renderAuthHint,
  renderBackendTs,
  renderIamJson,
  renderOutputsJson,
  renderResourceTs,
  serializeDesignFile,
  validateDesign,
  type Design,
} from '../../src/core';
import { IMPORT_PROBLEM_CODES, type ImportProblem } from '../../src/core/import';

/** Line starts as ECMAScript (and the importers) count lines. */
function lineLengths(source: string): number[] {
  return source.split(/\r\n|[\r\n\u2028\u2029]/).map((line) => line.length);
}

/** Each problem: a known code, a severity, a message, and a forward span inside the source. */
export function expectLocatedProblems(
  problems: readonly ImportProblem[],
  source: string,
  codes: Readonly<Record<string, string>>,
): void {
  const lengths = lineLengths(source);
  for (const problem of problems) {
    const { code, severity, message, loc } = problem;
    const where = `${JSON.stringify(problem)}`;
    expect(Object.keys(codes), where).toContain(code);
    expect(['error', 'warning'], where).toContain(severity);
    expect(message.trim().length, where).toBeGreaterThan(0);
    for (const [line, column] of [
      [loc.line, loc.column],
      [loc.endLine, loc.endColumn],
    ] as const) {
      expect(Number.isInteger(line) && line >= 1 && line <= lengths.length, where).toBe(true);
      expect(
        Number.isInteger(column) && column >= 1 && column <= lengths[line - 1]! + 1,
        where,
      ).toBe(true);
    }
    expect(
      loc.endLine > loc.line || (loc.endLine === loc.line && loc.endColumn >= loc.column),
      where,
    ).toBe(true);
  }
}

export const RESOURCE_CODES: Readonly<Record<string, string>> = IMPORT_PROBLEM_CODES;
export const OUTPUTS_CODES: Readonly<Record<string, string>> = OUTPUTS_PROBLEM_CODES;

/** A design too large to push through every export in a fuzz case: checked for shape only. */
const sizeOf = (design: Design) => design.storages.reduce((n, s) => n + s.paths.length, 0);

/**
 * Everything the app and CLI do with a design, none of which may throw: validation, the matrix of
 * every storage, every export, the diff against itself, and saving it as a design file (which must
 * reopen as the same design).
 */
export function expectUsable(design: Design): void {
  const reopened = readDesignFileValue(JSON.parse(serializeDesignFile(design)));
  expect(reopened).toEqual({ ok: true, design: JSON.parse(JSON.stringify(design)) });
  if (sizeOf(design) > 60) return;
  validateDesign(design);
  design.storages.forEach((storage, storageIndex) => {
    accessMatrix(design, accessModel(storage), { includeDeclaredFunctions: true });
    renderIamJson(compileDesign(design), storageIndex);
    renderBackendTs(compileDesign(design), {
      bucketName: 'amzn-s3-demo-bucket',
      region: 'us-east-1',
      storageIndex,
    });
    bucketPolicy(compileDesign(design), { bucketName: 'amzn-s3-demo-bucket', storageIndex });
  });
  renderResourceTs(design);
  renderAuthHint(design);
  renderOutputsJson(compileDesign(design), bucketPlacements(design));
  if (sizeOf(design) <= 12) diffDesigns(design, design); // the slowest: only on small designs
}
