import { MAX_PROBLEMS } from './limits';
import type { ImportProblem } from './types';

/**
 * Problems in source order (sort is stable: problems at one place keep the order they were found
 * in), at most MAX_PROBLEMS of them, then one saying where the unlisted ones start. Shared by the
 * resource.ts and backend.ts importers, which cap their problem lists alike.
 */
export function listedProblems(problems: ImportProblem[]): ImportProblem[] {
  problems.sort((a, b) => a.loc.line - b.loc.line || a.loc.column - b.loc.column);
  const firstUnlisted = problems[MAX_PROBLEMS];
  if (!firstUnlisted) return problems;
  const message = `Too many problems: only the first ${MAX_PROBLEMS} are listed, the others start here`;
  return [
    ...problems.slice(0, MAX_PROBLEMS),
    { code: 'too-many-problems', severity: 'error', message, loc: firstUnlisted.loc },
  ];
}
